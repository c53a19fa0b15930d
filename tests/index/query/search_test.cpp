#include "index/query/search.h"

#include <catch2/catch.hpp>
#include <xapian.h>

#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <thread>

#include "index/query/filter_values.h"
#include "index/query/selection.h"
#include "index/store/index_writer.h"
#include "index/store/schema.h"
#include "lexicon/codebook/default_lexicon.h"
#include "lexicon/codebook/load_lexicon.h"
#include "corpus/intake/record_source.h"

namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("returns-test-" + std::to_string(std::rand()) + "-" +
                                         std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

const returns::Matcher& DefaultMatcher() {
  static const returns::Matcher m =
      returns::Matcher::Compile(returns::LoadLexicon(returns::DefaultLexiconPath()).value()).value();
  return m;
}

// The bundled corpus's comments as records of `round`.
std::vector<returns::CommentRecord> CorpusRecords(const std::string& round = "2013-03") {
  const std::string dir = std::string(RETURNS_SOURCE_DIR) + "/corpus/";
  const auto reg = returns::Register::Load(dir + "collaboratives.csv");
  returns::SourceOptions options;
  options.intake.round = round;
  auto source = returns::RecordSource::Open({dir + "kent-2013"}, reg.value(), options);
  std::vector<returns::CommentRecord> all, batch;
  while (source.value()->Next(batch, 100)) all.insert(all.end(), batch.begin(), batch.end());
  REQUIRE(source.value()->status().ok());
  return all;
}

// Indexes the bundled corpus into `dir`; returns the number of comments.
size_t IndexCorpus(const std::string& dir, const std::string& round = "2013-03") {
  returns::IndexWriterOptions options;
  options.lexicon_name = DefaultMatcher().name();
  options.lexicon_version = DefaultMatcher().version();
  auto writer = returns::IndexWriter::Open(dir, options);
  REQUIRE(writer.ok());
  auto records = CorpusRecords(round);
  for (auto& r : records) {
    r.tags = DefaultMatcher().Tag(r.text, r.question);
    REQUIRE(writer.value()->Add(r).ok());
  }
  REQUIRE(writer.value()->Commit().ok());
  return records.size();
}

returns::SearchResults Run(const std::string& dir, returns::SearchRequest request) {
  const auto index = returns::IndexReader::Open(dir);
  REQUIRE(index.ok());
  auto results = returns::Search(index.value(), request);
  REQUIRE(results.ok());
  return std::move(results).value();
}

}  // namespace

TEST_CASE("every result of a theme filter carries a match of that theme", "[index][search]") {
  TempDir tmp;
  IndexCorpus(tmp.path.string());
  returns::SearchRequest request;
  request.themes = {"moderation"};
  request.limit = 1000;
  const auto r = Run(tmp.path.string(), request);
  REQUIRE(r.total > 0);
  REQUIRE(r.hits.size() == r.total);
  for (const auto& hit : r.hits) {
    bool has = false;
    for (const auto& m : hit.comment.tagging().matches) has = has || m.theme == "moderation";
    INFO(hit.comment.comment_id);
    CHECK(has);
    CHECK_FALSE(hit.highlights.empty());
  }
  // The same filter typed in the query, with a district written as users write it.
  request.themes.clear();
  request.query = "theme:moderation district:\"Tonbridge & Malling\"";
  const auto typed = Run(tmp.path.string(), request);
  REQUIRE(typed.total > 0);
  for (const auto& hit : typed.hits) CHECK(hit.comment.district == "Tonbridge & Malling");
}

TEST_CASE("theme:none finds the comments with no theme, NOT theme:none the others", "[index][search]") {
  TempDir tmp;
  const size_t n = IndexCorpus(tmp.path.string());
  size_t untagged = 0;
  for (const auto& r : CorpusRecords()) untagged += DefaultMatcher().Tag(r.text, r.question).themes.empty();
  REQUIRE(untagged > 0);
  returns::SearchRequest request;
  request.limit = 1000;
  request.query = "theme:none";
  const auto none = Run(tmp.path.string(), request);
  CHECK(none.total == untagged);
  for (const auto& hit : none.hits) CHECK(hit.comment.tagging().themes.empty());
  CHECK(none.theme_facets.empty());  // "none" is not a theme: no facet
  request.query = "NOT theme:none";
  const auto some = Run(tmp.path.string(), request);
  CHECK(some.total == n - untagged);
  for (const auto& hit : some.hits) CHECK_FALSE(hit.comment.tagging().themes.empty());
  CHECK(some.theme_facets.count("none") == 0);
  // The option says the same; a selection says it in words.
  request.query.clear();
  request.themes = {"none"};
  CHECK(Run(tmp.path.string(), request).total == untagged);
  CHECK(returns::DescribeSelection(request) == "no theme");
  // With words: the untagged comments that hold them.
  request.themes.clear();
  request.query = "sharing theme:none";
  const auto words = Run(tmp.path.string(), request);
  CHECK(words.total > 0);
  CHECK(words.total < untagged);
}

