// A correction from the comment page's forms (POST /corrections): a tag
// marked wrong or a missing theme added, appended to the corrections file;
// then back to the comment. The App has checked the page token already.
#include <ctime>

#include "index/query/return_lookup.h"
#include "pipeline/serve/page.h"
#include "pipeline/serve/pages.h"

namespace returns::serve {
namespace {

std::string UtcNow() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return text;
}

}  // namespace

HttpResponse PostCorrection(const Site& site, const HttpRequest& request) {
  const std::string round = request.Param("round"), id = request.Param("id"), theme = request.Param("theme");
  CorrectionAction action;
  if (!ActionNamed(request.Param("action"), action)) {
    return ErrorPage(&site, 400, "The correction was not saved", "The form said neither 'wrong' nor 'missing'.");
  }
  if (id.empty() || theme.empty()) {
    return ErrorPage(&site, 400, "The correction was not saved", "The form named no comment or no theme.");
  }
  if (action == CorrectionAction::kMissing && !site.themes.Has(theme)) {
    return ErrorPage(&site, 400, "The correction was not saved", "The lexicon has no theme '" + theme + "'.");
  }
  Result<std::optional<CommentRecord>> found = FindComment(site.index, round, id);
  if (!found.ok()) return SearchFailed(site, found.status());
  if (!found.value()) {
    return ErrorPage(&site, 404, "The correction was not saved", "The database holds no comment " + id + ".");
  }
  Result<std::vector<Correction>> earlier = site.corrections.ReadAll();
  if (!earlier.ok()) return ErrorPage(&site, 500, "The correction was not saved", earlier.status().ToString());
  Result<Correction> correction = MakeCorrection(*found.value(), earlier.value(), action, theme, UtcNow());
  if (!correction.ok()) {
    return ErrorPage(&site, 409, "The correction was not saved", correction.status().message() +
                                                                     " (another window may have corrected it already).");
  }
  if (Status s = site.corrections.Append(correction.value()); !s.ok()) {
    return ErrorPage(&site, 500, "The correction was not saved", s.ToString());
  }
  std::string back = LocalUrl(request.Param("back"));
  if (back.rfind("/comment?", 0) != 0) back = CommentUrl(round, id);
  return Redirect(back + "&saved=" + ActionName(action));
}

}  // namespace returns::serve
