#include "index/query/search.h"

#include <xapian.h>

#include <algorithm>
#include <memory>
#include <set>

#include "corpus/text/tokenize.h"
#include "index/store/document_codec.h"
#include "index/store/schema.h"
#include "lexicon/codebook/theme_id.h"

namespace returns {
namespace {

// A filter typed in a query ("district:Tonbridge & Malling") becomes the
// normalised boolean term the indexer wrote.
class FilterProcessor : public Xapian::FieldProcessor {
 public:
  explicit FilterProcessor(std::string prefix) : prefix_(std::move(prefix)) {}
  Xapian::Query operator()(const std::string& value) override {
    return Xapian::Query(prefix_ + schema::FilterValue(value));
  }

 private:
  std::string prefix_;
};

// Any of the names a collaborative filter stands for (the value itself, and
// with a register every name of the collaboratives it names).
Xapian::Query CollaborativeFilter(const Register* reg, const std::string& value) {
  std::vector<std::string> names;
  if (reg) names = reg->NamesOf(value);
  else names.push_back(value);
  std::vector<Xapian::Query> terms;
  std::set<std::string> seen;
  for (const std::string& name : names) {
    std::string term = std::string(schema::kCollaborativePrefix) + schema::FilterValue(name);
    if (seen.insert(term).second) terms.emplace_back(term);
  }
  return terms.size() == 1 ? terms.front() : Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

class CollaborativeProcessor : public Xapian::FieldProcessor {
 public:
  explicit CollaborativeProcessor(const Register* reg) : reg_(reg) {}
  Xapian::Query operator()(const std::string& value) override { return CollaborativeFilter(reg_, value); }

 private:
  const Register* reg_;
};

// Counts themes per matching document; a comment has several, so a
// ValueCountMatchSpy (one value per document) will not do.
class ThemeSpy : public Xapian::MatchSpy {
 public:
  explicit ThemeSpy(std::map<std::string, unsigned>* counts) : counts_(counts) {}
  void operator()(const Xapian::Document& doc, double) override {
    const std::string themes = doc.get_value(schema::kThemesSlot);
    size_t start = 0;
    while (start < themes.size()) {
      size_t end = themes.find('\n', start);
      if (end == std::string::npos) end = themes.size();
      if (end > start) ++(*counts_)[themes.substr(start, end - start)];
      start = end + 1;
    }
  }
  std::string name() const override { return "returns.ThemeSpy"; }

 private:
  std::map<std::string, unsigned>* counts_;
};

// Exact comments per theme among the matches of `query`, one count query a theme.
std::map<std::string, unsigned> CountThemes(const Xapian::Database& db, const Xapian::Query& query) {
  std::map<std::string, unsigned> out;
  const std::string prefix = schema::kThemePrefix;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    if (*it == prefix + kNoThemeId) continue;  // not a theme: the comments with none
    Xapian::Enquire count(db);
    count.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(*it)));
    const Xapian::MSet m = count.get_mset(0, 0, db.get_doccount());
    if (m.get_matches_estimated() == 0) continue;
    // The term holds the id normalised ('_' → '-'); theme ids use '_' only.
    std::string id = (*it).substr(prefix.size());
    std::replace(id.begin(), id.end(), '-', '_');
    out[id] = m.get_matches_estimated();
  }
  return out;
}

Xapian::QueryParser MakeParser(const Xapian::Database& db, const Register* reg) {
  Xapian::QueryParser qp;
  qp.set_database(db);
  qp.set_stemmer(Xapian::Stem("english"));
  // Phrases are stemmed too: "learning walk" finds "learning walks". A word
  // typed with a capital first letter is searched as written (Xapian's
  // STEM_SOME rule): "Learning Walk" finds that form only.
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME_FULL_POS);
  qp.set_default_op(Xapian::Query::OP_AND);
  const std::pair<const char*, const char*> fields[] = {
      {"theme", schema::kThemePrefix},       {"pending", schema::kPendingPrefix},
      {"district", schema::kDistrictPrefix}, {"lead", schema::kLeadSchoolPrefix},
      {"question", schema::kQuestionPrefix}, {"round", schema::kRoundPrefix}};
  for (const auto& [field, prefix] : fields) {
    qp.add_boolean_prefix(field, (new FilterProcessor(prefix))->release());
  }
  qp.add_boolean_prefix("collaborative", (new CollaborativeProcessor(reg))->release());
  return qp;
}

// Xapian does not stem a word followed by '"', so the last word of a phrase
// would match only the form typed ("learning walk" would miss "learning
// walks"). A space before a free-text phrase's closing quote lets it be
// stemmed like the others; a field's quoted value (district:"Tonbridge &
// Malling") is left as typed.
std::string LastPhraseWordsStemmed(const std::string& query) {
  std::string out;
  out.reserve(query.size() + 8);
  bool in_phrase = false, in_value = false;
  for (size_t i = 0; i < query.size(); ++i) {
    const char c = query[i];
    if (c == '"') {
      if (!in_phrase && !in_value) {
        (i > 0 && query[i - 1] == ':' ? in_value : in_phrase) = true;
      } else if (in_value) {
        in_value = false;
      } else {
        in_phrase = false;
        if (!out.empty() && out.back() != ' ') out += ' ';
      }
    }
    out += c;
  }
  return out;
}