TEST_CASE("indexing the same input twice leaves the document count unchanged", "[index]") {
  TempDir tmp;
  const size_t n = IndexCorpus(tmp.path.string());
  IndexCorpus(tmp.path.string());
  const auto info = returns::IndexReader::Open(tmp.path.string()).value().Info().value();
  CHECK(info.documents == n);
  CHECK(info.returns == 90);
  CHECK(info.rounds == std::vector<std::string>{"2013-03"});
  CHECK(info.lexicon_name == "kent-codebook");
  // Another round keeps its own copy.
  IndexCorpus(tmp.path.string(), "2014-03");
  CHECK(returns::IndexReader::Open(tmp.path.string()).value().Info().value().documents == 2 * n);
}

TEST_CASE("an empty query lists the filtered comments in appendix order, with exact facets", "[index][search]") {
  TempDir tmp;
  const size_t n = IndexCorpus(tmp.path.string());
  returns::SearchRequest request;
  request.limit = 5;
  const auto all = Run(tmp.path.string(), request);
  CHECK(all.total == n);
  CHECK(all.hits.size() == 5);
  CHECK(all.hits[0].comment.district == "Ashford");
  CHECK(all.district_facets.size() == 12);
  CHECK(all.question_facets.at("2") + all.question_facets.at("3") == n);
  // Theme facets count each theme once per comment, over all matches, not the page.
  std::map<std::string, unsigned> expected;
  for (const auto& r : CorpusRecords()) {
    for (const auto& t : DefaultMatcher().Tag(r.text, r.question).themes) ++expected[t];
  }
  CHECK(all.theme_facets == expected);
  // Collaboratives and rounds too, by the names filters take.
  std::map<std::string, unsigned> collaboratives;
  for (const auto& r : CorpusRecords()) ++collaboratives[r.collaborative_name()];
  CHECK(all.collaborative_facets == collaboratives);
  CHECK(all.round_facets == std::map<std::string, unsigned>{{"2013-03", static_cast<unsigned>(n)}});
  // Pending themes from the same one value a comment.
  std::map<std::string, unsigned> pending;
  for (const auto& r : CorpusRecords()) {
    for (const auto& t : DefaultMatcher().Tag(r.text, r.question).pending) ++pending[t];
  }
  CHECK(!pending.empty());
  CHECK(all.pending_facets == pending);
  // Everything: counted from term frequencies; the same comments through a
  // filter: counted by the spy, one value a comment. The two agree.
  CHECK(returns::IndexReader::Open(tmp.path.string()).value().FacetsFromTerms());
  returns::SearchRequest filtered = request;
  filtered.round = "2013-03";
  const auto spied = Run(tmp.path.string(), filtered);
  CHECK(spied.total == all.total);
  CHECK(spied.theme_facets == all.theme_facets);
  CHECK(spied.pending_facets == all.pending_facets);
  CHECK(spied.district_facets == all.district_facets);
  CHECK(spied.collaborative_facets == all.collaborative_facets);
  CHECK(spied.question_facets == all.question_facets);
  CHECK(spied.round_facets == all.round_facets);
  request.offset = 3;
  request.limit = 2;
  const auto page = Run(tmp.path.string(), request);
  CHECK(page.hits.front().rank == 4);
  CHECK(page.hits.front().comment.comment_id == all.hits[3].comment.comment_id);
}

TEST_CASE("a killed or failed run leaves the database as it was", "[index]") {
  TempDir tmp;
  const size_t n = IndexCorpus(tmp.path.string());
  {
    auto writer = returns::IndexWriter::Open(tmp.path.string(), {});
    REQUIRE(writer.ok());
    const auto records = CorpusRecords("2099-01");
    for (size_t i = 0; i < 50; ++i) {
      REQUIRE(writer.value()->Add(records[i]).ok());
    }
    // No Commit(): the writer goes away mid-run.
  }
  const auto info = returns::IndexReader::Open(tmp.path.string()).value().Info().value();
  CHECK(info.documents == n);
  CHECK(info.rounds == std::vector<std::string>{"2013-03"});
}

