#include "pipeline/serve/site.h"

#include "index/query/selection.h"
#include "index/query/summary_table.h"

namespace returns::serve {
namespace {

bool SelectsEverything(const SearchRequest& r) {
  return r.query.find_first_not_of(" \t") == std::string::npos && r.themes.empty() && r.district.empty() &&
         r.collaborative.empty() && r.round.empty() && r.question == 0 && r.attributes.empty() && r.pending.empty();
}

}  // namespace

SearchRequest SiteRequest(const Site& site, const SearchState& state, unsigned page_size) {
  SearchRequest r = ToSearchRequest(state, page_size);
  r.table = site.table;
  return r;
}

Result<std::vector<Summary>> SummariseSelection(const Site& site, const SearchRequest& request,
                                                const std::vector<ThemeLabel>& themes,
                                                const std::vector<SummaryDimension>& by, bool listed_only) {
  std::vector<Summary> out;
  if (site.table && site.table->comments() == site.info.documents) {
    std::vector<unsigned> docids;
    if (SelectsEverything(request)) {
      docids = site.table->in_order();  // every comment: no search needed
    } else {
      Result<std::vector<unsigned>> selected = SelectDocids(site.index, request);
      if (!selected.ok()) return selected.status();
      docids = std::move(selected).value();
    }
    for (SummaryDimension d : by) out.push_back(SummariseTable(*site.table, docids, themes, d, false, listed_only));
    return out;
  }
  Result<std::vector<CommentRecord>> comments = Select(site.index, request);
  if (!comments.ok()) return comments.status();
  for (SummaryDimension d : by) out.push_back(Summarise(comments.value(), themes, d, false));
  return out;
}

Result<Summary> SummariseSelection(const Site& site, const SearchRequest& request, const std::vector<ThemeLabel>& themes,
                                   SummaryDimension by) {
  Result<std::vector<Summary>> one = SummariseSelection(site, request, themes, std::vector<SummaryDimension>{by});
  if (!one.ok()) return one.status();
  return std::move(one.value().front());
}

}  // namespace returns::serve
