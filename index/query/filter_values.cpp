#include "index/query/filter_values.h"

#include <xapian.h>

#include <algorithm>
#include <utility>

#include "corpus/register/district.h"
#include "corpus/text/words.h"
#include "index/query/query_fields.h"
#include "index/store/document_codec.h"
#include "index/store/schema.h"
#include "lexicon/codebook/theme_id.h"

namespace returns {
namespace {

std::string Key(std::string_view s) { return AsciiKey(s, ' '); }

std::string Quoted(const std::vector<std::string>& values) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == values.size() ? " or " : ", ") + ("'" + values[i] + "'");
  }
  return out;
}

// The theme `name` stands for (id or label, any case), or empty.
std::string ThemeOf(const std::string& name, const ThemeNames& lexicon) {
  const std::string key = Key(name);
  if (key == kNoThemeId) return kNoThemeId;
  for (const ThemeNames::Name& t : lexicon.themes) {
    if (Key(t.id) == key || Key(t.label) == key) return t.id;
  }
  return "";
}

Status UnknownTheme(const std::string& name, const ThemeNames& lexicon) {
  std::vector<std::string> names, ids;
  for (const ThemeNames::Name& t : lexicon.themes) {
    names.push_back(t.id);
    names.push_back(t.label);
  }
  for (const std::string& near : NearestValues(name, names, 6)) {
    const std::string id = ThemeOf(near, lexicon);
    if (std::find(ids.begin(), ids.end(), id) == ids.end() && ids.size() < 3) ids.push_back(id);
  }
  std::string msg = "no theme '" + name + "' in the lexicon " + lexicon.lexicon;
  if (!ids.empty()) return Status::InvalidInput(msg + " — did you mean " + Quoted(ids) + "? ('returns themes' lists them)");
  std::string all;
  for (const ThemeNames::Name& t : lexicon.themes) all += (all.empty() ? "" : ", ") + t.id;
  return Status::InvalidInput(msg + "; themes are " + all + " (by id or label; 'returns themes' lists them)");
}

// One filter value to check: what it is called, its term prefix, the value.
struct Wanted {
  std::string what;
  const char* prefix;
  std::string value;
};

std::vector<std::string> Keys(const std::map<std::string, unsigned>& counts) {
  std::vector<std::string> out;
  for (const auto& [k, n] : counts) out.push_back(k);
  return out;
}

// The names of the attributes the database holds (as name keys, schema.h),
// and for `name_key` its values whose terms hold them (not hashed), sorted.
void KnownAttributes(const Xapian::Database& db, const std::string& name_key, std::vector<std::string>& names,
                     std::vector<std::string>& values) {
  const std::string prefix = schema::kAttributePrefix;
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    const std::string term = (*t).substr(prefix.size());
    const size_t cut = term.find_first_of("=#");
    const std::string name = term.substr(0, cut);
    if (names.empty() || names.back() != name) names.push_back(name);
    if (name == name_key && cut != std::string::npos && term[cut] == '=') values.push_back(term.substr(cut + 1));
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
}

// OK when some comment has the attribute `name` = `value`; else InvalidInput
// naming the attribute names or the values near it.
Status CheckAttribute(const Xapian::Database& db, const std::string& dir, const std::string& name, const std::string& value) {
  if (db.term_exists(AttributeTerm(name, value))) return Status::OK();
  const std::string key = schema::AttributeNameKey(name);
  std::vector<std::string> names, values;
  KnownAttributes(db, key, names, values);
  auto listed = [](const std::vector<std::string>& all) {
    std::string out;
    for (const std::string& a : all) out += (out.empty() ? "" : ", ") + a;
    return out;
  };
  if (!std::binary_search(names.begin(), names.end(), key)) {
    std::string msg = "no attribute '" + name + "' in " + dir;
    const std::vector<std::string> near = NearestValues(key, names);
    if (!near.empty()) return Status::InvalidInput(msg + " — did you mean " + Quoted(near) + "?");
    return Status::InvalidInput(msg + (names.empty() ? "; its comments have no attributes" : "; attributes there: " + listed(names)));
  }
  std::string msg = "no comment with " + key + " '" + value + "' in " + dir;
  const std::vector<std::string> near = NearestValues(value, values);
  if (!near.empty()) return Status::InvalidInput(msg + " — did you mean " + Quoted(near) + "?");
  return Status::InvalidInput(msg + " (" + std::to_string(values.size()) + " " + key + " values there; none close)");
}

}  // namespace

