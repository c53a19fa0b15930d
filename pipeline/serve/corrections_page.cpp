// The corrections officers made (newest first), and the lexicon measured
// against them: per-theme precision and recall on the corrected comments,
// as `returns evaluate --gold FILE` prints them.
#include <cstdio>
#include <map>

#include "corpus/base/utf8.h"
#include "pipeline/reports/evaluation.h"
#include "pipeline/serve/page.h"
#include "pipeline/serve/pages.h"
#include "pipeline/writers/html.h"

namespace returns::serve {
namespace {

std::string Score(double v) {
  char text[16];
  std::snprintf(text, sizeof text, "%.3f", v);
  return text;
}

// The last correction of each comment, as the gold set evaluate reads.
std::vector<CodedComment> Gold(const std::vector<Correction>& all) {
  std::map<std::pair<std::string, std::string>, size_t> last;
  for (size_t i = 0; i < all.size(); ++i) last[{all[i].round, all[i].id}] = i;
  std::vector<CodedComment> gold;
  for (const auto& [key, i] : last) {
    const Correction& c = all[i];
    CodedComment g;
    g.id = c.id;
    g.where = "corrections:" + std::to_string(c.line);
    g.text = c.text;
    g.question = c.question;
    g.themes = c.themes;
    gold.push_back(std::move(g));
  }
  return gold;
}

std::string EvaluationTable(const Site& site, const std::vector<Correction>& all) {
  std::vector<CodedComment> gold = Gold(all);
  const size_t corrected = gold.size();
  const std::unique_ptr<Evaluation> e = Evaluate(std::move(gold), site.matcher, site.corrections.path());
  std::string out = "<h2>The lexicon on the corrected comments</h2>\n<p>" +
                    Plural(static_cast<unsigned>(corrected), "comment", "comments") +
                    " corrected; each counted once, as its latest correction leaves it. The same figures: <code>returns "
                    "evaluate --gold " + HtmlEscape(site.corrections.path()) + "</code>.</p>\n"
                    "<table class=\"scores\">\n<thead><tr><th>Theme</th><th>Officers</th><th>Lexicon</th><th>Agree</th>"
                    "<th>Precision</th><th>Recall</th><th>F1</th></tr></thead>\n<tbody>\n";
  // The coder (the officers) first, the lexicon second, as evaluate counts them.
  auto row = [&](const std::string& name, const LabelTable& s, const char* cls) {
    out += std::string("<tr") + cls + "><th scope=\"row\">" + HtmlEscape(name) + "</th><td class=\"n\">" +
           std::to_string(s.first()) + "</td><td class=\"n\">" + std::to_string(s.second()) + "</td><td class=\"n\">" +
           std::to_string(s.both) + "</td><td class=\"n\">" + Score(s.precision()) + "</td><td class=\"n\">" +
           Score(s.recall()) + "</td><td class=\"n\">" + Score(s.f1()) + "</td></tr>\n";
  };
  for (const auto& [id, a] : e->agreement.themes) {
    if (a.themes.both + a.themes.first_only + a.themes.second_only == 0) continue;
    row(site.themes.Label(id), a.themes, "");
  }
  row("all themes (micro average)", e->micro(), " class=\"total\"");
  return out + "</tbody>\n</table>\n";
}

}  // namespace

HttpResponse CorrectionsPage(const Site& site, const HttpRequest&) {
  Result<std::vector<Correction>> read = site.corrections.ReadAll();
  if (!read.ok()) return ErrorPage(&site, 500, "The corrections file cannot be read", read.status().ToString());
  const std::vector<Correction>& all = read.value();
  std::string main = "<h1>Corrections</h1>\n<p>Tags officers marked wrong and themes they added, kept in <code>" +
                     HtmlEscape(site.corrections.path()) +
                     "</code> (JSON Lines, one correction a line; the index itself is never changed). Correct a "
                     "comment from its page: search, then <em>Read it in its return</em>.</p>\n";
  if (all.empty()) {
    main += "<p class=\"empty\">No corrections yet.</p>\n";
    return HtmlPage(&site, "Corrections", "corrections", main);
  }
  main += "<table class=\"corrections\">\n<thead><tr><th>When (UTC)</th><th>Comment</th><th>Correction</th>"
          "<th>Themes now</th></tr></thead>\n<tbody>\n";
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    const Correction& k = *it;
    std::string now;
    for (const std::string& t : k.themes) now += (now.empty() ? "" : ", ") + site.themes.Label(t);
    main += "<tr><td>" + HtmlEscape(k.at) + "</td><td><a href=\"" + HtmlEscape(CommentUrl(k.round, k.id)) +
            "#this\">" + HtmlEscape(k.id) + "</a><br><small>" + HtmlEscape(Utf8Prefix(k.text, 160)) +
            (k.text.size() > 160 ? "…" : "") + "</small></td><td>" + HtmlEscape(site.themes.Label(k.theme)) + " " +
            (k.action == CorrectionAction::kWrong ? "<span class=\"badge wrong\">marked wrong</span>"
                                                  : "<span class=\"badge added\">added</span>") +
            "</td><td>" + HtmlEscape(now.empty() ? "(none)" : now) + "</td></tr>\n";
  }
  main += "</tbody>\n</table>\n" + EvaluationTable(site, all);
  return HtmlPage(&site, "Corrections", "corrections", main);
}

}  // namespace returns::serve
