// A comment in its context: the whole return it belongs to with that comment
// marked; its themes and pending marks, and for each tag why — the rule that
// fired and the words it matched; the forms to correct its tags, and the
// corrections made so far.
#include <algorithm>
#include <set>

#include "index/query/return_lookup.h"
#include "index/query/search.h"
#include "pipeline/serve/page.h"
#include "pipeline/serve/pages.h"
#include "pipeline/serve/url.h"
#include "pipeline/writers/html.h"

namespace returns::serve {
namespace {

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : "; ") + s;
  return out;
}

// The comment's text with every theme match marked.
std::string MarkedText(const CommentRecord& c) {
  std::vector<std::pair<size_t, size_t>> spans;
  for (const ThemeMatch& m : c.tagging().matches) spans.emplace_back(m.start, m.end);
  return MarkSpans(c.text, MergeSpans(std::move(spans)), "<mark>", "</mark>", HtmlEscape);
}

// The comment as a report quotes it: “…” (Collaborative, District; Q2, round); no district, none said.
std::string QuoteText(const CommentRecord& c) {
  return "“" + c.text + "” (" + c.collaborative_name() + (c.district.empty() ? "" : ", " + c.district) + "; " + QuestionShort(c.question) +
         (c.round.empty() ? "" : ", " + c.round) + ")";
}

std::string Facts(const CommentRecord& c) {
  std::string out = "<dl class=\"facts\">\n<dt>District</dt><dd>" + HtmlEscape(c.district_shown()) + "</dd>\n";
  if (c.collaborative_canonical && !c.collaborative_canonical->empty() && *c.collaborative_canonical != c.collaborative) {
    out += "<dt>Written as</dt><dd>" + HtmlEscape(c.collaborative) + "</dd>\n";
  }
  out += "<dt>Lead school(s)</dt><dd>" + HtmlEscape(Joined(c.lead_school_names())) + "</dd>\n";
  out += "<dt>Question</dt><dd>" + HtmlEscape(QuestionShort(c.question)) + ": " +
         HtmlEscape(QuestionWordingText(c.question)) + "</dd>\n";
  if (!c.round.empty()) out += "<dt>Round</dt><dd>" + HtmlEscape(c.round) + "</dd>\n";
  if (!c.source.empty()) {
    out += "<dt>Source</dt><dd>" + HtmlEscape(c.source) +
           (c.return_line ? ", from line " + std::to_string(c.return_line) : "") + "</dd>\n";
  }
  return out + "</dl>\n";
}

std::string TheReturn(const Site& site, const std::vector<CommentRecord>& comments, const CommentRecord& chosen,
                      const std::string& back) {
  std::string out = "<section class=\"return\" aria-label=\"The whole return\">\n<h2>The whole return: " +
                    Plural(static_cast<unsigned>(comments.size()), "comment", "comments") + "</h2>\n<ol class=\"comments\">\n";
  std::string last_heading;
  for (const CommentRecord& c : comments) {
    const bool is_chosen = c.comment_key() == chosen.comment_key();
    out += "<li class=\"comment" + std::string(is_chosen ? " this" : "") + "\"" + (is_chosen ? " id=\"this\"" : "") +
           (c.position > 0 ? " value=\"" + std::to_string(c.position) + "\"" : "") + ">\n";
    if (c.heading && *c.heading != last_heading) out += "<p class=\"heading\">" + HtmlEscape(*c.heading) + "</p>\n";
    last_heading = c.heading.value_or("");
    out += "<p class=\"text\">" + MarkedText(c) + "</p>\n<p class=\"tags\">" +
           ThemeChips(site, c.tagging().themes, c.tagging().pending);
    if (!is_chosen) {
      out += "<a class=\"open\" href=\"" + HtmlEscape(CommentUrl(c.round, c.comment_key(), back)) + "#this\">why?</a>";
    } else {
      out += "<span class=\"marker\">this comment</span>";
    }
    out += "</p>\n</li>\n";
  }
  return out + "</ol>\n</section>\n";
}

