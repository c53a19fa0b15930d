#include "index/query/table_match.h"

#include <algorithm>
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

// Whether a comment with these terms (numbers in FacetTable::filter_terms)
// passes every clause of `side`, each clause's terms given as numbers
// (kNone: a term no comment has).
bool Passes(const std::vector<uint32_t>& has, const std::vector<Clause>& clauses,
            const std::vector<std::vector<uint32_t>>& numbers, Side side) {
  for (size_t c = 0; c < clauses.size(); ++c) {
    if (clauses[c].side != side) continue;
    bool any = false;
    for (const uint32_t t : numbers[c]) {
      for (const uint32_t h : has) any = any || h == t;
    }
    if (any == clauses[c].negated) return false;
  }
  return true;
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
  std::vector<char> place_ok(table.wheres().size()), themes_ok(table.whats().size());
  for (size_t i = 0; i < place_ok.size(); ++i) place_ok[i] = Passes(table.place_terms()[i], clauses, numbers, Side::kPlace);
  for (size_t i = 0; i < themes_ok.size(); ++i) themes_ok[i] = Passes(table.theme_terms()[i], clauses, numbers, Side::kThemes);
  std::vector<unsigned> out;
  for (unsigned d : table.docids()) {
    const FacetTable::Row& r = table.row(d);
    if (place_ok[r.where] && themes_ok[r.what]) out.push_back(d);
  }
  return out;
}

}  // namespace returns