TEST_CASE("another writer holding the lock: fail at once, or wait for it", "[index][errors]") {
  TempDir tmp;
  IndexCorpus(tmp.path.string());
  auto first = returns::IndexWriter::Open(tmp.path.string(), {});
  REQUIRE(first.ok());
  const auto second = returns::IndexWriter::Open(tmp.path.string(), {});
  REQUIRE_FALSE(second.ok());
  CHECK(second.status().ToString() == tmp.path.string() +
                                         ": error: another writer holds the lock on this database (use --wait to wait for it)");
  std::thread release([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    REQUIRE(first.value()->Commit().ok());
  });
  returns::IndexWriterOptions wait;
  wait.wait_for_lock = true;
  const auto waited = returns::IndexWriter::Open(tmp.path.string(), wait);
  release.join();
  CHECK(waited.ok());
}

TEST_CASE("two names under one filter term: facets are counted by the spy, each name apart", "[index][search]") {
  TempDir tmp;
  const std::string dir = tmp.path.string();
  auto records = CorpusRecords();
  records.resize(40);
  for (auto& r : records) r.tags = DefaultMatcher().Tag(r.text, r.question);
  auto index = [&](size_t from, size_t to) {
    auto writer = returns::IndexWriter::Open(dir, {});
    REQUIRE(writer.ok());
    for (size_t i = from; i < to; ++i) REQUIRE(writer.value()->Add(records[i]).ok());
    REQUIRE(writer.value()->Commit().ok());
  };
  index(0, 20);
  CHECK(returns::IndexReader::Open(dir).value().FacetsFromTerms());
  // A later run writes the first district in capitals: the same term (XD…), another name.
  const std::string district = records[0].district;
  std::string shouted = district;
  for (char& c : shouted) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  REQUIRE(shouted != district);
  for (size_t i = 20; i < 40; ++i) {
    records[i].district = shouted;
    records[i].round = "2014-03";  // another round: no return of the first run replaced
  }
  index(20, 40);
  CHECK_FALSE(returns::IndexReader::Open(dir).value().FacetsFromTerms());
  returns::SearchRequest all;
  all.limit = 0;
  const auto r = Run(dir, all);
  CHECK(r.total == 40);
  CHECK(r.district_facets.at(shouted) == 20);
  CHECK(r.district_facets.count(district) == 1);
  // A name with no letter or digit has no term: the same.
  const std::string dir2 = (tmp.path / "two").string();
  {
    auto writer = returns::IndexWriter::Open(dir2, {});
    REQUIRE(writer.ok());
    records[0].district = "\xE6\x97\xA5\xE6\x9C\xAC";  // 日本
    REQUIRE(writer.value()->Add(records[0]).ok());
    REQUIRE(writer.value()->Commit().ok());
  }
  CHECK_FALSE(returns::IndexReader::Open(dir2).value().FacetsFromTerms());
  CHECK(Run(dir2, all).district_facets.at("\xE6\x97\xA5\xE6\x9C\xAC") == 1);
}

TEST_CASE("missing, foreign-schema and corrupt databases are clear errors", "[index][errors]") {
  TempDir tmp;
  const auto missing = returns::IndexReader::Open((tmp.path / "none").string());
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().ToString().find("none: error: no database here") != std::string::npos);

  {
    Xapian::WritableDatabase db((tmp.path / "old").string(), Xapian::DB_CREATE);
    db.set_metadata("returns.schema", "99");
    db.add_document(Xapian::Document());
    db.commit();
  }
  const auto old = returns::IndexReader::Open((tmp.path / "old").string());
  REQUIRE_FALSE(old.ok());
  CHECK(old.status().ToString() == (tmp.path / "old").string() +
                                      ": error: database schema version 99, this program reads version " + std::to_string(returns::schema::kSchemaVersion) + "; rebuild it "
                                      "with 'returns index'");
  CHECK_FALSE(returns::IndexWriter::Open((tmp.path / "old").string(), {}).ok());

  fs::create_directories(tmp.path / "junk");
  std::ofstream(tmp.path / "junk" / "iamglass") << "not a database";
  std::ofstream(tmp.path / "junk" / "postlist.glass") << "garbage";
  const auto junk = returns::IndexReader::Open((tmp.path / "junk").string());
  REQUIRE_FALSE(junk.ok());
  CHECK(junk.status().ToString().rfind((tmp.path / "junk").string() + ": error: ", 0) == 0);
}