Status ResolveThemes(std::vector<std::string>& names, const ThemeNames& lexicon) {
  for (std::string& name : names) {
    const std::string id = ThemeOf(name, lexicon);
    if (id.empty()) return UnknownTheme(name, lexicon);
    name = id;
  }
  return Status::OK();
}

Result<std::string> ResolveQueryThemes(const std::string& query, const ThemeNames& lexicon) {
  std::string out;
  size_t done = 0;
  for (const QueryField& f : QueryFields(query)) {
    if (f.field != "theme" && f.field != "pending") continue;
    const std::string id = ThemeOf(f.value, lexicon);
    if (id.empty()) return UnknownTheme(f.value, lexicon);
    out += query.substr(done, f.begin - done) + id;
    done = f.end;
  }
  return out + query.substr(done);
}

Status CheckEmptySelection(const IndexReader& index, const SearchRequest& request, const Register* reg) {
  std::vector<Wanted> wanted;
  if (!request.district.empty()) wanted.push_back({"district", schema::kDistrictPrefix, request.district});
  if (!request.collaborative.empty()) wanted.push_back({"collaborative", schema::kCollaborativePrefix, request.collaborative});
  if (!request.round.empty()) wanted.push_back({"round", schema::kRoundPrefix, request.round});
  if (request.question) wanted.push_back({"question", schema::kQuestionPrefix, std::to_string(request.question)});
  for (const QueryField& f : QueryFields(request.query)) {
    if (f.field == "district") wanted.push_back({"district", schema::kDistrictPrefix, f.value});
    if (f.field == "collaborative") wanted.push_back({"collaborative", schema::kCollaborativePrefix, f.value});
    if (f.field == "round") wanted.push_back({"round", schema::kRoundPrefix, f.value});
    if (f.field == "question") wanted.push_back({"question", schema::kQuestionPrefix, f.value});
    if (f.field == "lead") wanted.push_back({"lead school", schema::kLeadSchoolPrefix, f.value});
  }
  std::vector<std::pair<std::string, std::string>> attributes = request.attributes;
  for (const QueryField& f : QueryFields(request.query)) {
    if (f.field == "attribute") attributes.emplace_back(f.name, f.value);
  }
  if (wanted.empty() && attributes.empty()) return Status::OK();
  try {
    const Xapian::Database& db = index.db();
    for (const auto& [name, value] : attributes) {
      if (Status s = CheckAttribute(db, index.dir(), name, value); !s.ok()) return s;
    }
    for (const Wanted& w : wanted) {
      std::vector<std::string> names{w.value};
      if (reg && w.what == "collaborative") {
        if (!reg->NamedLoosely(w.value).empty() || !reg->Named(w.value).empty()) continue;  // the register knows it
        names = reg->NamesOf(w.value);
      }
      if (w.what == "district") names = DistrictSpellings(w.value);
      const bool held = std::any_of(names.begin(), names.end(), [&](const std::string& name) {
        return db.term_exists(w.prefix + schema::FilterValue(name));
      });
      if (held) continue;
      // Not held: the values that are, as the facets name them (one count over the database).
      std::vector<std::string> known;
      if (w.what == "lead school") {
        const std::string prefix = schema::kLeadSchoolPrefix;
        for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) known.push_back((*t).substr(prefix.size()));
      } else {
        SearchRequest all;
        all.limit = 0;
        Result<SearchResults> counts = Search(index, all);
        if (!counts.ok()) return counts.status();
        const SearchResults& r = counts.value();
        known = Keys(w.what == "district" ? r.district_facets
                     : w.what == "round"  ? r.round_facets
                     : w.what == "question" ? r.question_facets
                                            : r.collaborative_facets);
      }
      std::string msg = "no " + w.what + " '" + w.value + "' in " + index.dir();
      const std::vector<std::string> near = NearestValues(w.value, known);
      if (!near.empty()) return Status::InvalidInput(msg + " — did you mean " + Quoted(near) + "?");
      if (known.size() <= 12) {
        std::string all;
        for (const std::string& k : known) all += (all.empty() ? "" : ", ") + k;
        return Status::InvalidInput(msg + "; it holds " + (known.empty() ? "none" : all));
      }
      return Status::InvalidInput(msg + " (" + std::to_string(known.size()) + " " + w.what + " values there; none close)");
    }
  } catch (const Xapian::Error& e) {
    return Status::IOError(index.dir(), "cannot read the database: " + e.get_msg());
  }
  return Status::OK();
}

}  // namespace returns
