#include "index/query/wildcards.h"

#include <algorithm>
#include <set>

namespace returns {

std::string WildcardPattern(const Xapian::Query& q) {
  if (q.get_type() != Xapian::Query::OP_WILDCARD) return {};
  // "WILDCARD SYNONYM moder": the combiner, then the pattern.
  const std::string d = q.get_description();
  const std::string head = "Query(WILDCARD ";
  if (d.compare(0, head.size(), head) != 0 || d.back() != ')') return {};
  const size_t space = d.find(' ', head.size());
  if (space == std::string::npos) return {};
  return d.substr(space + 1, d.size() - space - 2);
}

namespace {

bool Rebuildable(Xapian::Query::op op) {
  switch (op) {
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
      return true;
    default:
      return false;
  }
}

Xapian::Query Expand(const std::string& pattern, const std::vector<std::string>& vocabulary, const Xapian::Stem& stemmer) {
  std::set<std::string> terms;
  for (auto it = std::lower_bound(vocabulary.begin(), vocabulary.end(), pattern);
       it != vocabulary.end() && it->compare(0, pattern.size(), pattern) == 0; ++it) {
    std::string term(1, 'Z');
    term += stemmer(*it);
    terms.insert(std::move(term));
  }
  if (terms.empty()) return Xapian::Query::MatchNothing;
  return Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
}

}  // namespace

namespace {

Xapian::Query ExpandIn(const Xapian::Query& q, const std::vector<std::string>& vocabulary, const Xapian::Stem& stemmer,
                       bool& changed) {
  const Xapian::Query::op op = q.get_type();
  if (op == Xapian::Query::OP_WILDCARD) {
    const std::string pattern = WildcardPattern(q);
    if (pattern.empty()) return q;
    changed = true;
    return Expand(pattern, vocabulary, stemmer);
  }
  const size_t n = q.get_num_subqueries();
  if (n == 0 || !Rebuildable(op)) return q;
  std::vector<Xapian::Query> subs;
  bool below = false;
  for (size_t i = 0; i < n; ++i) subs.push_back(ExpandIn(q.get_subquery(i), vocabulary, stemmer, below));
  if (!below) return q;
  changed = true;
  return Xapian::Query(op, subs.begin(), subs.end());
}

}  // namespace

Xapian::Query ExpandWildcards(const Xapian::Query& q, const std::vector<std::string>& vocabulary,
                              const Xapian::Stem& stemmer) {
  bool changed = false;
  return ExpandIn(q, vocabulary, stemmer, changed);
}

}  // namespace returns