TEST_CASE("a query the parser rejects says what and where", "[index][search][errors]") {
  TempDir tmp;
  IndexCorpus(tmp.path.string());
  returns::SearchRequest request;
  request.query = "moderation AND";
  const auto index = returns::IndexReader::Open(tmp.path.string());
  const auto r = returns::Search(index.value(), request);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().ToString().rfind("search: error: cannot parse the query 'moderation AND': ", 0) == 0);
}

TEST_CASE("a query whose parentheses do not pair is refused, not searched as the parser guesses",
          "[index][search][errors]") {
  TempDir tmp;
  IndexCorpus(tmp.path.string());
  const auto index = returns::IndexReader::Open(tmp.path.string());
  returns::SearchRequest request;
  request.query = "(moderation OR trust";  // Xapian alone reads it as "moderation OR trust"
  const auto r = returns::Search(index.value(), request);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == returns::Status::Code::kInvalidInput);
  CHECK(r.status().ToString() == "error: query: unbalanced '(' at position 1");
  request.query = "\"levelling (moderation\" OR (trust)";  // a '(' in a phrase is text
  CHECK(returns::Search(index.value(), request).ok());
}

// Comments whose text holds `pattern` (ECMAScript, case-insensitive): the
// independent scan phrase searches are held to.
size_t CountMatching(const std::vector<returns::CommentRecord>& records, const std::string& pattern) {
  const std::regex re(pattern, std::regex::icase);
  size_t n = 0;
  for (const auto& r : records) n += std::regex_search(r.text, re) ? 1 : 0;
  return n;
}

TEST_CASE("a phrase finds its inflections, whatever the case typed", "[index][search]") {
  TempDir tmp;
  IndexCorpus(tmp.path.string());
  const auto records = CorpusRecords();
  const size_t all_forms = CountMatching(records, R"(\blearn(s|ed|ing)?\W+walk(s|ed|ing)?\b)");
  const size_t this_form = CountMatching(records, R"(\blearning\W+walk\b)");
  REQUIRE(this_form > 0);
  REQUIRE(all_forms > this_form);  // the corpus has plurals: the test can fail
  returns::SearchRequest request;
  request.limit = 1000;
  request.query = "\"learning walk\"";
  const auto stemmed = Run(tmp.path.string(), request);
  CHECK(stemmed.total == all_forms);
  bool marked_plural = false;
  for (const auto& hit : stemmed.hits) {
    for (const auto& [s, e] : hit.highlights) {
      // Spans are merged (a theme match may cover the phrase): look inside.
      const std::string marked = hit.comment.text.substr(s, e - s);
      marked_plural = marked_plural || marked.find("walks") != std::string::npos ||
                      marked.find("Walks") != std::string::npos;
    }
  }
  CHECK(marked_plural);  // the highlighter marks the inflected word
  request.query = "\"Learning Walk\"";  // until schema 8, capitalised: only the form typed
  CHECK(Run(tmp.path.string(), request).total == all_forms);
  request.query = "Walks";
  const size_t capital_word = Run(tmp.path.string(), request).total;
  request.query = "walk";
  CHECK(Run(tmp.path.string(), request).total == capital_word);
  CHECK(capital_word == CountMatching(records, R"(\bwalk(s|ed|ing)?\b)"));
}

