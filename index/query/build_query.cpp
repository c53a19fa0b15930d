#include "index/query/build_query.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "corpus/base/utf8.h"
#include "corpus/register/district.h"
#include "corpus/text/tokenize.h"
#include "corpus/text/words.h"
#include "index/query/query_fields.h"
#include "index/query/query_syntax.h"
#include "index/query/wildcards.h"
#include "index/store/document_codec.h"
#include "index/store/schema.h"

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

// The comments filed under any of `names` (a term each, written once).
Xapian::Query AnyOfNames(const char* prefix, const std::vector<std::string>& names) {
  std::vector<Xapian::Query> terms;
  std::set<std::string> seen;
  for (const std::string& name : names) {
    std::string term = prefix + schema::FilterValue(name);
    if (seen.insert(term).second) terms.emplace_back(term);
  }
  return terms.size() == 1 ? terms.front() : Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

// Any of the names a collaborative filter stands for (the value itself, and
// with a register every name of the collaboratives it names).
Xapian::Query CollaborativeFilter(const Register* reg, const std::string& value) {
  return AnyOfNames(schema::kCollaborativePrefix, reg ? reg->NamesOf(value) : std::vector<std::string>{value});
}

// Any spelling of the district named (DistrictSpellings): "Tonbridge and
// Malling" finds "Tonbridge & Malling", "Folkestone & Hythe" finds "Shepway".
Xapian::Query DistrictFilter(const std::string& value) {
  return AnyOfNames(schema::kDistrictPrefix, DistrictSpellings(value));
}

class DistrictProcessor : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override { return DistrictFilter(value); }
};

class CollaborativeProcessor : public Xapian::FieldProcessor {
 public:
  explicit CollaborativeProcessor(const Register* reg) : reg_(reg) {}
  Xapian::Query operator()(const std::string& value) override { return CollaborativeFilter(reg_, value); }

 private:
  const Register* reg_;
};

// The comments with any of the attributes given (name, value), for each
// name given: an OR of the terms of one name, an AND of the names.
Xapian::Query AttributeFilter(const std::vector<std::pair<std::string, std::string>>& attributes) {
  std::vector<std::pair<std::string, std::vector<Xapian::Query>>> by_name;  // name key, its terms, in order given
  for (const auto& [name, value] : attributes) {
    const std::string key = schema::AttributeNameKey(name);
    auto at = std::find_if(by_name.begin(), by_name.end(), [&](const auto& n) { return n.first == key; });
    if (at == by_name.end()) at = by_name.insert(by_name.end(), {key, {}});
    at->second.emplace_back(AttributeTerm(name, value));
  }
  std::vector<Xapian::Query> names;
  for (const auto& [key, terms] : by_name) names.emplace_back(Xapian::Query::OP_OR, terms.begin(), terms.end());
  return Xapian::Query(Xapian::Query::OP_AND, names.begin(), names.end());
}

// A query's attribute:NAME=VALUE fields as the parser is given them: each
// name a field of its own (attribute0:, attribute1:…, so that, as Xapian
// groups filters by field, values of one name are OR-ed and names AND-ed),
// each value its number in `values` (attribute0:2), so no value is quoted.
struct AttributeFields {
  std::string query;
  std::vector<std::string> fields;                               // by number: the name's field
  std::shared_ptr<std::vector<std::pair<std::string, std::string>>> values =
      std::make_shared<std::vector<std::pair<std::string, std::string>>>();  // name, value
};

Result<AttributeFields> RewriteAttributeFields(const std::string& query) {
  AttributeFields out;
  std::vector<std::string> keys;  // name keys, by field number
  size_t done = 0;
  for (const QueryField& f : QueryFields(query)) {
    if (f.field != "attribute") continue;
    if (f.name.empty() || f.value.empty()) {
      std::string message = "'";  // appended, not operator+: GCC 12 warns falsely (-Wrestrict) on the latter
      message += query.substr(f.start, f.end - f.start);
      message += "' in the query: give attribute:NAME=VALUE (attribute:email=jo@school.org, "
                 "attribute:respondent=\"Jo Smith\")";
      return Status::InvalidInput("search", message);
    }
    const std::string key = schema::AttributeNameKey(f.name);
    const size_t n = std::find(keys.begin(), keys.end(), key) - keys.begin();
    if (n == keys.size()) {
      keys.push_back(key);
      out.fields.push_back("attribute" + std::to_string(n));
    }
    out.query += query.substr(done, f.start - done) + out.fields[n] + ":" + std::to_string(out.values->size());
    out.values->emplace_back(f.name, f.value);
    done = f.end;
  }
  out.query += query.substr(done);
  return out;
}

class AttributeProcessor : public Xapian::FieldProcessor {
 public:
  explicit AttributeProcessor(std::shared_ptr<const std::vector<std::pair<std::string, std::string>>> values)
      : values_(std::move(values)) {}
  Xapian::Query operator()(const std::string& number) override {
    const size_t i = std::strtoul(number.c_str(), nullptr, 10);
    if (i >= values_->size()) return Xapian::Query::MatchNothing;  // not one we wrote
    return Xapian::Query(AttributeTerm((*values_)[i].first, (*values_)[i].second));
  }

 private:
  std::shared_ptr<const std::vector<std::pair<std::string, std::string>>> values_;
};

}  // namespace

const Xapian::Stem& ThreadStemmer() {
  thread_local const Xapian::Stem stemmer("english");
  return stemmer;
}

