#include "index/query/table_match.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "index/store/schema.h"

namespace returns {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Which side of a row a filter term is on: its place, or its themes.
enum class Side { kPlace, kThemes, kNeither };

Side SideOf(std::string_view term) {
  for (const char* p : {schema::kDistrictPrefix, schema::kCollaborativePrefix, schema::kQuestionPrefix, schema::kRoundPrefix}) {
    if (StartsWith(term, p)) return Side::kPlace;
  }
  for (const char* p : {schema::kThemePrefix, schema::kPendingPrefix}) {
    if (StartsWith(term, p)) return Side::kThemes;
  }
  return Side::kNeither;
}

// A filter: any of `terms`, or (negated) none of them.
struct Clause {
  std::vector<std::string> terms;
  Side side = Side::kPlace;
  bool negated = false;
};

// A term, looked through a weight's scaling ("0 * XTelc": a filter term the
// parser wrote inside an OR).
bool Leaf(const Xapian::Query& q, std::string& term) {
  if (q.get_type() == Xapian::Query::OP_SCALE_WEIGHT) return Leaf(q.get_subquery(0), term);
  if (q.get_type() != Xapian::Query::LEAF_TERM) return false;
  term = *q.get_terms_begin();
  return true;
}

// One filter from `q`: a term, or an OR of terms of one side. False when
// `q` is anything else.
bool AsClause(const Xapian::Query& q, bool negated, Clause& out) {
  out = Clause{{}, Side::kNeither, negated};
  std::string term;
  if (Leaf(q, term)) {
    out.terms.push_back(term);
  } else if (q.get_type() == Xapian::Query::OP_OR || q.get_type() == Xapian::Query::OP_SYNONYM ||
             q.get_type() == Xapian::Query::OP_MAX) {
    for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
      if (!Leaf(q.get_subquery(i), term)) return false;
      out.terms.push_back(term);
    }
  } else {
    return false;
  }
  for (const std::string& t : out.terms) {
    const Side side = SideOf(t);
    if (side == Side::kNeither || (out.side != Side::kNeither && side != out.side)) return false;
    out.side = side;
  }
  return !out.terms.empty();
}

// The filters `q` ANDs together; false when it is not such a conjunction.
bool Collect(const Xapian::Query& q, std::vector<Clause>& out) {
  switch (q.get_type()) {
    case Xapian::Query::LEAF_MATCH_ALL:
      return true;
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER:
      for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
        if (!Collect(q.get_subquery(i), out)) return false;
      }
      return true;
    case Xapian::Query::OP_SCALE_WEIGHT:
    case Xapian::Query::OP_AND_MAYBE:  // the right side only weighs
      return Collect(q.get_subquery(0), out);
    case Xapian::Query::OP_AND_NOT:
      if (!Collect(q.get_subquery(0), out)) return false;
      for (size_t i = 1; i < q.get_num_subqueries(); ++i) {
        Clause c;
        if (!AsClause(q.get_subquery(i), true, c)) return false;
        out.push_back(std::move(c));
      }
      return true;
    default: {
      Clause c;
      if (!AsClause(q, false, c)) return false;
      out.push_back(std::move(c));
      return true;
    }
  }
}

// Which groups of `side` (places, or sets of themes: `groups` of them) pass
// every clause of that side, each clause's terms given as numbers: read from
// the groups that have each term, so the cost is the terms' groups, not
// every group's terms (a million comments may have a hundred thousand sets
// of themes).
std::vector<char> KeptGroups(const FacetTable& table, size_t groups, const std::vector<Clause>& clauses,
                             const std::vector<std::vector<uint32_t>>& numbers, Side side) {
  std::vector<uint32_t> met(groups, 0);                // the clauses each group has a term of
  std::vector<uint32_t> last(groups, FacetTable::kNone);  // the last clause counted for each
  std::vector<char> excluded(groups, 0);
  uint32_t wanted = 0;
  for (uint32_t c = 0; c < clauses.size(); ++c) {
    if (clauses[c].side != side) continue;
    wanted += clauses[c].negated ? 0 : 1;
    for (const uint32_t t : numbers[c]) {
      for (const uint32_t g : table.having_term(t)) {
        if (last[g] == c) continue;  // two of one clause's terms: counted once
        last[g] = c;
        if (clauses[c].negated) excluded[g] = 1;
        else ++met[g];
      }
    }
  }
  std::vector<char> kept(groups);
  for (size_t g = 0; g < groups; ++g) kept[g] = static_cast<char>(!excluded[g] && met[g] == wanted);
  return kept;
}

}  // namespace

