#include "index/query/summary_table.h"

#include <algorithm>
#include <map>
#include <string>

#include "index/query/facet_table_file.h"
#include "lexicon/codebook/theme_id.h"

namespace returns {
namespace {

constexpr uint32_t kNone = FacetTable::kNone;

// What a pass needs of a selected row, packed together: the passes read a
// compact array in order rather than chasing rows across the table.
struct Selected {
  uint32_t ret, collaborative, what, where;
};

// `rows` ordered by `key` (< `buckets`): a counting sort, O(n + buckets).
template <class Key>
std::vector<Selected> OrderBy(const std::vector<Selected>& rows, size_t buckets, Key key) {
  std::vector<uint32_t> start(buckets + 1, 0);
  for (const Selected& r : rows) ++start[key(r) + 1];
  for (size_t b = 0; b < buckets; ++b) start[b + 1] += start[b];
  std::vector<Selected> out(rows.size());
  for (const Selected& r : rows) out[start[key(r)]++] = r;
  return out;
}

struct Cell {
  unsigned comments = 0, pending = 0, returns = 0, collaboratives = 0;
  uint32_t last_return = kNone, last_collaborative = kNone;
};

}  // namespace

std::vector<Summary> SummariseTable(const FacetTable& table, const std::vector<unsigned>& docids,
                                   const std::vector<ThemeLabel>& themes, const std::vector<SummaryDimension>& dimensions,
                                   bool cooccurrence, bool listed_only) {
  // The selection as a compact array, each row read once; the halves seen.
  std::vector<Selected> selected;
  selected.reserve(docids.size());
  std::vector<bool> what_seen(table.whats().size()), where_seen(table.wheres().size());
  for (unsigned d : docids) {
    const FacetTable::Row& r = table.row(d);
    if (r.where == kNone) continue;
    selected.push_back({r.ret, r.collaborative, r.what, r.where});
    what_seen[r.what] = true;
    where_seen[r.where] = true;
  }

  // Themes by number: the lexicon's, "none", then any other a comment has.
  std::map<std::string, uint32_t> theme_number;
  std::vector<std::string> theme_names;
  auto number = [&](const std::string& id) {
    auto [it, added] = theme_number.emplace(id, static_cast<uint32_t>(theme_names.size()));
    if (added) theme_names.push_back(id);
    return it->second;
  };
  for (const ThemeLabel& t : themes) number(t.id);
  const uint32_t none = number(kNoThemeId);
  const size_t lexicon_themes = theme_names.size();  // these have a row in every table, even at zero
  // Each "what" half seen as theme numbers, with whether the theme is only pending there.
  std::vector<std::vector<std::pair<uint32_t, bool>>> what_themes(table.whats().size());
  for (size_t i = 0; i < what_seen.size(); ++i) {
    if (!what_seen[i]) continue;
    const FacetTable::What& w = table.whats()[i];
    for (const std::string& t : w.themes) {
      if (listed_only && theme_number.find(t) == theme_number.end()) continue;
      const bool pending = std::find(w.pending.begin(), w.pending.end(), t) != w.pending.end();
      what_themes[i].emplace_back(number(t), pending);
    }
    if (w.themes.empty()) what_themes[i].emplace_back(none, false);
  }
  const size_t k_themes = theme_names.size();

  // In order of return and of collaborative, for the distinct counts: once,
  // for every dimension (rows come in docid order, mostly by return already).
  const bool by_return = std::is_sorted(selected.begin(), selected.end(),
                                        [](const Selected& x, const Selected& y) { return x.ret < y.ret; });
  const std::vector<Selected> returns_order =
      by_return ? std::vector<Selected>() : OrderBy(selected, table.returns(), [](const Selected& x) { return x.ret; });
  const std::vector<Selected>& in_return_order = by_return ? selected : returns_order;
  const std::vector<Selected> in_collaborative_order =
      OrderBy(selected, table.collaboratives(), [](const Selected& x) { return x.collaborative; });

  std::vector<Summary> out;
  for (SummaryDimension by : dimensions) {
    Summary& s = out.emplace_back();
    s.themes = themes;
    s.by = by;
    // Groups by number: 0 is the whole selection, 1… the dimension's values; a group a "where" half.
    std::vector<uint32_t> where_group(table.wheres().size(), 0);
    std::vector<std::string> group_values{""};
    if (by != SummaryDimension::kNone) {
      std::map<std::string, uint32_t> group_number;
      for (size_t i = 0; i < where_seen.size(); ++i) {
        if (!where_seen[i]) continue;
        const FacetTable::Where& w = table.wheres()[i];
        std::string value;
        switch (by) {
          case SummaryDimension::kQuestion: value = w.question.empty() ? "0" : w.question; break;
          case SummaryDimension::kDistrict: value = w.district; break;
          case SummaryDimension::kCollaborative: value = w.collaborative; break;
          case SummaryDimension::kRound: value = w.round; break;
          case SummaryDimension::kNone: break;
        }
        auto [it, added] = group_number.emplace(value, static_cast<uint32_t>(group_values.size()));
        if (added) group_values.push_back(value);
        where_group[i] = it->second;
      }
    }
    const size_t groups = group_values.size();
    std::vector<Cell> totals(groups), cells(groups * k_themes);
    auto each_cell = [&](const Selected& r, auto&& f) {
      const uint32_t group = where_group[r.where];
      for (uint32_t g : {0u, group}) {
        f(totals[g], nullptr);
        for (const auto& [k, pending] : what_themes[r.what]) f(cells[g * k_themes + k], &pending);
        if (g == group) break;  // no dimension: group 0 only, once
      }
    };
    for (const Selected& r : selected) {
      each_cell(r, [](Cell& c, const bool* pending) {
        ++c.comments;
        if (pending && *pending) ++c.pending;
      });
    }
    // Distinct returns and collaboratives: rows in order of each, counted where it changes.
    for (const Selected& r : in_return_order) {
      each_cell(r, [ret = r.ret](Cell& c, const bool*) {
        if (c.last_return != ret) ++c.returns, c.last_return = ret;
      });
    }
    for (const Selected& r : in_collaborative_order) {
      each_cell(r, [collaborative = r.collaborative](Cell& c, const bool*) {
        if (c.last_collaborative != collaborative) ++c.collaboratives, c.last_collaborative = collaborative;
      });
    }

    auto fill = [&](uint32_t g, SelectionTotals& out_totals, std::map<std::string, ThemeCounts>& into) {
      const Cell& t = totals[g];
      out_totals = {t.comments, t.returns, t.collaboratives};
      for (size_t k = 0; k < k_themes; ++k) {
        const Cell& c = cells[g * k_themes + k];
        if (k >= lexicon_themes && c.comments == 0) continue;
        ThemeCounts& tc = into[theme_names[k]];
        tc.comments = c.comments;
        tc.pending = c.pending;
        tc.returns = c.returns;
        tc.collaboratives = c.collaboratives;
        tc.collaborative_share = t.collaboratives ? static_cast<double>(c.collaboratives) / t.collaboratives : 0;
      }
    };
    fill(0, s.totals, s.overall);
    if (by != SummaryDimension::kNone) {
      for (uint32_t g = 1; g < groups; ++g) {
        s.by_values.push_back(group_values[g]);
        fill(g, s.by_totals[group_values[g]], s.by_counts[group_values[g]]);
      }
      SortDimensionValues(s);
    }
  }
  if (cooccurrence && !out.empty()) {  // the same for every dimension: counted once
    ZeroCooccurrence(out.front());
    std::vector<unsigned> what_comments(table.whats().size());
    for (const Selected& r : selected) ++what_comments[r.what];
    for (size_t w = 0; w < what_comments.size(); ++w) {
      if (what_comments[w] == 0) continue;
      const auto& list = table.whats()[w].themes;
      for (const std::string& x : list) {
        for (const std::string& y : list) out.front().cooccurrence[x][y] += what_comments[w];
      }
    }
    for (size_t i = 1; i < out.size(); ++i) out[i].cooccurrence = out.front().cooccurrence;
  }
  return out;
}

Summary SummariseTable(const FacetTable& table, const std::vector<unsigned>& docids, const std::vector<ThemeLabel>& themes,
                       SummaryDimension by, bool cooccurrence, bool listed_only) {
  return std::move(SummariseTable(table, docids, themes, std::vector<SummaryDimension>{by}, cooccurrence, listed_only).front());
}

Result<std::optional<Summary>> SummariseLargeSelection(const IndexReader& index, const SearchRequest& request,
                                                       const std::vector<ThemeLabel>& themes, SummaryDimension by,
                                                       bool cooccurrence) {
  if (index.shards().size() != index.db().size()) return std::optional<Summary>();  // remote shards: no table
  Result<std::vector<unsigned>> docids = SelectDocids(index, request);
  if (!docids.ok()) return docids.status();
  if (docids.value().size() * 12 <= index.db().get_doccount()) return std::optional<Summary>();
  std::optional<FacetTable> table = FacetTableFor(index);  // the one `index` kept
  if (!table) {
    Result<FacetTable> built = FacetTable::Build(index);
    if (!built.ok()) return std::optional<Summary>();  // remote shards: read the comments
    table.emplace(std::move(built).value());
  }
  return std::optional<Summary>(SummariseTable(*table, docids.value(), themes, by, cooccurrence));
}

}  // namespace returns