namespace {

Xapian::QueryParser MakeParser(const Register* reg) {
  Xapian::QueryParser qp;
  qp.set_stemmer(ThreadStemmer());
  // Every word stemmed, in phrases and NEAR too, whatever its case: "Learning
  // Walk" finds "learning walks" (the terms TextTerms writes, document_codec.h).
  // A wildcard expands against the database's vocabulary (wildcards.h).
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
  qp.set_default_op(Xapian::Query::OP_AND);
  const std::pair<const char*, const char*> fields[] = {
      {"theme", schema::kThemePrefix},       {"pending", schema::kPendingPrefix},
      {"lead", schema::kLeadSchoolPrefix},
      {"question", schema::kQuestionPrefix}, {"round", schema::kRoundPrefix}};
  for (const auto& [field, prefix] : fields) {
    qp.add_boolean_prefix(field, (new FilterProcessor(prefix))->release());
  }
  qp.add_boolean_prefix("district", (new DistrictProcessor())->release());
  qp.add_boolean_prefix("collaborative", (new CollaborativeProcessor(reg))->release());
  return qp;
}

// One query parser per thread (per server thread in `serve`), made again only
// when the register changes; the database is set per query (the parser may
// read it, and is let go of it after).
Xapian::QueryParser& ThreadParser(const Xapian::Database& db, const Register* reg) {
  struct Cached {
    const Register* reg = nullptr;
    std::optional<Xapian::QueryParser> qp;
  };
  thread_local Cached cached;
  if (!cached.qp || cached.reg != reg) {
    cached.qp = MakeParser(reg);
    cached.reg = reg;
  }
  cached.qp->set_database(db);
  return *cached.qp;
}

Xapian::Query Filter(const char* prefix, const std::string& value) {
  return Xapian::Query(prefix + schema::FilterValue(value));
}

}  // namespace

Result<BuiltQuery> BuildQuery(const IndexReader& index, const SearchRequest& request) {
  const Xapian::Database& db = index.db();
  BuiltQuery built;
  Xapian::Query& query = built.query;
  std::set<std::string>& terms = built.terms;
  std::vector<std::string>& wildcards = built.wildcards;
  if (request.query.find_first_not_of(" \t") != std::string::npos) {
    if (Status s = CheckQuerySyntax(request.query); !s.ok()) return s;
    Result<AttributeFields> attributes = RewriteAttributeFields(request.query);
    if (!attributes.ok()) return attributes.status();
    // With attribute fields, a parser of this query's own (its fields are this query's names).
    std::optional<Xapian::QueryParser> own;
    if (!attributes.value().fields.empty()) {
      own = MakeParser(request.reg);
      own->set_database(db);
      for (const std::string& field : attributes.value().fields) {
        own->add_boolean_prefix(field, (new AttributeProcessor(attributes.value().values))->release());
      }
    }
    Xapian::QueryParser& qp = own ? *own : ThreadParser(db, request.reg);
    // The thread's parser outlives this snapshot: it lets go of it however
    // parsing ends, an exception included (a handle kept would be released
    // with the thread, outside the server's lock, and Xapian's reference
    // counts are not atomic).
    struct LetGo {
      Xapian::QueryParser& qp;
      ~LetGo() { qp.set_database(Xapian::Database()); }
    } let_go{qp};
    try {
      query = qp.parse_query(attributes.value().query,
                             Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                                 Xapian::QueryParser::FLAG_PURE_NOT);
    } catch (const Xapian::QueryParserError& e) {
      return Status::InvalidInput("search", "cannot parse the query '" + request.query + "': " + e.get_msg());
    }
    if (query.get_description().find("WILDCARD ") != std::string::npos) {
      // The words as written are not terms (schema 9): the database's vocabulary stands in.
      Result<std::shared_ptr<const std::vector<std::string>>> vocabulary = index.Vocabulary();
      if (!vocabulary.ok()) return vocabulary.status();
      query = ExpandWildcards(query, *vocabulary.value(), ThreadStemmer());
      // One left as it was would find nothing, silently: say so instead.
      if (query.get_description().find("WILDCARD ") != std::string::npos) {
        return Status::InvalidInput("search", "a wildcard cannot be used where it is in the query '" + request.query +
                                                  "' (inside NEAR or a phrase): write the word in full");
      }
    }
    for (auto it = query.get_terms_begin(); it != query.get_terms_end(); ++it) terms.insert(*it);
    for (const Token& t : Tokenize(request.query)) {
      const size_t star = t.end;
      if (star < request.query.size() && request.query[star] == '*') wildcards.push_back(t.folded);
    }
  }
  std::vector<Xapian::Query> filters;
  for (const std::string& t : request.themes) filters.push_back(Filter(schema::kThemePrefix, t));
  for (const std::string& t : request.pending) filters.push_back(Filter(schema::kPendingPrefix, t));
  if (!request.district.empty()) filters.push_back(DistrictFilter(request.district));
  if (!request.collaborative.empty()) filters.push_back(CollaborativeFilter(request.reg, request.collaborative));
  if (!request.round.empty()) filters.push_back(Filter(schema::kRoundPrefix, request.round));
  if (request.question) filters.push_back(Filter(schema::kQuestionPrefix, std::to_string(request.question)));
  if (!request.attributes.empty()) filters.push_back(AttributeFilter(request.attributes));
  if (!filters.empty()) {
    query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                          Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end()));
  }
  return built;
}

}  // namespace returns