std::optional<std::vector<unsigned>> MatchesInTable(const FacetTable& table, const Xapian::Query& query) {
  std::vector<Clause> clauses;
  if (!Collect(query, clauses)) return std::nullopt;
  // Each clause's terms as the table numbers them.
  const std::vector<std::string>& terms = table.filter_terms();
  std::vector<std::vector<uint32_t>> numbers(clauses.size());
  for (size_t c = 0; c < clauses.size(); ++c) {
    for (const std::string& t : clauses[c].terms) {
      const auto found = std::find(terms.begin(), terms.end(), t);
      if (found != terms.end()) numbers[c].push_back(static_cast<uint32_t>(found - terms.begin()));
    }
  }
  const std::vector<char> place_ok = KeptGroups(table, table.wheres().size(), clauses, numbers, Side::kPlace);
  const std::vector<char> themes_ok = KeptGroups(table, table.whats().size(), clauses, numbers, Side::kThemes);
  size_t at_places = 0, with_themes = 0;  // rows in the places kept, and in the theme sets kept
  for (uint32_t i = 0; i < place_ok.size(); ++i) at_places += place_ok[i] ? table.at_place(i).size() : 0;
  for (uint32_t i = 0; i < themes_ok.size(); ++i) with_themes += themes_ok[i] ? table.with_themes(i).size() : 0;
  const std::vector<unsigned>& docids = table.docids();
  if (std::min(at_places, with_themes) < docids.size() / 4) {
    // A side that keeps few rows ("district:Dover"): its groups' rows only,
    // each checked against the other side and marked in a bit a docid, read
    // back in docid order (a district's comments lie in thousands of places:
    // sorting what they gave cost more than a pass over every row).
    const bool by_place = at_places <= with_themes;
    const unsigned last = docids.empty() ? 0 : docids.back();
    std::vector<uint64_t> bits(last / 64 + 1, 0);
    size_t n = 0;
    const size_t groups = by_place ? place_ok.size() : themes_ok.size();
    const std::vector<char>& other_ok = by_place ? themes_ok : place_ok;
    for (uint32_t g = 0; g < groups; ++g) {
      if (!(by_place ? place_ok[g] : themes_ok[g])) continue;
      for (const FacetTable::Member& m : by_place ? table.at_place(g) : table.with_themes(g)) {
        const uint64_t ok = other_ok[m.other] ? 1 : 0;
        bits[m.docid / 64] |= ok << (m.docid % 64);
        n += ok;
      }
    }
    std::vector<unsigned> out;
    out.reserve(n);
    for (size_t w = 0; w < bits.size(); ++w) {
      for (uint64_t b = bits[w]; b != 0; b &= b - 1) out.push_back(static_cast<unsigned>(w * 64 + std::countr_zero(b)));
    }
    return out;
  }
  // Most rows kept: one pass over all of them with no branch on the data (a
  // match is as likely as not, so a branch on it is mispredicted at every
  // other row): each docid is written and kept only when its row passes.
  const std::unique_ptr<unsigned[]> kept(new unsigned[docids.size()]);  // not zeroed: written before read
  size_t n = 0;
  for (const unsigned d : docids) {
    const FacetTable::Row& r = table.row(d);
    kept[n] = d;
    n += static_cast<size_t>(place_ok[r.where] & themes_ok[r.what]);
  }
  return std::vector<unsigned>(kept.get(), kept.get() + n);
}

}  // namespace returns
