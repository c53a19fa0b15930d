#include "index/query/search.h"

#include <xapian.h>

#include <algorithm>
#include <set>
#include <string_view>

#include "corpus/base/utf8.h"
#include "corpus/text/tokenize.h"
#include "corpus/text/words.h"
#include "index/query/boolean_match.h"
#include "index/query/build_query.h"
#include "index/query/docid_filter.h"
#include "index/query/facet_counts.h"
#include "index/query/facet_table.h"
#include "index/query/match_pass.h"
#include "index/query/table_match.h"
#include "index/store/document_codec.h"
#include "index/store/facet_value.h"
#include "index/store/schema.h"

namespace returns {
namespace {

// Spans of the text's tokens that a query term names, stemmed or not.
void AddQuerySpans(const std::string& text, const std::set<std::string>& terms, const std::vector<std::string>& wildcards,
                   std::vector<std::pair<size_t, size_t>>& spans) {
  if (terms.empty() && wildcards.empty()) return;
  const Xapian::Stem& stemmer = ThreadStemmer();
  for (const Token& t : Tokenize(text)) {
    std::string stemmed = "Z";  // appended, not operator+: GCC 12 warns falsely (-Wrestrict) on the latter
    stemmed += stemmer(t.folded);
    bool hit = terms.count(t.folded) || terms.count(stemmed);
    for (const std::string& w : wildcards) hit = hit || t.folded.rfind(w, 0) == 0;
    if (hit) spans.emplace_back(t.start, t.end);
  }
}

}  // namespace

Result<std::pair<std::string, std::string>> ParseAttributeFilter(std::string_view text) {
  if (!CheckUtf8(text, "attribute").ok()) return Status::InvalidInput("attribute '" + ShowInvalidBytes(text) + "': not UTF-8");
  const size_t eq = text.find('=');
  const std::string name(Trim(text.substr(0, eq == std::string_view::npos ? 0 : eq)));
  const std::string value(eq == std::string_view::npos ? "" : Trim(text.substr(eq + 1)));
  if (name.empty() || value.empty()) {
    return Status::InvalidInput("attribute '" + std::string(text) +
                                "': give NAME=VALUE (email=jo@school.org, \"respondent=Jo Smith\")");
  }
  return std::make_pair(name, value);
}

std::vector<std::pair<size_t, size_t>> MergeSpans(std::vector<std::pair<size_t, size_t>> spans) {
  std::sort(spans.begin(), spans.end());
  std::vector<std::pair<size_t, size_t>> out;
  for (const auto& s : spans) {
    if (!out.empty() && s.first <= out.back().second) out.back().second = std::max(out.back().second, s.second);
    else out.push_back(s);
  }
  return out;
}

std::string MarkSpans(const std::string& text, const std::vector<std::pair<size_t, size_t>>& spans,
                      const std::string& open, const std::string& close, std::string (*escape)(std::string_view)) {
  auto piece = [&](size_t from, size_t to) {
    const std::string_view v(text.data() + from, to - from);
    return escape ? escape(v) : std::string(v);
  };
  std::string out;
  size_t pos = 0;
  for (const auto& [s, e] : spans) {
    if (s < pos || e > text.size()) continue;
    out += piece(pos, s) + open + piece(s, e) + close;
    pos = e;
  }
  return out + piece(pos, text.size());
}

namespace {

// The ranked page of a query whose matches are known (`docids`), by
// Xapian, without a pass over every match (the total is known). A phrase's
// positions were checked for every candidate by the match pass: here only
// for the matches it found.
std::vector<std::pair<Xapian::Document, double>> RankedPage(const IndexReader& index, const Xapian::Query& query,
                                                            const std::vector<unsigned>& docids,
                                                            const SearchRequest& request) {
  Xapian::Enquire enquire(index.db());
  const bool checked = !AnsweredFromPostings(query) && !index.shards().empty();
  enquire.set_query(checked ? Xapian::Query(Xapian::Query::OP_FILTER, query, DocidFilter::Make(index, docids)) : query);
  enquire.set_sort_by_relevance_then_value(schema::kOrderSlot, false);
  const Xapian::MSet mset = enquire.get_mset(request.offset, request.limit);
  std::vector<std::pair<Xapian::Document, double>> page;
  for (auto it = mset.begin(); it != mset.end(); ++it) page.emplace_back(it.get_document(), it.get_weight());
  return page;
}

}  // namespace

Result<SearchResults> Search(const IndexReader& index, const SearchRequest& request) {
  const Xapian::Database& db = index.db();
  SearchResults results;
  try {
    Result<BuiltQuery> built = BuildQuery(index, request);
    if (!built.ok()) return built.status();
    const Xapian::Query& query = built.value().query;
    const std::set<std::string>& terms = built.value().terms;
    const std::vector<std::string>& wildcards = built.value().wildcards;
    const bool listing = terms.empty() && wildcards.empty();
    // Every comment: the facets are the filter terms' frequencies, no
    // document visited. Otherwise one spy reads one value a match.
    const bool everything = query.get_type() == Xapian::Query::LEAF_MATCH_ALL && index.FacetsFromTerms();
    std::vector<std::pair<Xapian::Document, double>> page;  // the hits' documents and weights
    // Without facets a ranked page needs no pass over every match: Xapian
    // stops early and the total is an estimate (below), table or not.
    // Filters alone (no words): decided from the table's rows; weightless,
    // so listed in appendix order however they were written.
    const bool table_fits = request.table && request.table->comments() == db.get_doccount();
    std::optional<std::vector<unsigned>> filtered;
    if (table_fits && !everything) filtered = MatchesInTable(*request.table, query);
    if (table_fits && (request.facets || listing || filtered)) {
      // With a facet table: the matches' docids in one pass that reads no
      // value, the total and facets counted from them; a listing's page
      // picked by appendix rank (where Xapian's sort by value would read
      // every match's key), a ranked page by Xapian without a pass over
      // every match (the total is known).
      const FacetTable& table = *request.table;
      std::vector<unsigned> docids;
      const std::vector<unsigned>* ordered = &docids;
      if (everything) {
        results.total = db.get_doccount();
        if (request.facets) CountAllFromTerms(db, results);
        ordered = &table.in_order();
      } else {
        docids = filtered ? std::move(*filtered) : PassOverMatches(index, query).docids;
        results.total = static_cast<unsigned>(docids.size());
        if (request.facets) CountFromTable(table, docids, results);
      }
      results.total_exact = true;
      if (listing || filtered) {
        const size_t end = std::min<size_t>(ordered->size(), size_t{request.offset} + request.limit);
        if (!everything && request.offset < end) {
          std::partial_sort(docids.begin(), docids.begin() + end, docids.end(),
                            [&](unsigned x, unsigned y) { return std::pair(table.rank(x), x) < std::pair(table.rank(y), y); });
        }
        for (size_t i = request.offset; i < end; ++i) page.emplace_back(db.get_document((*ordered)[i]), 0.0);
      } else {
        page = RankedPage(index, query, docids, request);
      }
    } else if ((request.facets || listing) && !everything && !index.shards().empty()) {
      // Local shards, no table: one pass over every match, a shard a thread,
      // counts the facets from the facet value's stream and, for a listing,
      // picks its page by the sort key's (a listing needs every match's key
      // even without facets: read in parallel, 4x Xapian's sort by value on
      // one thread); a ranked page as with a table.
      MatchPassOptions options;
      options.facets = request.facets ? &results : nullptr;
      options.first = listing ? size_t{request.offset} + request.limit : 0;
      const MatchPass pass = PassOverMatches(index, query, options);
      results.total = static_cast<unsigned>(pass.docids.size());
      results.total_exact = true;
      if (listing) {
        for (size_t i = request.offset; i < pass.first_in_order.size(); ++i) {
          page.emplace_back(db.get_document(pass.first_in_order[i]), 0.0);
        }
      } else {
        page = RankedPage(index, query, pass.docids, request);
      }
    } else {
      Xapian::Enquire enquire(db);
      enquire.set_query(query);
      // Appendix order for a listing; for relevance, ties in appendix order too, so
      // the ranking is the same however the index is split into shards.
      if (terms.empty() && wildcards.empty()) enquire.set_sort_by_value(schema::kOrderSlot, false);
      else enquire.set_sort_by_relevance_then_value(schema::kOrderSlot, false);
      FacetSpy facets;
      if (request.facets && !everything) enquire.add_matchspy(&facets);
      // Asking to check every document makes the total and the facets exact.
      const Xapian::doccount check_all = request.facets && !everything ? db.get_doccount() : 0;
      Xapian::MSet mset;
      try {
        mset = enquire.get_mset(request.offset, request.limit, check_all);
        facets.AddTo(results);
      } catch (const Xapian::UnimplementedError&) {
        // A remote shard cannot run our spy: Xapian's own counts the packed
        // values there, and they are unpacked here — the same counts.
        enquire.clear_matchspies();
        Xapian::ValueCountMatchSpy values(schema::kFacetsSlot);
        enquire.add_matchspy(&values);
        mset = enquire.get_mset(request.offset, request.limit, db.get_doccount());
        for (auto it = values.values_begin(); it != values.values_end(); ++it) AddFacets(*it, it.get_termfreq(), results);
      }
      // Without facets the total is Xapian's estimate (exact when all matches were seen).
      results.total = mset.get_matches_estimated();
      results.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
      if (everything) {
        results.total = db.get_doccount();
        results.total_exact = true;
        if (request.facets) CountAllFromTerms(db, results);
      }
      for (auto it = mset.begin(); it != mset.end(); ++it) page.emplace_back(it.get_document(), it.get_weight());
    }
    unsigned rank = request.offset;
    for (const auto& [doc, weight] : page) {
      Result<CommentRecord> c = DecodeComment(doc);
      if (!c.ok()) return Status::Corruption(index.dir(), c.status().message());
      SearchHit hit;
      hit.rank = ++rank;
      hit.score = weight;
      hit.comment = std::move(c).value();
      std::vector<std::pair<size_t, size_t>> spans;
      for (const ThemeMatch& m : hit.comment.tagging().matches) {
        const bool wanted = request.themes.empty() ||
                            std::find(request.themes.begin(), request.themes.end(), m.theme) != request.themes.end();
        if (wanted) spans.emplace_back(m.start, m.end);
      }
      AddQuerySpans(hit.comment.text, terms, wildcards, spans);
      hit.highlights = MergeSpans(std::move(spans));
      results.hits.push_back(std::move(hit));
    }
  } catch (const Xapian::DatabaseModifiedError&) {
    return Status::IOError(index.dir(), "the database changed while searching; search again");
  } catch (const Xapian::Error& e) {
    return Status::IOError(index.dir(), "search failed: " + e.get_description());
  }
  return results;
}

Result<std::vector<unsigned>> SelectDocids(const IndexReader& index, const SearchRequest& request) {
  try {
    Result<BuiltQuery> built = BuildQuery(index, request);
    if (!built.ok()) return built.status();
    // Filters alone, with a table of this snapshot: from its rows (table_match.h).
    if (request.table && request.table->comments() == index.db().get_doccount()) {
      if (std::optional<std::vector<unsigned>> rows = MatchesInTable(*request.table, built.value().query)) return *rows;
    }
    return PassOverMatches(index, built.value().query).docids;
  } catch (const Xapian::DatabaseModifiedError&) {
    return Status::IOError(index.dir(), "the database changed while searching; search again");
  } catch (const Xapian::Error& e) {
    return Status::IOError(index.dir(), "search failed: " + e.get_description());
  }
}

}  // namespace returns
