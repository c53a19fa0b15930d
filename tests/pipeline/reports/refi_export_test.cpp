#include "pipeline/reports/refi_export.h"

#include <catch2/catch.hpp>

#include <set>

#include "lexicon/codebook/lexicon_yaml.h"
#include "pipeline/reports/refi_codebook.h"
#include "pipeline/reports/refi_comment_map.h"
#include "pipeline/reports/refi_common.h"
#include "refi_test_util.h"

using namespace returns;
using namespace returns::testing;

namespace {

std::string Qdpx(const std::vector<CommentRecord>& comments, const Lexicon& lexicon) {
  Result<RefiProject> project = MakeRefiProject(comments, lexicon, {});
  REQUIRE(project.ok());
  Result<std::string> bytes = QdpxBytes(project.value(), "test.qdpx");
  REQUIRE(bytes.ok());
  return bytes.value();
}

// Every selection, in document order: the words its positions cut from its
// source's text, and its name (the words the tagger matched).
std::vector<std::pair<std::string, std::string>> Cuts(const ReadBack& project) {
  std::vector<std::pair<std::string, std::string>> out;
  for (pugi::xml_node s : project.doc.child("Project").child("Sources").children("TextSource")) {
    const std::string& text = project.texts.at(s.attribute("guid").as_string());
    const std::vector<size_t> at = CodePointStarts(text);
    for (pugi::xml_node sel : s.children("PlainTextSelection")) {
      const size_t start = sel.attribute("startPosition").as_ullong(), end = sel.attribute("endPosition").as_ullong();
      REQUIRE(start <= end);
      REQUIRE(end < at.size());
      out.emplace_back(text.substr(at[start], at[end] - at[start]), sel.attribute("name").as_string());
    }
  }
  return out;
}

// Every selection's words, in the order the export writes them (sources by
// first comment, comments in order; in a comment by start, then theme): the
// stretches of text each theme's matches cover, found here from a map of the
// bytes each theme covers. The records are given grouped by return.
std::vector<std::string> MatchedWords(const std::vector<CommentRecord>& comments) {
  std::vector<std::string> out;
  for (const CommentRecord& c : comments) {
    std::map<std::string, std::vector<bool>> covered;  // theme → byte covered
    for (const ThemeMatch& m : c.tagging().matches) {
      std::vector<bool>& bytes = covered.try_emplace(m.theme, c.text.size() + 1, false).first->second;
      for (size_t i = m.start; i < m.end; ++i) bytes[i] = true;
    }
    std::vector<std::tuple<size_t, std::string, size_t>> runs;  // start, theme, end
    for (const auto& [theme, bytes] : covered) {
      for (size_t i = 0; i < c.text.size(); ++i) {
        if (!bytes[i] || (i > 0 && bytes[i - 1])) continue;
        size_t end = i;
        while (end < c.text.size() && bytes[end]) ++end;
        runs.emplace_back(i, theme, end);
      }
    }
    std::sort(runs.begin(), runs.end());
    for (const auto& [start, theme, end] : runs) out.push_back(c.text.substr(start, end - start));
  }
  return out;
}

}  // namespace

TEST_CASE("REFI-QDA export: selections count characters, not bytes (curly quotes, £, é)", "[refi]") {
  Result<Lexicon> lexicon = ParseLexiconYaml(R"(name: t
version: "1"
themes:
  - id: cafe
    label: Café culture
    rules: [{word: "café*"}]
  - id: money
    label: Money
    description: "Sums in “pounds”"
    rules: [{pattern: '£[0-9]+'}]
  - id: moderation
    label: Moderation
    parent: money
    rules: [{word: moderat*}]
)", "t.yaml");
  REQUIRE(lexicon.ok());
  Result<Matcher> matcher = Matcher::Compile(lexicon.value());
  REQUIRE(matcher.ok());
  std::vector<CommentRecord> comments(3);
  const char* texts[] = {"“Moderation” cost £500 at the café — naïve moderators’ cafés",
                         "Déjà vu: £20 for “moderating” 🎉 then moderation again",
                         "Nothing here"};
  for (size_t i = 0; i < comments.size(); ++i) {
    comments[i].return_id = i < 2 ? "q2/A/B" : "q3/C/D";
    comments[i].comment_id = comments[i].return_id + "#" + std::to_string(i + 1);
    comments[i].district = "Dover";
    comments[i].collaborative = "A Collaborative";
    comments[i].question = i < 2 ? 2 : 3;
    comments[i].text = texts[i];
    comments[i].tags = matcher.value().Tag(comments[i].text);
  }
  const std::string bytes = Qdpx(comments, lexicon.value());
  const auto project = ReadQdpx(bytes);
  const auto cuts = Cuts(*project);
  const std::vector<std::string> expected = MatchedWords(comments);
  REQUIRE(cuts.size() == expected.size());
  REQUIRE(cuts.size() >= 8);
  std::set<std::string> words;
  for (size_t i = 0; i < cuts.size(); ++i) {
    CHECK(cuts[i].first == expected[i]);
    CHECK(cuts[i].second == expected[i]);
    words.insert(cuts[i].first);
  }
  CHECK(words.count("£500"));
  CHECK(words.count("café"));
  CHECK(words.count("moderators"));  // after “ ” — and é, each one character
  // The first source is the two comments of q2/A/B, joined by a blank line.
  pugi::xml_node first = project->doc.child("Project").child("Sources").child("TextSource");
  CHECK(project->texts.at(first.attribute("guid").as_string()) == std::string(texts[0]) + "\n\n" + texts[1]);
  CHECK(std::string(first.child_value("Description")) ==
        std::string(refi::kCommentMapHeading) + "\n0-60 q2/A/B#1\n62-115 q2/A/B#2");
  // The hierarchy: moderation's code inside money's; the pending code last.
  pugi::xml_node codes = project->doc.child("Project").child("CodeBook").child("Codes");
  CHECK(std::string(codes.find_child_by_attribute("Code", "name", "Money").child("Code").attribute("name").as_string()) ==
        "Moderation");
  CHECK(std::string(codes.last_child().attribute("name").as_string()) == refi::kPendingCodeName);
  CHECK(std::string(codes.find_child_by_attribute("Code", "name", "Money").child_value("Description")) == "Sums in “pounds”");
}