TEST_CASE("a collaborative filter takes a register alias or the canonical name", "[index][search]") {
  TempDir tmp;
  IndexCorpus(tmp.path.string());
  const auto reg = returns::Register::Load(std::string(RETURNS_SOURCE_DIR) + "/corpus/collaboratives.csv");
  REQUIRE(reg.ok());
  returns::SearchRequest request;
  request.limit = 1000;
  request.collaborative = "Raising Achievement in Dover (RAiD)";
  const auto canonical = Run(tmp.path.string(), request);
  REQUIRE(canonical.total > 0);
  for (const auto& hit : canonical.hits) CHECK(hit.comment.collaborative_name() == "Raising Achievement in Dover (RAiD)");
  // "RAiD" is an alias: without the register it names nothing in the index; with it, the same comments.
  request.collaborative = "RAiD";
  CHECK(Run(tmp.path.string(), request).total == 0);
  request.reg = &reg.value();
  CHECK(Run(tmp.path.string(), request).total == canonical.total);
  request.collaborative = "raid";
  CHECK(Run(tmp.path.string(), request).total == canonical.total);
  // Typed in the query too.
  request.collaborative.clear();
  request.query = "collaborative:RAiD";
  CHECK(Run(tmp.path.string(), request).total == canonical.total);
  request.query = "collaborative:\"Central Ashford Town Schools\"";  // by normal form
  const auto cats = Run(tmp.path.string(), request);
  REQUIRE(cats.total > 0);
  for (const auto& hit : cats.hits) CHECK(hit.comment.collaborative_name() == "Central Ashford Town Schools (CATS)");
}

// The Forms export's records (tests/data/intake/forms/forms.csv), the
// respondent's details kept as attributes, indexed into `dir`.
std::vector<returns::CommentRecord> IndexForms(const std::string& dir, std::vector<returns::CommentRecord> extra = {}) {
  const std::string src = RETURNS_SOURCE_DIR;
  const auto reg = returns::Register::Load(src + "/corpus/collaboratives.csv");
  returns::SourceOptions options;
  options.intake.round = "2014-03";
  auto source = returns::RecordSource::Open({src + "/tests/data/intake/forms/forms.csv"}, reg.value(), options);
  REQUIRE(source.ok());
  std::vector<returns::CommentRecord> all, batch;
  while (source.value()->Next(batch, 100)) all.insert(all.end(), batch.begin(), batch.end());
  REQUIRE(source.value()->status().ok());
  all.insert(all.end(), extra.begin(), extra.end());
  returns::IndexWriterOptions writer_options;
  auto writer = returns::IndexWriter::Open(dir, writer_options);
  REQUIRE(writer.ok());
  for (auto& r : all) {
    r.tags = DefaultMatcher().Tag(r.text, r.question);
    REQUIRE(writer.value()->Add(r).ok());
  }
  REQUIRE(writer.value()->Commit().ok());
  return all;
}

// How many of `records` have the attribute `name` with the JSON string value `value`, exactly.
unsigned CountWith(const std::vector<returns::CommentRecord>& records, const std::string& name, const std::string& value) {
  return static_cast<unsigned>(std::count_if(records.begin(), records.end(), [&](const returns::CommentRecord& r) {
    return std::find(r.attributes.begin(), r.attributes.end(), std::make_pair(name, "\"" + value + "\"")) != r.attributes.end();
  }));
}

TEST_CASE("attribute filters: by option and in the query, any case, one name twice is either, two names both",
          "[index][search][attributes]") {
  TempDir tmp;
  const std::string dir = tmp.path.string();
  const auto records = IndexForms(dir);
  const std::string jo = "j.bloggs@ospringe.kent.sch.uk", anne = "a.martin@stnicholas.kent.sch.uk";
  const unsigned jo_count = CountWith(records, "email", jo), anne_count = CountWith(records, "email", anne);
  REQUIRE(jo_count == 6);  // Jo Bloggs's return: six comments
  REQUIRE(anne_count > 0);
  REQUIRE(CountWith(records, "respondent", "Jo Bloggs") == jo_count);
  returns::SearchRequest request;
  request.limit = 1000;
  auto total = [&](std::vector<std::pair<std::string, std::string>> attributes, std::string query = "") {
    request.attributes = std::move(attributes);
    request.query = std::move(query);
    return Run(dir, request).total;
  };
  CHECK(total({{"email", jo}}) == jo_count);
  CHECK(total({{"Email", "J.Bloggs@Ospringe.Kent.Sch.UK"}}) == jo_count);
  CHECK(total({{"respondent", "jo bloggs"}}) == jo_count);
  CHECK(total({{"email", jo}, {"email", anne}}) == jo_count + anne_count);
  CHECK(total({{"email", jo}, {"respondent", "Jo Bloggs"}}) == jo_count);
  CHECK(total({{"email", jo}, {"respondent", "Anne Martin"}}) == 0);
  CHECK(total({{"email", "j.bloggs@ospringe.kent.sch"}}) == 0);  // exact: a part of the value is not it
  request.attributes = {{"email", jo}};
  for (const auto& hit : Run(dir, request).hits) CHECK(hit.comment.collaborative == "Faversham Schools Collaborative");
  // In the query: three ways to write it, the same comments.
  CHECK(total({}, "attribute:email=" + jo) == jo_count);
  CHECK(total({}, "attribute:respondent=\"Jo Bloggs\"") == jo_count);
  CHECK(total({}, "attribute:\"respondent=Jo Bloggs\"") == jo_count);
  CHECK(total({}, "attribute:Respondent=\"jo bloggs\" attribute:EMAIL=" + jo) == jo_count);
  CHECK(total({}, "attribute:email=" + jo + " attribute:email=" + anne) == jo_count + anne_count);
  CHECK(total({}, "attribute:email=" + jo + " attribute:respondent=\"Anne Martin\"") == 0);
  CHECK(total({}, "(attribute:email=" + jo + " OR attribute:respondent=\"Anne Martin\")") == jo_count + anne_count);
  CHECK(total({}, "NOT attribute:email=" + jo) == records.size() - jo_count);
  CHECK(total({}, "learning attribute:email=" + jo) == 1);  // words and an attribute
  CHECK(total({{"respondent", "Jo Bloggs"}}, "attribute:email=" + jo) == jo_count);
  // An attribute field that names no attribute or no value is refused, saying how to write one.
  for (const std::string q : {"attribute:email", "attribute:email=", "attribute:=x", "moderation attribute:"}) {
    INFO(q);
    request.attributes.clear();
    request.query = q;
    const auto index = returns::IndexReader::Open(dir);
    const auto r = returns::Search(index.value(), request);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message().find("give attribute:NAME=VALUE") != std::string::npos);
  }
}

