#include "pipeline/serve/page.h"

#include <algorithm>

#include "corpus/register/question.h"
#include "pipeline/serve/url.h"
#include "pipeline/writers/html.h"

namespace returns::serve {

std::string PageStart(const Site* site, const std::string& title, const std::string& section) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
      HtmlEscape(title) +
      " · returns</title>\n<link rel=\"icon\" href=\"/assets/icon.svg\" type=\"image/svg+xml\">\n"
      "<link rel=\"stylesheet\" href=\"/assets/style.css\">\n"
      "<script src=\"/assets/app.js\" defer></script>\n</head>\n<body>\n<header class=\"bar\">\n"
      "<a class=\"brand\" href=\"/\">returns</a>\n<nav>\n";
  const std::pair<const char*, const char*> sections[] = {
      {"search", "Search"}, {"themes", "Themes"}, {"summary", "Summary"}, {"corrections", "Corrections"}};
  for (const auto& [id, name] : sections) {
    std::string href = "/";  // appended, not operator+: GCC 12 warns falsely (-Wrestrict) on the latter
    if (std::string_view(id) != "search") href += id;
    out += "<a href=\"" + href + "\"" + (section == id ? " class=\"here\" aria-current=\"page\"" : "") + ">" + name +
           "</a>\n";
  }
  out += "</nav>\n";
  if (site) {
    out += "<span class=\"db\" title=\"" + HtmlEscape(site->index.dir()) + "\">" + HtmlEscape(site->index.dir()) +
           " · " + Plural(site->info.documents, "comment", "comments") + " · " +
           Plural(site->info.returns, "return", "returns") + " · lexicon " + HtmlEscape(site->info.lexicon_name) +
           " " + HtmlEscape(site->info.lexicon_version) + "</span>\n";
  }
  out += "</header>\n<main>\n";
  return out;
}

std::string PageEnd() { return "</main>\n</body>\n</html>\n"; }

HttpResponse HtmlPage(const Site* site, const std::string& title, const std::string& section,
                      const std::string& main_html, int status) {
  HttpResponse r;
  r.status = status;
  r.body = PageStart(site, title, section) + main_html + PageEnd();
  return r;
}

HttpResponse ErrorPage(const Site* site, int status, const std::string& title, const std::string& message,
                       const std::string& extra_html) {
  const std::string main = "<section class=\"error\">\n<h1>" + HtmlEscape(title) + "</h1>\n<p class=\"problem\">" +
                           HtmlEscape(message) + "</p>\n" + extra_html +
                           "<p><a href=\"/\">Start a new search</a></p>\n</section>\n";
  return HtmlPage(site, title, "", main, status);
}

std::string QuestionShort(int question) {
  static const char* const kShort[] = {"", "Activity", "Progress", "Strengths", "Development", "Other comments"};
  if (question < 1 || question > 5) return "Question unknown";
  std::string out = "Q";  // appended, not operator+: GCC 12 warns falsely (-Wrestrict) on the latter
  out += std::to_string(question);
  out += ' ';
  out += kShort[question];
  return out;
}

std::string QuestionWordingText(int question) {
  if (question < 1 || question > 5) return "The record does not say which question it answers.";
  return std::string(QuestionWording(question));
}

std::string ThemeChips(const Site& site, const std::vector<std::string>& themes,
                       const std::vector<std::string>& pending) {
  if (themes.empty()) return "<span class=\"none\">no themes</span>";
  std::string out;
  for (const std::string& t : themes) {
    const bool is_pending = std::find(pending.begin(), pending.end(), t) != pending.end();
    out += "<span class=\"chip" + std::string(is_pending ? " pending" : "") + "\" data-theme=\"" + HtmlEscape(t) +
           "\"" + (is_pending ? " title=\"pending: planned, not yet done\"" : "") + ">" +
           HtmlEscape(site.themes.Label(t)) + (is_pending ? " <small>(pending)</small>" : "") + "</span> ";
  }
  return out;
}

std::string CommentUrl(const std::string& round, const std::string& comment_key, const std::string& back) {
  return Link("/comment", {{"round", round}, {"id", comment_key}, {"back", back}});
}

std::string LocalUrl(const std::string& url) {
  if (url.empty() || url[0] != '/' || (url.size() > 1 && (url[1] == '/' || url[1] == '\\'))) return "/";
  for (char c : url) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return "/";
  }
  return url;
}

std::string Plural(unsigned n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace returns::serve