std::string ReviewButton(const Site& site, const CommentRecord& c, const std::string& here, const std::string& theme) {
  return "<form class=\"review\" method=\"post\" action=\"/corrections\">"
         "<input type=\"hidden\" name=\"token\" value=\"" + HtmlEscape(site.token) + "\">"
         "<input type=\"hidden\" name=\"round\" value=\"" + HtmlEscape(c.round) + "\">"
         "<input type=\"hidden\" name=\"id\" value=\"" + HtmlEscape(c.comment_key()) + "\">"
         "<input type=\"hidden\" name=\"back\" value=\"" + HtmlEscape(here) + "\">"
         "<input type=\"hidden\" name=\"action\" value=\"wrong\">"
         "<input type=\"hidden\" name=\"theme\" value=\"" + HtmlEscape(theme) + "\">"
         "<button type=\"submit\" class=\"wrong\" data-theme=\"" + HtmlEscape(theme) + "\">Mark wrong</button></form>";
}

// Why the comment has each theme: the rules that fired and the words they matched.
std::string Why(const Site& site, const CommentRecord& c, const std::vector<std::string>& officer_themes,
                bool corrected, const std::string& here) {
  const Tagging& t = c.tagging();
  std::string out = "<h2>Why this comment has its themes</h2>\n";
  std::vector<std::string> rows = t.themes;
  for (const std::string& o : officer_themes) {
    if (!Contains(rows, o)) rows.push_back(o);
  }
  if (rows.empty()) {
    out += "<p class=\"none\">The lexicon found no theme in this comment.</p>\n";
  } else {
    out += "<table class=\"evidence\">\n<thead><tr><th>Theme</th><th>Rule that fired</th><th>Words matched</th>"
           "<th>Review</th></tr></thead>\n<tbody>\n";
    for (const std::string& theme : rows) {
      std::vector<const ThemeMatch*> matches;
      for (const ThemeMatch& m : t.matches) {
        if (m.theme == theme) matches.push_back(&m);
      }
      const bool tagged = Contains(t.themes, theme), kept = Contains(officer_themes, theme);
      std::string status;
      if (tagged && Contains(t.pending, theme)) status = " <span class=\"badge pending\">pending</span>";
      if (!corrected) {
      } else if (tagged && !kept) {
        status += " <span class=\"badge wrong\">marked wrong</span>";
      } else if (!tagged) {
        status += " <span class=\"badge added\">added by an officer</span>";
      }
      const size_t span = std::max<size_t>(1, matches.size());
      out += "<tr data-theme=\"" + HtmlEscape(theme) + "\"><th scope=\"row\" rowspan=\"" + std::to_string(span) + "\">" +
             HtmlEscape(site.themes.Label(theme)) + status + "</th>";
      const std::string review = kept ? ReviewButton(site, c, here, theme) : "";
      if (matches.empty()) {
        out += "<td colspan=\"2\" class=\"none\">" +
               std::string(tagged ? "through a narrower theme" : "no rule of the lexicon matched") + "</td><td>" +
               review + "</td></tr>\n";
        continue;
      }
      for (size_t i = 0; i < matches.size(); ++i) {
        const ThemeMatch& m = *matches[i];
        if (i > 0) out += "<tr data-theme=\"" + HtmlEscape(theme) + "\">";
        out += "<td><code>" + HtmlEscape(m.rule) + "</code></td><td>“<mark>" + HtmlEscape(m.text) + "</mark>”" +
               (m.pending ? " <span class=\"badge pending\" title=\"in a clause saying it has not happened yet\">"
                            "pending</span>"
                          : "") +
               "</td>";
        if (i == 0) out += "<td rowspan=\"" + std::to_string(span) + "\">" + review + "</td>";
        out += "</tr>\n";
      }
    }
    out += "</tbody>\n</table>\n";
  }
  // Adding a theme the lexicon missed.
  std::string options;
  for (const ThemeLabel& l : site.themes.themes()) {
    if (!Contains(officer_themes, l.id)) {
      options += "<option value=\"" + HtmlEscape(l.id) + "\">" + HtmlEscape(l.label) + "</option>";
    }
  }
  if (!options.empty()) {
    out += "<form class=\"review add\" method=\"post\" action=\"/corrections\">\n"
           "<input type=\"hidden\" name=\"token\" value=\"" + HtmlEscape(site.token) + "\">\n"
           "<input type=\"hidden\" name=\"round\" value=\"" + HtmlEscape(c.round) + "\">\n"
           "<input type=\"hidden\" name=\"id\" value=\"" + HtmlEscape(c.comment_key()) + "\">\n"
           "<input type=\"hidden\" name=\"back\" value=\"" + HtmlEscape(here) + "\">\n"
           "<input type=\"hidden\" name=\"action\" value=\"missing\">\n"
           // No theme chosen until the officer chooses one: a click on "Add it" alone saves nothing.
           "<label>A theme the lexicon missed: <select name=\"theme\" id=\"missing-theme\" required>"
           "<option value=\"\" selected>choose a theme…</option>" + options +
           "</select></label>\n<button type=\"submit\" class=\"add\">Add it</button>\n</form>\n";
  }
  return out;
}

