#include "index/store/facet_value.h"

#include "index/store/packed.h"
#include "index/store/schema.h"

namespace returns {

std::string PackFacets(const CommentRecord& c) {
  std::string out;
  packed::AppendString(out, c.district);
  packed::AppendString(out, c.collaborative_name());
  packed::AppendString(out, c.question ? std::to_string(c.question) : std::string());
  packed::AppendString(out, c.round);
  const Tagging& tags = c.tagging();
  for (const auto* list : {&tags.themes, &tags.pending}) {
    packed::AppendVarint(out, list->size());
    for (const std::string& t : *list) packed::AppendString(out, t);
  }
  return out;
}

bool SplitFacets(std::string_view packed, std::string_view& where, std::string_view& what) {
  std::string_view in = packed, field;
  for (int i = 0; i < 4; ++i) {
    if (!packed::ReadString(in, field)) return false;
  }
  where = packed.substr(0, packed.size() - in.size());
  what = in;
  return true;
}

bool UnpackWhere(std::string_view in, FacetFields& out) {
  for (std::string_view* field : {&out.district, &out.collaborative, &out.question, &out.round}) {
    if (!packed::ReadString(in, *field)) return false;
  }
  return in.empty();
}

bool UnpackWhat(std::string_view in, FacetFields& out) {
  for (auto* list : {&out.themes, &out.pending}) {
    uint64_t n = 0;
    if (!packed::ReadVarint(in, n) || n > in.size()) return false;
    list->resize(n);
    for (std::string_view& t : *list) {
      if (!packed::ReadString(in, t)) return false;
    }
  }
  return in.empty();
}

bool UnpackFacets(std::string_view in, FacetFields& out) {
  std::string_view where, what;
  return SplitFacets(in, where, what) && UnpackWhere(where, out) && UnpackWhat(what, out);
}

std::vector<std::pair<std::string, std::string>> FacetTerms(const CommentRecord& c) {
  std::vector<std::pair<std::string, std::string>> out;
  auto add = [&](const char* prefix, const std::string& name) {
    if (!name.empty()) out.emplace_back(prefix + schema::FilterValue(name), name);
  };
  add(schema::kDistrictPrefix, c.district);
  add(schema::kCollaborativePrefix, c.collaborative_name());
  add(schema::kRoundPrefix, c.round);
  for (const std::string& t : c.tagging().themes) add(schema::kThemePrefix, t);
  for (const std::string& t : c.tagging().pending) add(schema::kPendingPrefix, t);
  return out;
}

std::string NameUnder(std::string_view packed, const std::string& term) {
  FacetFields f;
  if (!UnpackFacets(packed, f)) return {};
  auto under = [&](const char* prefix, std::string_view name) {
    const size_t n = std::string_view(prefix).size();
    return !name.empty() && term.compare(0, n, prefix) == 0 && term.compare(n, std::string::npos, schema::FilterValue(name)) == 0;
  };
  for (const auto& [prefix, name] : {std::pair{schema::kDistrictPrefix, f.district},
                                     std::pair{schema::kCollaborativePrefix, f.collaborative},
                                     std::pair{schema::kRoundPrefix, f.round}}) {
    if (under(prefix, name)) return std::string(name);
  }
  for (std::string_view t : f.themes) {
    if (under(schema::kThemePrefix, t)) return std::string(t);
  }
  for (std::string_view t : f.pending) {
    if (under(schema::kPendingPrefix, t)) return std::string(t);
  }
  return {};
}

}  // namespace returns
