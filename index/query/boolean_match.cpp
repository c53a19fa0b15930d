#include "index/query/boolean_match.h"

#include <algorithm>
#include <iterator>
#include <string>

namespace returns {
namespace {

using Docids = std::vector<unsigned>;

// A long posting list is skipped through, not read, when it is this many
// times the candidates it is tested against.
constexpr size_t kSkipRatio = 16;

bool Understood(const Xapian::Query& q) {
  switch (q.get_type()) {
    case Xapian::Query::LEAF_TERM:
    case Xapian::Query::LEAF_MATCH_ALL:
    case Xapian::Query::LEAF_MATCH_NOTHING:
      return true;
    case Xapian::Query::OP_AND_MAYBE:  // the right side only weighs
      return q.get_num_subqueries() > 0 && Understood(q.get_subquery(0));
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_SCALE_WEIGHT:
      for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
        if (!Understood(q.get_subquery(i))) return false;
      }
      return q.get_num_subqueries() > 0;
    default:
      return false;
  }
}

std::string TermOf(const Xapian::Query& leaf) { return *leaf.get_terms_begin(); }

Docids Read(const Xapian::Database& db, const std::string& term) {
  Docids out;
  out.reserve(db.get_termfreq(term));
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) out.push_back(*it);
  return out;
}

// The candidates that do (keep == true) or do not contain `term`, skipping
// through its posting list to each candidate in turn.
Docids SkipThrough(const Xapian::Database& db, const std::string& term, const Docids& candidates, bool keep) {
  Docids out;
  Xapian::PostingIterator it = db.postlist_begin(term);
  const Xapian::PostingIterator end = db.postlist_end(term);
  for (unsigned d : candidates) {
    if (it != end) it.skip_to(d);
    const bool has = it != end && *it == d;
    if (has == keep) out.push_back(d);
  }
  return out;
}

Docids Evaluate(const Xapian::Database& db, const Xapian::Query& q);

// Narrows `candidates` to those `part` matches (keep) or does not match.
Docids Narrow(const Xapian::Database& db, const Xapian::Query& part, Docids candidates, bool keep) {
  if (part.get_type() == Xapian::Query::LEAF_MATCH_ALL) return keep ? candidates : Docids();
  if (part.get_type() == Xapian::Query::LEAF_TERM &&
      db.get_termfreq(TermOf(part)) > kSkipRatio * candidates.size()) {
    return SkipThrough(db, TermOf(part), candidates, keep);
  }
  const Docids other = Evaluate(db, part);
  Docids out;
  if (keep) std::set_intersection(candidates.begin(), candidates.end(), other.begin(), other.end(), std::back_inserter(out));
  else std::set_difference(candidates.begin(), candidates.end(), other.begin(), other.end(), std::back_inserter(out));
  return out;
}

// A conjunction: the rarest term first (a term's frequency is known without
// reading it), then each other part narrows what is left.
Docids EvaluateAnd(const Xapian::Database& db, const Xapian::Query& q) {
  std::vector<Xapian::Query> parts;
  for (size_t i = 0; i < q.get_num_subqueries(); ++i) parts.push_back(q.get_subquery(i));
  auto size_of = [&](const Xapian::Query& p) -> Xapian::doccount {
    if (p.get_type() == Xapian::Query::LEAF_TERM) return db.get_termfreq(TermOf(p));
    if (p.get_type() == Xapian::Query::LEAF_MATCH_ALL) return db.get_doccount();
    return 0;  // not known before reading: evaluated first, as likely the narrower
  };
  std::stable_sort(parts.begin(), parts.end(),
                   [&](const Xapian::Query& a, const Xapian::Query& b) { return size_of(a) < size_of(b); });
  Docids candidates = Evaluate(db, parts.front());
  for (size_t i = 1; i < parts.size() && !candidates.empty(); ++i) {
    candidates = Narrow(db, parts[i], std::move(candidates), true);
  }
  return candidates;
}

Docids Evaluate(const Xapian::Database& db, const Xapian::Query& q) {
  switch (q.get_type()) {
    case Xapian::Query::LEAF_TERM:
      return Read(db, TermOf(q));
    case Xapian::Query::LEAF_MATCH_ALL:
      return Read(db, std::string());  // the empty term lists every document
    case Xapian::Query::LEAF_MATCH_NOTHING:
      return {};
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER:
      return EvaluateAnd(db, q);
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_SCALE_WEIGHT:
      return Evaluate(db, q.get_subquery(0));
    case Xapian::Query::OP_AND_NOT: {
      Docids left = Evaluate(db, q.get_subquery(0));
      for (size_t i = 1; i < q.get_num_subqueries() && !left.empty(); ++i) {
        left = Narrow(db, q.get_subquery(i), std::move(left), false);
      }
      return left;
    }
    default: {  // OP_OR, OP_SYNONYM, OP_MAX: the union
      // Two parts merged; more (a wildcard's words: hundreds) gathered, then
      // sorted once — merging them pairwise costs the union's size a part.
      const size_t n = q.get_num_subqueries();
      if (n == 2) {
        const Docids left = Evaluate(db, q.get_subquery(0)), right = Evaluate(db, q.get_subquery(1));
        Docids all;
        all.reserve(left.size() + right.size());
        std::set_union(left.begin(), left.end(), right.begin(), right.end(), std::back_inserter(all));
        return all;
      }
      Docids all;
      for (size_t i = 0; i < n; ++i) {
        const Docids part = Evaluate(db, q.get_subquery(i));
        all.insert(all.end(), part.begin(), part.end());
      }
      std::sort(all.begin(), all.end());
      all.erase(std::unique(all.begin(), all.end()), all.end());
      return all;
    }
  }
}

}  // namespace

bool AnsweredFromPostings(const Xapian::Query& query) { return Understood(query); }

std::optional<std::vector<unsigned>> BooleanMatches(const Xapian::Database& db, const Xapian::Query& query) {
  if (!Understood(query)) return std::nullopt;
  return Evaluate(db, query);
}

}  // namespace returns