std::string CorrectionsOf(const Site& site, const std::vector<Correction>& mine) {
  if (mine.empty()) {
    return "<p class=\"note\">Corrections go to <code>" + HtmlEscape(site.corrections.path()) +
           "</code>, never into the index.</p>\n";
  }
  std::string out = "<h3>Corrections of this comment</h3>\n<ul class=\"corrections\">\n";
  for (const Correction& k : mine) {
    out += "<li>" + HtmlEscape(k.at) + ": " + HtmlEscape(site.themes.Label(k.theme)) + " " +
           (k.action == CorrectionAction::kWrong ? "marked wrong" : "added") + "</li>\n";
  }
  return out + "</ul>\n<p class=\"note\">Saved in <code>" + HtmlEscape(site.corrections.path()) +
         "</code>; see <a href=\"/corrections\">all corrections</a>.</p>\n";
}

}  // namespace

HttpResponse CommentPage(const Site& site, const HttpRequest& request) {
  const std::string round = request.Param("round"), id = request.Param("id");
  const std::string back = LocalUrl(request.Param("back"));
  if (id.empty()) return ErrorPage(&site, 400, "Which comment?", "The link names no comment (its id is missing).");
  if (id.size() > 1000 || round.size() > 300) return ErrorPage(&site, 400, "Which comment?", "The comment id is too long.");
  Result<std::optional<CommentRecord>> found = FindComment(site.index, round, id);
  if (!found.ok()) return SearchFailed(site, found.status());
  if (!found.value()) {
    return ErrorPage(&site, 404, "No such comment",
                     "The database holds no comment " + id + (round.empty() ? "" : " in round " + round) +
                         ". It may have been re-indexed or removed since the link was made.");
  }
  const CommentRecord& c = *found.value();
  Result<std::vector<CommentRecord>> comments = ReturnComments(site.index, c);
  if (!comments.ok()) return SearchFailed(site, comments.status());
  Result<std::vector<Correction>> corrections = site.corrections.ReadAll();
  if (!corrections.ok()) {
    return ErrorPage(&site, 500, "The corrections file cannot be read", corrections.status().ToString());
  }
  std::vector<Correction> mine;
  for (const Correction& k : corrections.value()) {
    if (k.id == c.comment_key() && k.round == c.round) mine.push_back(k);
  }
  const std::vector<std::string> officer = CurrentThemes(c, corrections.value());
  const std::string here = CommentUrl(c.round, c.comment_key(), back == "/" ? "" : back);

  std::string main = "<p class=\"back\"><a href=\"" + HtmlEscape(back) + "\">← Back to the search</a></p>\n";
  // Said beside the forms (the aside stays in view), not above the return.
  std::string saved_note;
  if (const std::string saved = request.Param("saved"); saved == "wrong" || saved == "missing") {
    const std::string what = mine.empty() ? "" : site.themes.Label(mine.back().theme) +
                                                     (saved == "wrong" ? " marked wrong" : " added") + ": ";
    saved_note = "<p class=\"saved\" role=\"status\">" + HtmlEscape(what) + "your correction is saved in <code>" +
                 HtmlEscape(site.corrections.path()) + "</code>.</p>\n";
  }
  main += "<header class=\"return-head\">\n<h1>" + HtmlEscape(c.collaborative_name()) + "</h1>\n" + Facts(c) +
          "</header>\n<div class=\"context\">\n" + TheReturn(site, comments.value(), c, back == "/" ? "" : back) +
          "<aside class=\"why\" aria-label=\"This comment's themes and why\">\n" + saved_note +
          "<blockquote class=\"chosen-text\">" +
          MarkedText(c) + "</blockquote>\n<p><button type=\"button\" class=\"copy\" data-quote=\"" +
          HtmlEscape(QuoteText(c)) + "\">Copy as a quote</button></p>\n" + Why(site, c, officer, !mine.empty(), here) + CorrectionsOf(site, mine) +
          "</aside>\n</div>\n";
  return HtmlPage(&site, c.collaborative_name() + " – " + QuestionShort(c.question), "search", main);
}

}  // namespace returns::serve
