#include "pipeline/serve/app.h"

#include <catch2/catch.hpp>

#include <fstream>

#include <regex>

#include "index/query/return_lookup.h"
#include "index/query/search.h"
#include "tests/pipeline/office_parts.h"
#include "tests/pipeline/serve/serve_fixture.h"

using namespace returns::serve;
using returns::test::Databases;
using returns::test::Get;
using returns::test::OpenApp;
using returns::test::TempDir;

namespace {

// The facet `name`'s values and counts as the page shows them.
std::map<std::string, unsigned> Facet(const std::string& html, const std::string& name) {
  std::map<std::string, unsigned> out;
  const size_t start = html.find("data-facet=\"" + name + "\"");
  if (start == std::string::npos) return out;
  const size_t end = html.find("</section>", start);
  const std::string section = html.substr(start, end - start);
  static const std::regex value(R"re(data-value="([^"]*)"[^>]*>.*?<span class="count">([0-9]+)</span>)re");
  for (std::sregex_iterator it(section.begin(), section.end(), value), stop; it != stop; ++it) {
    out[(*it)[1]] = static_cast<unsigned>(std::stoul((*it)[2]));
  }
  return out;
}

returns::SearchResults SearchDb(const std::string& db, returns::SearchRequest request) {
  auto index = returns::IndexReader::Open(db);
  REQUIRE(index.ok());
  auto r = returns::Search(index.value(), request);
  INFO(r.status().ToString());
  REQUIRE(r.ok());
  return std::move(r).value();
}

// Escaped forms of "&" turned back, as a page's text reads to a person: for comparing names.
std::string Unescaped(std::string s) {
  const std::pair<std::string, std::string> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities) {
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
  }
  return s;
}

// No markup from the data: the only script is the page's own, and no element
// or event handler a hostile value carries became markup.
void CheckNoInjectedMarkup(const std::string& body) {
  INFO(body.substr(0, 3000));
  size_t scripts = 0;
  for (size_t at = body.find("<script"); at != std::string::npos; at = body.find("<script", at + 1)) {
    CHECK(body.compare(at, 44, "<script src=\"/assets/app.js\" defer></script>") == 0);
    ++scripts;
  }
  CHECK(scripts <= 1);
  for (const char* raw : {"<img", "<b>CE", "<i>Lead", "onerror=\"", "onmouseover=\"", "onfocus=\"", "onload=\"",
                          "</title></text>", "onmouseover='"}) {
    CHECK(body.find(raw) == std::string::npos);
  }
}

}  // namespace

TEST_CASE("serve: the search page's facet counts are those of search, over the whole match set", "[serve][app]") {
  TempDir tmp;
  auto app = OpenApp(Databases().corpus, tmp / "corrections.jsonl");
  const HttpResponse r = app->Handle(Get("/", {{"theme", "moderation"}, {"district", "Dover"}}));
  REQUIRE(r.status == 200);
  returns::SearchRequest request;
  request.themes = {"moderation"};
  request.district = "Dover";
  const returns::SearchResults expected = SearchDb(Databases().corpus, request);
  REQUIRE(expected.total > 0);
  CHECK(r.body.find("<b id=\"total\">" + std::to_string(expected.total) + "</b>") != std::string::npos);
  CHECK(Facet(r.body, "theme") == expected.theme_facets);
  CHECK(Facet(r.body, "district") == expected.district_facets);
  CHECK(Facet(r.body, "question") == expected.question_facets);
  std::map<std::string, unsigned> collaboratives;
  for (const auto& [name, n] : Facet(r.body, "collaborative")) collaboratives[Unescaped(name)] = n;
  CHECK(collaboratives == expected.collaborative_facets);
  CHECK(Facet(r.body, "round") == expected.round_facets);
  // Both filters are shown as chosen, each with a link that takes it away.
  CHECK(r.body.find("class=\"facet-value chosen\" href=\"/?district=Dover\" data-value=\"moderation\"") !=
        std::string::npos);
  CHECK(r.body.find("class=\"facet-value chosen\" href=\"/?theme=moderation\" data-value=\"Dover\"") != std::string::npos);
}

TEST_CASE("serve: results page by page, each hit with its place and a link to its return", "[serve][app]") {
  TempDir tmp;
  auto app = OpenApp(Databases().corpus, tmp / "corrections.jsonl");
  const HttpResponse first = app->Handle(Get("/", {{"q", "staff"}}));
  REQUIRE(first.status == 200);
  returns::SearchRequest request;
  request.query = "staff";
  request.limit = 20;
  const returns::SearchResults expected = SearchDb(Databases().corpus, request);
  REQUIRE(expected.total > 20);
  const std::regex hit("<li class=\"hit\"");
  CHECK(std::distance(std::sregex_iterator(first.body.begin(), first.body.end(), hit), std::sregex_iterator()) == 20);
  CHECK(first.body.find("<mark>staff") != std::string::npos);
  CHECK(first.body.find(">Next ›</a>") != std::string::npos);
  const auto& top = expected.hits.front().comment;
  CHECK(first.body.find(Unescaped(top.lead_school_names().front())) != std::string::npos);
  const HttpResponse second = app->Handle(Get("/", {{"q", "staff"}, {"page", "2"}}));
  REQUIRE(second.status == 200);
  CHECK(second.body.find("<li class=\"hit\" value=\"21\">") != std::string::npos);
  CHECK(second.body.find("‹ Previous") != std::string::npos);
  // A page past the end goes back to the first.
  const HttpResponse past = app->Handle(Get("/", {{"q", "staff"}, {"page", "999"}}));
  CHECK(past.status == 303);
}

TEST_CASE("serve: a comment in its whole return, with the rule and words behind each tag", "[serve][app]") {
  TempDir tmp;
  auto app = OpenApp(Databases().corpus, tmp / "corrections.jsonl");
  returns::SearchRequest request;
  request.themes = {"moderation"};
  request.limit = 1;
  const returns::CommentRecord c = SearchDb(Databases().corpus, request).hits.at(0).comment;
  const HttpResponse r = app->Handle(Get("/comment", {{"round", c.round}, {"id", c.comment_key()}}));
  REQUIRE(r.status == 200);
  auto index = returns::IndexReader::Open(Databases().corpus);
  const auto all = returns::ReturnComments(index.value(), c);
  REQUIRE(all.ok());
  const std::regex comment("<li class=\"comment");
  CHECK(static_cast<size_t>(std::distance(std::sregex_iterator(r.body.begin(), r.body.end(), comment),
                                          std::sregex_iterator())) == all.value().size());
  CHECK(r.body.find("<li class=\"comment this\" id=\"this\"") != std::string::npos);
  for (const returns::ThemeMatch& m : c.tagging().matches) {
    CHECK(r.body.find("<code>" + m.rule + "</code>") != std::string::npos);
  }
  CHECK(r.body.find("name=\"token\" value=\"" + app->token() + "\"") != std::string::npos);
  // The missing-theme list starts on no theme, and the browser will not send the form without one.
  CHECK(r.body.find("<select name=\"theme\" id=\"missing-theme\" required><option value=\"\" selected>choose a "
                    "theme…</option><option ") != std::string::npos);
  const HttpResponse missing = app->Handle(Get("/comment", {{"round", "2013-03"}, {"id", "q9/nothing#1"}}));
  CHECK(missing.status == 404);
  CHECK(missing.body.find("holds no comment q9/nothing#1") != std::string::npos);
}

TEST_CASE("serve: a correction needs the page's token and lands in the corrections file", "[serve][app][review]") {
  TempDir tmp;
  const std::string file = tmp / "corrections.jsonl";
  auto app = OpenApp(Databases().corpus, file);
  returns::SearchRequest request;
  request.themes = {"moderation"};
  request.limit = 1;
  const returns::CommentRecord c = SearchDb(Databases().corpus, request).hits.at(0).comment;
  HttpRequest post = Get("/corrections", {{"round", c.round}, {"id", c.comment_key()}, {"action", "wrong"},
                                          {"theme", "moderation"}, {"back", "/comment?id=x"}});
  post.method = "POST";
  CHECK(app->Handle(post).status == 403);  // no token
  post.params.emplace("token", "0123456789abcdef0123456789abcdef");
  CHECK(app->Handle(post).status == 403);  // not this page's token
  CHECK_FALSE(std::filesystem::exists(file));
  post.params.erase("token");
  post.params.emplace("token", app->token());
  post.origin = "http://evil.example";
  CHECK(app->Handle(post).status == 403);  // from another site
  post.origin = "http://127.0.0.1:8080";
  const HttpResponse saved = app->Handle(post);
  REQUIRE(saved.status == 303);
  CHECK(saved.Header("Location") == "/comment?id=x&saved=wrong");
  const std::string line = returns::test::ReadBytes(file);
  CHECK(line.find("\"id\":\"" + c.comment_key() + "\"") != std::string::npos);
  CHECK(line.find("\"correction\":{\"action\":\"wrong\",\"theme\":\"moderation\"}") != std::string::npos);
  // Again: nothing left to mark wrong.
  CHECK(app->Handle(post).status == 409);
  // The page lists it, and the comment's page shows it marked.
  const HttpResponse list = app->Handle(Get("/corrections"));
  CHECK(list.body.find("marked wrong") != std::string::npos);
  CHECK(list.body.find("micro average") != std::string::npos);
  const HttpResponse page = app->Handle(Get("/comment", {{"round", c.round}, {"id", c.comment_key()}}));
  CHECK(page.body.find("<span class=\"badge wrong\">marked wrong</span>") != std::string::npos);
  // A theme the lexicon does not have cannot be added.
  post.params.erase("action");
  post.params.emplace("action", "missing");
  post.params.erase("theme");
  post.params.emplace("theme", "no_such_theme");
  CHECK(app->Handle(post).status == 400);
}

TEST_CASE("serve: markup typed into a query comes back as text", "[serve][app][safety]") {
  TempDir tmp;
  auto app = OpenApp(Databases().corpus, tmp / "corrections.jsonl");
  const std::string typed = "<script>document.body.dataset.pwned=1</script> <b>bold</b> \"'&";
  const HttpResponse r = app->Handle(Get("/", {{"q", typed}}));
  CHECK((r.status == 200 || r.status == 400));
  CheckNoInjectedMarkup(r.body);
  CHECK(r.body.find("<b>bold") == std::string::npos);
  CHECK(r.body.find("&lt;script&gt;document.body.dataset.pwned=1&lt;/script&gt; &lt;b&gt;bold&lt;/b&gt;") !=
        std::string::npos);
}

TEST_CASE("serve: hostile names, labels and comments are shown as text on every page", "[serve][app][safety]") {
  TempDir tmp;
  auto app = OpenApp(Databases().hostile, tmp / "corrections.jsonl");
  std::vector<HttpRequest> pages = {Get("/"), Get("/", {{"q", "moderation"}}), Get("/themes"),
                                    Get("/theme", {{"id", "moderation"}}), Get("/theme", {{"id", "learning_walks"}}),
                                    Get("/summary"), Get("/corrections")};
  returns::SearchRequest all;
  all.limit = 100;
  const returns::SearchResults every = SearchDb(Databases().hostile, all);
  REQUIRE(every.total > 3);
  for (const returns::SearchHit& h : every.hits) {
    pages.push_back(Get("/comment", {{"round", h.comment.round}, {"id", h.comment.comment_key()}}));
    for (const std::string& theme : h.comment.tagging().themes) {
      HttpRequest post = Get("/corrections", {{"round", h.comment.round}, {"id", h.comment.comment_key()},
                                              {"action", "wrong"}, {"theme", theme}, {"token", app->token()}});
      post.method = "POST";
      CHECK(app->Handle(post).status == 303);
      break;
    }
  }
  pages.push_back(Get("/corrections"));
  for (const HttpRequest& request : pages) {
    INFO(request.path);
    const HttpResponse r = app->Handle(request);
    CHECK(r.status == 200);
    CheckNoInjectedMarkup(r.body);
  }
  // The district facet's value goes back into a link as data, and filters.
  const HttpResponse home = app->Handle(Get("/"));
  const auto districts = Facet(home.body, "district");
  REQUIRE(!districts.empty());
  const std::string hostile = Unescaped(districts.begin()->first);
  const HttpResponse filtered = app->Handle(Get("/", {{"district", hostile}}));
  CHECK(filtered.status == 200);
  CHECK(filtered.body.find("<b id=\"total\">" + std::to_string(districts.begin()->second) + "</b>") != std::string::npos);
}

TEST_CASE("serve: a bad query or a bad URL gets a page that says what to change", "[serve][app][errors]") {
  TempDir tmp;
  auto app = OpenApp(Databases().corpus, tmp / "corrections.jsonl");
  const HttpResponse bad = app->Handle(Get("/", {{"q", "moderation AND"}}));
  CHECK(bad.status == 400);
  CHECK(bad.body.find("This search cannot be run") != std::string::npos);
  CHECK(bad.body.find("cannot parse the query &#39;moderation AND&#39;") != std::string::npos);
  CHECK(bad.body.find("How to search") != std::string::npos);
  // Parentheses that do not pair: refused before the parser guesses, the query shown as text.
  const HttpResponse unbalanced = app->Handle(Get("/", {{"q", "<b>x</b> (moderation"}}));
  CHECK(unbalanced.status == 400);
  CHECK(unbalanced.body.find("query: unbalanced &#39;(&#39; at position 10") != std::string::npos);
  CHECK(unbalanced.body.find("<b>x") == std::string::npos);
  for (const char* route : {"/themes", "/summary"}) {
    INFO(route);
    CHECK(app->Handle(Get(route, {{"q", "moderation)"}})).status == 400);
  }
  const HttpResponse long_query = app->Handle(Get("/", {{"q", std::string(5000, 'x')}}));
  CHECK(long_query.status == 400);
  CHECK(long_query.body.find("at most 1000 are taken") != std::string::npos);
  CHECK(app->Handle(Get("/", {{"question", "9"}})).status == 400);
  // A typed value nothing holds: the page names it and the nearest value.
  const HttpResponse typo = app->Handle(Get("/", {{"q", "moderation district:Dovr"}}));
  CHECK(typo.status == 200);
  CHECK(typo.body.find("no district &#39;Dovr&#39;") != std::string::npos);
  CHECK(typo.body.find("did you mean &#39;Dover&#39;?") != std::string::npos);
  CHECK(app->Handle(Get("/", {{"q", "zzzqqq district:Dover"}})).body.find("did you mean") == std::string::npos);
  CHECK(app->Handle(Get("/nowhere")).status == 404);
  CHECK(app->Handle(Get("/theme", {{"id", "nothing"}})).status == 404);
  CHECK(app->Handle(Get("/export", {{"what", "appendix"}, {"format", "exe"}})).status == 400);
  HttpRequest put = Get("/");
  put.method = "PUT";
  CHECK(app->Handle(put).status == 405);
  HttpRequest post_search = Get("/");
  post_search.method = "POST";
  CHECK(app->Handle(post_search).status == 405);
}

TEST_CASE("serve: requests addressed to another host are refused", "[serve][app][safety]") {
  TempDir tmp;
  auto app = OpenApp(Databases().corpus, tmp / "corrections.jsonl");
  for (const char* host : {"127.0.0.1:8080", "localhost:8080", "[::1]:8080", "localhost"}) {
    HttpRequest r = Get("/");
    r.host = host;
    CHECK(app->Handle(r).status == 200);
  }
  for (const char* host : {"evil.example", "evil.example:8080", "127.0.0.1.evil.example", "localhost.evil.example:80"}) {
    HttpRequest r = Get("/");
    r.host = host;
    CHECK(app->Handle(r).status == 403);
  }
}

TEST_CASE("serve: every response carries the safety headers, assets are built in", "[serve][app][safety]") {
  TempDir tmp;
  auto app = OpenApp(Databases().corpus, tmp / "corrections.jsonl");
  for (const HttpRequest& request : {Get("/"), Get("/nowhere"), Get("/assets/style.css")}) {
    const HttpResponse r = app->Handle(request);
    CHECK(r.Header("Content-Security-Policy").find("script-src 'self'") != std::string::npos);
    CHECK(r.Header("X-Content-Type-Options") == "nosniff");
    // The server's own time, for the browser's tools and scripts/bench-serve.
    const std::string timing = r.Header("Server-Timing");
    REQUIRE(timing.rfind("app;dur=", 0) == 0);
    CHECK(std::stod(timing.substr(8)) >= 0.0);
    CHECK(timing.find('.') != std::string::npos);
  }
  const HttpResponse css = app->Handle(Get("/assets/style.css"));
  CHECK(css.status == 200);
  CHECK(css.content_type == "text/css; charset=utf-8");
  CHECK(css.body.find("mark {") != std::string::npos);
  const HttpResponse js = app->Handle(Get("/assets/app.js"));
  CHECK(js.status == 200);
  CHECK(js.content_type == "text/javascript; charset=utf-8");
  CHECK(app->Handle(Get("/assets/../app.cpp")).status == 404);
  HttpRequest head = Get("/");
  head.method = "HEAD";
  const HttpResponse h = app->Handle(head);
  CHECK(h.status == 200);  // the server drops the body of a HEAD
  CHECK(h.body == app->Handle(Get("/")).body);
}

TEST_CASE("serve: exports are the whole selection, named for what they hold", "[serve][app][export]") {
  TempDir tmp;
  auto app = OpenApp(Databases().corpus, tmp / "corrections.jsonl");
  returns::SearchRequest request;
  request.themes = {"moderation"};
  request.limit = 0;
  const unsigned total = SearchDb(Databases().corpus, request).total;
  const HttpResponse csv =
      app->Handle(Get("/export", {{"what", "appendix"}, {"format", "csv"}, {"theme", "moderation"}, {"page", "3"}}));
  REQUIRE(csv.status == 200);
  CHECK(csv.Header("Content-Disposition") == "attachment; filename=\"appendix-theme-moderation.csv\"");
  CHECK(static_cast<unsigned>(std::count(csv.body.begin(), csv.body.end(), '\n')) >= total + 1);
  const HttpResponse summary = app->Handle(Get("/export", {{"what", "summary"}, {"format", "html"}, {"district", "Dover"}}));
  REQUIRE(summary.status == 200);
  CHECK(summary.Header("Content-Disposition") == "attachment; filename=\"summary-district-dover.html\"");
  CHECK(summary.body.find("<svg") != std::string::npos);
  const HttpResponse docx = app->Handle(Get("/export", {{"what", "appendix"}, {"format", "docx"}, {"theme", "moderation"}}));
  REQUIRE(docx.status == 200);
  CHECK(docx.body.compare(0, 2, "PK") == 0);  // a zip: what a .docx is
  CHECK(docx.Header("Content-Disposition") == "attachment; filename=\"appendix-theme-moderation.docx\"");
  // The same writer as `appendix --format docx`: A4 landscape, the comments marked.
  auto body = returns::test::OfficePart(docx.body, "word/document.xml");
  CHECK(std::string(body->select_node("//w:sectPr/w:pgSz").node().attribute("w:orient").value()) == "landscape");
  CHECK(body->select_node("//w:rStyle[@w:val='ThemeMatch']"));
}

TEST_CASE("serve: an appendix without personal names (redact=1), offered on the search page", "[serve][app][export]") {
  TempDir tmp;
  auto app = OpenApp(Databases().corpus, tmp / "corrections.jsonl");
  const HttpResponse plain = app->Handle(Get("/export", {{"what", "appendix"}, {"format", "md"}, {"district", "Dover"}}));
  REQUIRE(plain.status == 200);
  REQUIRE(plain.body.find("Jackie Cox") != std::string::npos);
  const HttpResponse red =
      app->Handle(Get("/export", {{"what", "appendix"}, {"format", "md"}, {"district", "Dover"}, {"redact", "1"}}));
  REQUIRE(red.status == 200);
  CHECK(red.body.find("Jackie Cox") == std::string::npos);
  CHECK(red.body.find("Bruce Potts") == std::string::npos);
  CHECK(red.body.find("\\[name\\]") != std::string::npos);
  CHECK(red.Header("Content-Disposition") == "attachment; filename=\"appendix-redacted-district-dover.md\"");
  const HttpResponse initials = app->Handle(Get(
      "/export", {{"what", "appendix"}, {"format", "md"}, {"district", "Dover"}, {"redact", "1"}, {"redact_style", "initials"}}));
  REQUIRE(initials.status == 200);
  CHECK(initials.body.find("J.C./V.S.") != std::string::npos);
  const std::string page = app->Handle(Get("/", {{"district", "Dover"}})).body;
  CHECK(page.find("data-export=\"appendix-docx-redacted\"") != std::string::npos);
  CHECK(page.find("redact=1") != std::string::npos);
}

// The lexicon the database keeps is the one the page labels with, whatever
// became of the file it was read from (edited after indexing, here).
TEST_CASE("serve: theme labels are those of the lexicon the database keeps, not of its file now", "[serve][app]") {
  TempDir tmp;
  const std::string db = tmp / "db";
  const std::string path = tmp / "themes.yaml";
  std::filesystem::copy_file(returns::DefaultLexiconPath(), path);
  std::vector<returns::CommentRecord> records = returns::test::BundledRecords("2013-03");
  records.resize(60);
  returns::test::BuildDatabase(db, records, path);
  {  // The file rewritten: the same theme with another label.
    std::ofstream edited(path, std::ios::trunc);
    edited << "name: edited\nversion: '9'\nthemes:\n  - id: moderation\n    label: Relabelled after indexing\n"
              "    rules: [{word: moderation}]\n";
  }
  auto app = OpenApp(db, tmp / "corrections.jsonl");
  const HttpResponse themes = app->Handle(Get("/themes"));
  REQUIRE(themes.status == 200);
  CHECK(themes.body.find("Relabelled after indexing") == std::string::npos);
  // The kept lexicon's themes, labelled as it labels them ("Peer observation and review").
  const auto kept = returns::LoadLexicon(returns::DefaultLexiconPath());
  REQUIRE(kept.ok());
  size_t found = 0;
  for (const returns::Theme& t : kept.value().themes) {
    if (t.id == "peer_review") found += themes.body.find(t.label) != std::string::npos;
  }
  CHECK(found == 1);
}

TEST_CASE("serve: the page follows the database when an index run commits", "[serve][app]") {
  TempDir tmp;
  const std::string db = tmp / "db";
  std::vector<returns::CommentRecord> records = returns::test::BundledRecords("2013-03");
  std::vector<returns::CommentRecord> first(records.begin(), records.begin() + 100);
  returns::test::BuildDatabase(db, first, returns::DefaultLexiconPath());
  auto app = OpenApp(db, tmp / "corrections.jsonl");
  CHECK(app->Handle(Get("/")).body.find("<b id=\"total\">100</b>") != std::string::npos);
  // Another round is indexed while the page is open.
  std::vector<returns::CommentRecord> more = returns::test::BundledRecords("2014-03");
  more.resize(50);
  returns::test::BuildDatabase(db, more, returns::DefaultLexiconPath());
  const HttpResponse after = app->Handle(Get("/"));
  CHECK(after.body.find("<b id=\"total\">150</b>") != std::string::npos);
  CHECK(Facet(after.body, "round") == std::map<std::string, unsigned>{{"2013-03", 100}, {"2014-03", 50}});
  CHECK(after.body.find("150 comments") != std::string::npos);  // the bar's figures too
  // With two rounds, the summary puts them side by side.
  const HttpResponse summary = app->Handle(Get("/summary"));
  CHECK(summary.body.find("<table class=\"figures\" id=\"rounds-table\">") != std::string::npos);
  CHECK(summary.body.find("<th>2014-03 <small>(") != std::string::npos);
  CHECK(app->Handle(Get("/summary", {{"round", "2014-03"}})).body.find("rounds-table") == std::string::npos);
  // A last row counts the comments with no theme, and links to them.
  const size_t none_at = summary.body.find("<tr class=\"no-theme\" data-theme=\"none\">");
  REQUIRE(none_at != std::string::npos);
  const std::string none_row = summary.body.substr(none_at);
  const std::string searched = app->Handle(Get("/", {{"theme", "none"}})).body;
  const std::string marker = "<b id=\"total\">";
  const size_t total_at = searched.find(marker);
  REQUIRE(total_at != std::string::npos);
  const size_t from = total_at + marker.size();
  const std::string total = searched.substr(from, searched.find('<', from) - from);
  CHECK(std::stoi(total) > 0);
  CHECK(std::stoi(total) < 150);
  CHECK(none_row.find("<th scope=\"row\">(no theme)</th><td class=\"n\"><a href=\"/?theme=none\">" + total + "</a>") == 0 +
        std::string("<tr class=\"no-theme\" data-theme=\"none\">").size());
  CHECK(summary.body.find("<tr class=\"no-theme\"><th scope=\"row\">(no theme)</th><td><meter") != std::string::npos);
  // Rebuilt from nothing under the page's feet: opened again.
  std::filesystem::remove_all(db);
  returns::test::BuildDatabase(db, first, returns::DefaultLexiconPath());
  CHECK(app->Handle(Get("/")).body.find("<b id=\"total\">100</b>") != std::string::npos);
  // Gone altogether: a page that says so, not a crash.
  std::filesystem::remove_all(db);
  const HttpResponse gone = app->Handle(Get("/"));
  CHECK(gone.status == 503);
  CHECK(gone.body.find("no database here") != std::string::npos);
}

TEST_CASE("serve: a theme page past its quote candidates picks from the first so many and says so, its figures are "
          "the whole selection's",
          "[serve][app][theme]") {
  TempDir tmp;
  auto whole = OpenApp(Databases().corpus, tmp / "a.jsonl");
  returns::serve::ServeOptions options;
  options.db = {Databases().corpus};
  options.corrections_path = tmp / "b.jsonl";
  options.quote_candidates = 5;
  auto capped_app = returns::serve::App::Open(options);
  REQUIRE(capped_app.ok());
  for (const std::string theme : {"professional_development", "moderation"}) {
    INFO(theme);
    const HttpResponse all = whole->Handle(Get("/theme", {{"id", theme}}));
    const HttpResponse capped = capped_app.value()->Handle(Get("/theme", {{"id", theme}}));
    REQUIRE(all.status == 200);
    REQUIRE(capped.status == 200);
    CHECK(all.body.find("spread over") == std::string::npos);
    CHECK(capped.body.find("from 5 of the ") != std::string::npos);
    CHECK(capped.body.find("spread over their collaboratives") != std::string::npos);
    // The figures before the typical comments, and the pending heading and list, are the same.
    auto before_quotes = [](const std::string& body) { return body.substr(0, body.find("<h2>Typical comments</h2>")); };
    auto pending = [](const std::string& body) { return body.substr(body.find("<h2>Only pending")); };
    CHECK(before_quotes(capped.body) == before_quotes(all.body));
    CHECK(pending(capped.body) == pending(all.body));
    // Five typical comments either way.
    auto quotes = [](const std::string& body) {
      const size_t from = body.find("<h2>Typical comments</h2>"), to = body.find("<h2>Only pending");
      size_t n = 0;
      for (size_t at = body.find("<blockquote>", from); at < to; at = body.find("<blockquote>", at + 1)) ++n;
      return n;
    };
    CHECK(quotes(all.body) == 5);
    CHECK(quotes(capped.body) == 5);
    // Spread: the five capped candidates are of five collaboratives, as the uncapped picks are.
    auto collaboratives = [](const std::string& body) {
      std::set<std::string> names;
      const size_t to = body.find("<h2>Only pending");
      for (size_t at = body.find("<p class=\"meta\">", body.find("<h2>Typical comments</h2>")); at < to;
           at = body.find("<p class=\"meta\">", at + 1)) {
        const size_t from = body.find(" · ", at) + std::string(" · ").size();
        names.insert(body.substr(from, body.find(" · ", from) - from));
      }
      return names.size();
    };
    CHECK(collaboratives(all.body) == 5);
    CHECK(collaboratives(capped.body) == 5);
    // A query the search page takes, the theme page takes too: its pending
    // list is a filter, not words added to the query.
    for (const std::string q : {"NOT \"zzzz", "   ", "district:Dover"}) {
      INFO("q=" << q);
      CHECK(whole->Handle(Get("/", {{"q", q}})).status == 200);
      CHECK(capped_app.value()->Handle(Get("/theme", {{"id", theme}, {"q", q}})).status == 200);
    }
    const HttpResponse blank = capped_app.value()->Handle(Get("/theme", {{"id", theme}, {"q", "   "}}));
    CHECK(blank.body.find("spread over their collaboratives") != std::string::npos);
  }
}
