#include "index/query/facet_counts.h"

#include <array>
#include <map>

#include "index/store/facet_value.h"
#include "index/store/schema.h"

namespace returns {
namespace {

}  // namespace

void FacetSpy::operator()(const Xapian::Document& doc, double) {
  value_ = doc.get_value(schema::kFacetsSlot);
  Count(value_);
}

void FacetSpy::Count(std::string_view value) {
  std::string_view where, what;
  if (!SplitFacets(value, where, what)) return;  // not this schema's: counted nowhere (the schema is checked on opening)
  Half& w = where_.Find(where, UnpackWhere);
  Half& t = what_.Find(what, UnpackWhat);
  if (w.valid && t.valid) {
    ++w.comments;
    ++t.comments;
  }
}

void FacetSpy::AddTo(SearchResults& r) const {
  FacetFields f;
  auto add = [](std::map<std::string, unsigned>& facet, std::string_view name, unsigned n) {
    if (!name.empty()) facet[std::string(name)] += n;
  };
  for (const auto& [where, half] : where_.halves()) {
    if (half.comments == 0 || !UnpackWhere(where, f)) continue;
    add(r.district_facets, f.district, half.comments);
    add(r.collaborative_facets, f.collaborative, half.comments);
    add(r.question_facets, f.question, half.comments);
    add(r.round_facets, f.round, half.comments);
  }
  for (const auto& [what, half] : what_.halves()) {
    if (half.comments == 0 || !UnpackWhat(what, f)) continue;
    for (std::string_view t : f.themes) add(r.theme_facets, t, half.comments);
    for (std::string_view t : f.pending) add(r.pending_facets, t, half.comments);
  }
}

FacetSpy::Half& FacetSpy::Halves::Find(std::string_view bytes, bool (*unpack)(std::string_view, FacetFields&)) {
  if (last_ && last_->first == bytes) return last_->second;
  auto it = map_.find(bytes);
  if (it == map_.end()) {
    FacetFields scratch;
    it = map_.emplace(std::string(bytes), Half{unpack(bytes, scratch), 0}).first;
  }
  last_ = &*it;
  return it->second;
}

void CountFromTable(const FacetTable& table, const std::vector<unsigned>& docids, SearchResults& r) {
  std::vector<unsigned> where(table.wheres().size()), what(table.whats().size());
  for (unsigned d : docids) {
    const FacetTable::Row& row = table.row(d);
    if (row.where == FacetTable::kNone) continue;  // as FacetSpy: not this schema's value, counted nowhere
    ++where[row.where];
    ++what[row.what];
  }
  // Added up by name number, then each name put in its facet once.
  std::array<std::vector<unsigned>, FacetTable::kFacetKinds> by_name;
  for (int k = 0; k < FacetTable::kFacetKinds; ++k) by_name[k].assign(table.facet_names(k).size(), 0);
  for (uint32_t w = 0; w < where.size(); ++w) {
    if (where[w] == 0) continue;
    const std::array<uint32_t, 4>& names = table.place_names(w);
    for (int k = 0; k < 4; ++k) {
      if (names[k] != FacetTable::kNone) by_name[k][names[k]] += where[w];
    }
  }
  for (uint32_t h = 0; h < what.size(); ++h) {
    if (what[h] == 0) continue;
    for (const uint32_t n : table.theme_names(h)) by_name[FacetTable::kThemeFacet][n] += what[h];
    for (const uint32_t n : table.pending_names(h)) by_name[FacetTable::kPendingFacet][n] += what[h];
  }
  std::map<std::string, unsigned>* facets[FacetTable::kFacetKinds] = {
      &r.district_facets, &r.collaborative_facets, &r.question_facets, &r.round_facets, &r.theme_facets, &r.pending_facets};
  for (int k = 0; k < FacetTable::kFacetKinds; ++k) {
    for (size_t n = 0; n < by_name[k].size(); ++n) {
      if (by_name[k][n] > 0) (*facets[k])[table.facet_names(k)[n]] += by_name[k][n];
    }
  }
}

void AddFacets(std::string_view packed, unsigned n, SearchResults& r) {
  thread_local FacetFields f;
  if (!UnpackFacets(packed, f)) return;  // not this schema's: counted nowhere (the schema is checked on opening)
  auto add = [n](std::map<std::string, unsigned>& facet, std::string_view value) {
    if (!value.empty()) facet[std::string(value)] += n;
  };
  add(r.district_facets, f.district);
  add(r.collaborative_facets, f.collaborative);
  add(r.question_facets, f.question);
  add(r.round_facets, f.round);
  for (std::string_view t : f.themes) add(r.theme_facets, t);
  for (std::string_view t : f.pending) add(r.pending_facets, t);
}

void CountAllFromTerms(const Xapian::Database& db, SearchResults& r) {
  FacetFields f;
  std::string packed;  // f views into it
  auto first = [&](const std::string& term) {
    packed = db.get_document(*db.postlist_begin(term)).get_value(schema::kFacetsSlot);
    return UnpackFacets(packed, f);
  };
  auto one = [&](const char* prefix, std::map<std::string, unsigned>& facet, std::string_view FacetFields::*field) {
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
      if (it.get_termfreq() > 0 && first(*it) && !(f.*field).empty()) facet[std::string(f.*field)] += it.get_termfreq();
    }
  };
  // Themes: the one of the first comment's themes the term files.
  auto many = [&](const char* prefix, std::map<std::string, unsigned>& facet, std::vector<std::string_view> FacetFields::*field) {
    const size_t skip = std::string_view(prefix).size();
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
      if (it.get_termfreq() == 0 || !first(*it)) continue;
      const std::string value = (*it).substr(skip);
      for (std::string_view t : f.*field) {
        if (schema::FilterValue(t) == value) {
          facet[std::string(t)] += it.get_termfreq();
          break;
        }
      }
    }
  };
  one(schema::kDistrictPrefix, r.district_facets, &FacetFields::district);
  one(schema::kCollaborativePrefix, r.collaborative_facets, &FacetFields::collaborative);
  one(schema::kQuestionPrefix, r.question_facets, &FacetFields::question);
  one(schema::kRoundPrefix, r.round_facets, &FacetFields::round);
  many(schema::kThemePrefix, r.theme_facets, &FacetFields::themes);  // XTnone: no theme of it, counted nowhere
  many(schema::kPendingPrefix, r.pending_facets, &FacetFields::pending);
}

}  // namespace returns
