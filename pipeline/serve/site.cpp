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
    if (SelectsEverything(request)) {  // every comment: no search needed
      return SummariseTable(*site.table, site.table->docids(), themes, by, false, listed_only);
    }
    Result<std::vector<unsigned>> selected = SelectDocids(site.index, request);
    if (!selected.ok()) return selected.status();
    return SummariseTable(*site.table, selected.value(), themes, by, false, listed_only);
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