TEST_CASE("attribute filters: a value too long for a term is found exactly, unknown names and values are named",
          "[index][search][attributes][errors]") {
  TempDir tmp;
  const std::string dir = tmp.path.string();
  returns::CommentRecord a, b;
  for (auto* r : {&a, &b}) {
    r->round = "2014-03";
    r->text = "Joint moderation";
    r->set(returns::Field::kId);
    r->set(returns::Field::kText);
    r->set(returns::Field::kRound);
  }
  a.id = "long-a";
  b.id = "long-b";
  const std::string long_value(300, 'x');
  a.attributes = {{"comments", "\"" + long_value + "\""}};
  b.attributes = {{"comments", "\"" + long_value + "y\""}};
  const auto records = IndexForms(dir, {a, b});
  returns::SearchRequest request;
  request.limit = 1000;
  request.attributes = {{"Comments", std::string(300, 'X')}};
  auto found = Run(dir, request);
  REQUIRE(found.total == 1);
  CHECK(found.hits[0].comment.id == "long-a");
  request.attributes = {{"comments", long_value + "y"}};
  found = Run(dir, request);
  REQUIRE(found.total == 1);
  CHECK(found.hits[0].comment.id == "long-b");
  request.attributes.clear();
  request.query = "attribute:comments=" + long_value;
  CHECK(Run(dir, request).total == 1);

  // Nothing found: a name no comment has, or a value, is an error naming the nearest.
  const auto index = returns::IndexReader::Open(dir);
  REQUIRE(index.ok());
  auto empty = [&](std::vector<std::pair<std::string, std::string>> attributes, std::string query = "") {
    request.attributes = std::move(attributes);
    request.query = std::move(query);
    REQUIRE(Run(dir, request).total == 0);
    return returns::CheckEmptySelection(index.value(), request, nullptr);
  };
  returns::Status s = empty({{"e-mail", "jo@school.org"}});
  CHECK(s.message() == "no attribute 'e-mail' in " + dir + " — did you mean 'email'?");
  s = empty({}, "attribute:school=x");
  CHECK(s.message().rfind("no attribute 'school' in " + dir + "; attributes there: comments, completion_time, email, "
                          "respondent, response_id, start_time", 0) == 0);
  s = empty({{"email", "j.blogs@ospringe.kent.sch.uk"}});
  CHECK(s.message() == "no comment with email 'j.blogs@ospringe.kent.sch.uk' in " + dir +
                           " — did you mean 'j.bloggs@ospringe.kent.sch.uk'?");
  // Known name and value, nothing together: an empty answer is an answer.
  CHECK(empty({{"email", "j.bloggs@ospringe.kent.sch.uk"}, {"respondent", "Anne Martin"}}).ok());
}
