#include "index/query/filter_values.h"

#include <xapian.h>

#include <algorithm>
#include <utility>

#include "corpus/register/name_form.h"
#include "corpus/text/words.h"
#include "index/store/schema.h"
#include "lexicon/codebook/theme_id.h"

namespace returns {
namespace {

// A value as typed in a query: the field, the value and where the value's text
// (quotes included) is in the query.
struct QueryField {
  std::string field, value;
  size_t begin = 0, end = 0;
};

constexpr std::string_view kFields[] = {"theme", "pending", "district", "collaborative", "lead", "question", "round"};

// The `field:value` and `field:"value"` parts of a query, in order.
std::vector<QueryField> QueryFields(const std::string& q) {
  std::vector<QueryField> out;
  for (size_t i = 0; i < q.size(); ++i) {
    if (i > 0 && q[i - 1] != ' ' && q[i - 1] != '\t' && q[i - 1] != '(' && q[i - 1] != '+' && q[i - 1] != '-') continue;
    for (std::string_view f : kFields) {
      if (q.compare(i, f.size(), f) != 0 || i + f.size() >= q.size() || q[i + f.size()] != ':') continue;
      QueryField field{std::string(f), "", i + f.size() + 1, i + f.size() + 1};
      if (field.begin < q.size() && q[field.begin] == '"') {
        const size_t close = q.find('"', field.begin + 1);
        field.end = close == std::string::npos ? q.size() : close + 1;
        field.value = q.substr(field.begin + 1, (close == std::string::npos ? q.size() : close) - field.begin - 1);
      } else {
        field.end = q.find_first_of(" \t()", field.begin);
        if (field.end == std::string::npos) field.end = q.size();
        field.value = q.substr(field.begin, field.end - field.begin);
      }
      if (!field.value.empty()) out.push_back(std::move(field));
      break;
    }
  }
  return out;
}

std::string Key(std::string_view s) { return AsciiKey(s, ' '); }

std::string Quoted(const std::vector<std::string>& values) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == values.size() ? " or " : ", ") + ("'" + values[i] + "'");
  }
  return out;
}

// The theme `name` stands for (id or label, any case), or empty.
std::string ThemeOf(const std::string& name, const Lexicon& lexicon) {
  const std::string key = Key(name);
  if (key == kNoThemeId) return kNoThemeId;
  for (const Theme& t : lexicon.themes) {
    if (Key(t.id) == key || Key(t.label) == key) return t.id;
  }
  return "";
}

Status UnknownTheme(const std::string& name, const Lexicon& lexicon) {
  std::vector<std::string> names, ids;
  for (const Theme& t : lexicon.themes) {
    names.push_back(t.id);
    names.push_back(t.label);
  }
  for (const std::string& near : NearestValues(name, names, 6)) {
    const std::string id = ThemeOf(near, lexicon);
    if (std::find(ids.begin(), ids.end(), id) == ids.end() && ids.size() < 3) ids.push_back(id);
  }
  std::string msg = "no theme '" + name + "' in the lexicon " + lexicon.name;
  if (!ids.empty()) return Status::InvalidInput(msg + " — did you mean " + Quoted(ids) + "? ('returns themes' lists them)");
  std::string all;
  for (const Theme& t : lexicon.themes) all += (all.empty() ? "" : ", ") + t.id;
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

}  // namespace

std::vector<std::string> NearestValues(std::string_view value, const std::vector<std::string>& known, size_t n) {
  const std::string v = Key(value);
  std::vector<std::pair<size_t, size_t>> ranked;  // distance, index into known
  for (size_t i = 0; i < known.size(); ++i) {
    const std::string k = Key(known[i]);
    if (k.empty() || v.empty()) continue;
    const size_t d = EditDistance(v, k);
    const size_t longer = std::max(v.size(), k.size());
    size_t prefix = 0;
    while (prefix < std::min(v.size(), k.size()) && v[prefix] == k[prefix]) ++prefix;
    const bool near = d * 3 <= longer || (std::min(v.size(), k.size()) >= 3 && (k.find(v) != std::string::npos ||
                                                                                 v.find(k) != std::string::npos)) ||
                      prefix >= 4;
    if (near) ranked.emplace_back(d, i);
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (const auto& [d, i] : ranked) {
    if (out.size() == n) break;
    if (std::find(out.begin(), out.end(), known[i]) == out.end()) out.push_back(known[i]);
  }
  return out;
}

Status ResolveThemes(std::vector<std::string>& names, const Lexicon& lexicon) {
  for (std::string& name : names) {
    const std::string id = ThemeOf(name, lexicon);
    if (id.empty()) return UnknownTheme(name, lexicon);
    name = id;
  }
  return Status::OK();
}

Result<std::string> ResolveQueryThemes(const std::string& query, const Lexicon& lexicon) {
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
  if (wanted.empty()) return Status::OK();
  try {
    const Xapian::Database& db = index.db();
    for (const Wanted& w : wanted) {
      std::vector<std::string> names{w.value};
      if (reg && w.what == "collaborative") {
        if (!reg->NamedLoosely(w.value).empty() || !reg->Named(w.value).empty()) continue;  // the register knows it
        names = reg->NamesOf(w.value);
      }
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