Xapian::Query Filter(const char* prefix, const std::string& value) {
  return Xapian::Query(prefix + schema::FilterValue(value));
}

// Spans of the text's tokens that a query term names, stemmed or not.
void AddQuerySpans(const std::string& text, const std::set<std::string>& terms, const std::vector<std::string>& wildcards,
                   std::vector<std::pair<size_t, size_t>>& spans) {
  if (terms.empty() && wildcards.empty()) return;
  static const Xapian::Stem stemmer("english");
  for (const Token& t : Tokenize(text)) {
    std::string stemmed = "Z";  // appended, not operator+: GCC 12 warns falsely (-Wrestrict) on the latter
    stemmed += stemmer(t.folded);
    bool hit = terms.count(t.folded) || terms.count(stemmed);
    for (const std::string& w : wildcards) hit = hit || t.folded.rfind(w, 0) == 0;
    if (hit) spans.emplace_back(t.start, t.end);
  }
}

}  // namespace

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

Result<SearchResults> Search(const IndexReader& index, const SearchRequest& request) {
  const Xapian::Database& db = index.db();
  SearchResults results;
  try {
    Xapian::QueryParser qp = MakeParser(db, request.reg);
    Xapian::Query query = Xapian::Query::MatchAll;
    std::set<std::string> terms;
    std::vector<std::string> wildcards;
    if (request.query.find_first_not_of(" \t") != std::string::npos) {
      try {
        query = qp.parse_query(LastPhraseWordsStemmed(request.query),
                               Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                                   Xapian::QueryParser::FLAG_PURE_NOT);
      } catch (const Xapian::QueryParserError& e) {
        return Status::InvalidInput("search", "cannot parse the query '" + request.query + "': " + e.get_msg());
      }
      for (auto it = query.get_terms_begin(); it != query.get_terms_end(); ++it) terms.insert(*it);
      for (const Token& t : Tokenize(request.query)) {
        const size_t star = t.end;
        if (star < request.query.size() && request.query[star] == '*') wildcards.push_back(t.folded);
      }
    }
    std::vector<Xapian::Query> filters;
    for (const std::string& t : request.themes) filters.push_back(Filter(schema::kThemePrefix, t));
    if (!request.district.empty()) filters.push_back(Filter(schema::kDistrictPrefix, request.district));
    if (!request.collaborative.empty()) filters.push_back(CollaborativeFilter(request.reg, request.collaborative));
    if (!request.round.empty()) filters.push_back(Filter(schema::kRoundPrefix, request.round));
    if (request.question) filters.push_back(Filter(schema::kQuestionPrefix, std::to_string(request.question)));
    if (!filters.empty()) {
      query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                            Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end()));
    }

    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    // Appendix order for a listing; for relevance, ties in appendix order too, so
    // the ranking is the same however the index is split into shards.
    if (terms.empty() && wildcards.empty()) enquire.set_sort_by_value(schema::kOrderSlot, false);
    else enquire.set_sort_by_relevance_then_value(schema::kOrderSlot, false);
    // One spy per value slot counted; a second set for the remote fallback below
    // (a spy that has seen documents cannot be reset).
    const Xapian::valueno slots[] = {schema::kDistrictSlot, schema::kQuestionSlot, schema::kCollaborativeSlot,
                                     schema::kRoundSlot};
    std::map<std::string, unsigned>* facets[] = {&results.district_facets, &results.question_facets,
                                                 &results.collaborative_facets, &results.round_facets};
    using Spies = std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>>;  // not copyable
    Spies local, remote;
    for (Xapian::valueno slot : slots) {
      local.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(slot));
      remote.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(slot));
    }
    Spies* spies = &local;
    ThemeSpy themes(&results.theme_facets);
    if (request.facets) {
      for (auto& spy : local) enquire.add_matchspy(spy.get());
      enquire.add_matchspy(&themes);
    }
    // Asking to check every document makes the total and the facets exact.
    const Xapian::doccount check_all = request.facets ? db.get_doccount() : 0;
    Xapian::MSet mset;
    try {
      mset = enquire.get_mset(request.offset, request.limit, check_all);
    } catch (const Xapian::UnimplementedError&) {
      // A remote shard cannot run our theme spy: search again without it and
      // count each theme exactly with a filtered count query (Xapian's own machinery).
      enquire.clear_matchspies();
      results.theme_facets.clear();
      spies = &remote;
      for (auto& spy : remote) enquire.add_matchspy(spy.get());
      mset = enquire.get_mset(request.offset, request.limit, db.get_doccount());
      results.theme_facets = CountThemes(db, query);
    }
    // Without facets the total is Xapian's estimate (exact when all matches were seen).
    results.total = mset.get_matches_estimated();
    for (size_t i = 0; i < spies->size(); ++i) {
      const Xapian::ValueCountMatchSpy& spy = *(*spies)[i];
      for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
        if (!(*it).empty()) (*facets[i])[*it] = it.get_termfreq();
      }
    }
    unsigned rank = request.offset;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Result<CommentRecord> c = DecodeComment(it.get_document());
      if (!c.ok()) return Status::Corruption(index.dir(), c.status().message());
      SearchHit hit;
      hit.rank = ++rank;
      hit.score = it.get_weight();
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

}  // namespace returns