TEST_CASE("REFI-QDA export of the bundled corpus: every selection cuts its matched words", "[refi]") {
  const Lexicon lexicon = DefaultLexicon();
  const std::vector<CommentRecord> comments = TaggedCorpus(lexicon);
  Result<RefiProject> project = MakeRefiProject(comments, lexicon, {});
  REQUIRE(project.ok());
  const std::string bytes = QdpxBytes(project.value(), "t.qdpx").value();
  const auto back = ReadQdpx(bytes);
  const auto cuts = Cuts(*back);
  const std::vector<std::string> expected = MatchedWords(comments);
  REQUIRE(cuts.size() == expected.size());
  REQUIRE(cuts.size() > 100);
  size_t differ = 0;
  for (size_t i = 0; i < cuts.size(); ++i) differ += cuts[i].first != expected[i] || cuts[i].second != expected[i];
  CHECK(differ == 0);
  // Counts: a code per theme and the pending code; a source per return; a
  // coding per selection, and one more per pending one; fewer selections than
  // matches (a theme's rules matching inside one another are one selection).
  std::set<std::string> return_keys;
  size_t matches = 0;
  for (const CommentRecord& c : comments) {
    return_keys.insert(c.return_key());
    matches += c.tagging().matches.size();
  }
  const RefiExportCounts& n = project.value().counts;
  CHECK(n.codes == lexicon.themes.size() + 1);
  CHECK(n.sources == return_keys.size());
  CHECK(n.comments == comments.size());
  CHECK(n.selections == expected.size());
  CHECK(n.selections < matches);
  const size_t pending_codings = back->doc.select_nodes(
      ("//Coding[CodeRef/@targetGUID='" + refi::PendingCodeGuid() + "']").c_str()).size();
  CHECK(pending_codings > 0);
  CHECK(n.codings == n.selections + pending_codings);
  // Deterministic: the same records make the same bytes.
  CHECK(QdpxBytes(MakeRefiProject(comments, lexicon, {}).value(), "t.qdpx").value() == bytes);
}

TEST_CASE("REFI-QDA export refuses a match outside its comment's text", "[refi]") {
  CommentRecord c;
  c.id = "x";
  c.text = "caf\xC3\xA9";
  c.tags.emplace();
  c.tags->matches.push_back({"cafe", "word:caf*", 0, 4, "caf", false});  // ends inside é
  Result<RefiProject> project = MakeRefiProject({c}, Lexicon{}, {});
  CHECK(project.status().ToString() == "x: error: match 0-4 of theme cafe is not inside its comment's text");
}

TEST_CASE("The codebook alone (.qdc) in the codebook namespace", "[refi]") {
  const Lexicon lexicon = DefaultLexicon();
  const std::string qdc = refi::CodebookQdc(lexicon, "returns test");
  pugi::xml_document doc;
  REQUIRE(doc.load_string(qdc.c_str()));
  pugi::xml_node book = doc.child("CodeBook");
  CHECK(std::string(book.attribute("xmlns").as_string()) == refi::kCodebookNamespace);
  CHECK(std::string(book.attribute("origin").as_string()) == "returns test");
  size_t codes = 0;
  for (pugi::xml_node c : book.child("Codes").children("Code")) {
    ++codes;
    CHECK(std::string(c.attribute("guid").as_string()).size() == 36);
  }
  CHECK(codes == lexicon.themes.size() + 1);
  CHECK(std::string(book.child("Codes").first_child().attribute("guid").as_string()) == refi::CodeGuid(lexicon.themes[0].id));
  CHECK(refi::CodeGuid("moderation") != refi::CodeGuid("learning_walks"));
  CHECK(refi::CodeGuid("moderation")[14] == '5');  // UUID version 5
}

TEST_CASE("REFI-QDA export: a theme matched that the lexicon lacks gets a code named by its id", "[refi]") {
  CommentRecord c;
  c.id = "x";
  c.text = "caf\xC3\xA9 au lait";
  c.tags.emplace();
  c.tags->matches.push_back({"ghost", "word:caf*", 0, 5, "caf\xC3\xA9", false});
  Result<RefiProject> project = MakeRefiProject({c}, Lexicon{}, {});
  REQUIRE(project.ok());
  CHECK(project.value().counts.codes == 2);  // ghost, pending
  pugi::xml_document doc;
  REQUIRE(doc.load_string(project.value().project_qde.c_str()));
  pugi::xml_node code = doc.child("Project").child("CodeBook").child("Codes").first_child();
  CHECK(std::string(code.attribute("name").as_string()) == "ghost");
  CHECK(std::string(code.attribute("guid").as_string()) == refi::CodeGuid("ghost"));
  pugi::xml_node selection = doc.child("Project").child("Sources").child("TextSource").child("PlainTextSelection");
  CHECK(selection.attribute("endPosition").as_int() == 4);  // é is one character
  CHECK(std::string(selection.child("Coding").child("CodeRef").attribute("targetGUID").as_string()) == refi::CodeGuid("ghost"));
}
