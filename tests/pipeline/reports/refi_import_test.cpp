#include "pipeline/reports/refi_import.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <sstream>

#include "corpus/base/read_file.h"
#include "pipeline/writers/zip_writer.h"
#include "pipeline/reports/coding.h"
#include "pipeline/reports/refi_common.h"
#include "pipeline/reports/refi_export.h"
#include "refi_test_util.h"

using namespace returns;
using namespace returns::testing;

TEST_CASE("REFI-QDA round trip: import of the export gives back every comment's themes", "[refi]") {
  const Lexicon lexicon = DefaultLexicon();
  const std::vector<CommentRecord> comments = TaggedCorpus(lexicon);
  const std::string bytes = QdpxBytes(MakeRefiProject(comments, lexicon, {}).value(), "t.qdpx").value();
  Result<RefiCoding> coding = ReadRefiCoding(bytes, "t.qdpx", lexicon);
  REQUIRE(coding.ok());
  const RefiCoding& c = coding.value();
  CHECK(c.notes.empty());
  CHECK(c.pending_coded);
  REQUIRE(c.comments.size() == comments.size());
  size_t with_theme = 0, pending = 0;
  for (size_t i = 0; i < comments.size(); ++i) {
    INFO(comments[i].comment_key());
    CHECK(c.comments[i].id == comments[i].comment_key());
    CHECK(c.comments[i].round == "2013-03");
    CHECK(c.comments[i].question == comments[i].question);
    CHECK(c.comments[i].text == comments[i].text);
    CHECK(c.comments[i].themes == comments[i].tagging().themes);
    CHECK(c.comments[i].pending == comments[i].tagging().pending);
    with_theme += !comments[i].tagging().themes.empty();
    pending += !comments[i].tagging().pending.empty();
  }
  CHECK(with_theme > 20);
  CHECK(pending > 0);
  // The gold file reads as a coding evaluate and agreement take.
  std::istringstream gold(GoldJsonl(c));
  Result<std::vector<CodedComment>> read = ReadCoding(gold, "gold.jsonl");
  REQUIRE(read.ok());
  REQUIRE(read.value().size() == comments.size());
  CHECK(read.value()[0].themes == comments[0].tagging().themes);
  CHECK(read.value()[0].pending_coded);
}

TEST_CASE("REFI-QDA round trip with a theme hierarchy: parents come back from the code tree", "[refi]") {
  Result<Lexicon> lexicon = LoadLexicon(std::string(RETURNS_SOURCE_DIR) + "/tests/data/lexicons/quanteda-equivalent.yaml");
  REQUIRE(lexicon.ok());
  const std::vector<CommentRecord> comments = TaggedCorpus(lexicon.value());
  const std::string bytes = QdpxBytes(MakeRefiProject(comments, lexicon.value(), {}).value(), "t.qdpx").value();
  Result<RefiCoding> coding = ReadRefiCoding(bytes, "t.qdpx", lexicon.value());
  REQUIRE(coding.ok());
  REQUIRE(coding.value().comments.size() == comments.size());
  size_t parents = 0;
  for (size_t i = 0; i < comments.size(); ++i) {
    INFO(comments[i].comment_key());
    CHECK(coding.value().comments[i].themes == comments[i].tagging().themes);
    CHECK(coding.value().comments[i].pending == comments[i].tagging().pending);
    const std::vector<std::string>& t = comments[i].tagging().themes;
    parents += std::find(t.begin(), t.end(), "assessment") != t.end();
  }
  CHECK(parents > 5);  // the parent theme, never matched itself, came back through its children's codes
}

TEST_CASE("REFI-QDA import of another tool's project: paragraphs, labels, whole-source codings, notes", "[refi]") {
  const Lexicon lexicon = DefaultLexicon();
  // As a tool that knows nothing of our comment map would write it: codes by
  // name only, text inline, a selection across two paragraphs, one in the gap.
  const std::string qde = R"(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="coder">
  <CodeBook><Codes>
    <Code guid="{AAAAAAAA-0000-0000-0000-000000000001}" name="moderation" isCodable="true">
      <Code guid="AAAAAAAA-0000-0000-0000-000000000002" name="Learning walks" isCodable="true"/>
    </Code>
    <Code guid="AAAAAAAA-0000-0000-0000-000000000003" name="Visits to Schools!" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="BBBBBBBB-0000-0000-0000-000000000001" name="interview">
      <PlainTextContent>“First” para £5

Second é para
  
Third</PlainTextContent>
      <PlainTextSelection guid="CCCCCCCC-0000-0000-0000-000000000001" startPosition="0" endPosition="7">
        <Coding guid="DDDDDDDD-0000-0000-0000-000000000001"><CodeRef targetGUID="aaaaaaaa-0000-0000-0000-000000000002"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="CCCCCCCC-0000-0000-0000-000000000002" startPosition="10" endPosition="20">
        <Coding guid="DDDDDDDD-0000-0000-0000-000000000002"><CodeRef targetGUID="AAAAAAAA-0000-0000-0000-000000000003"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="CCCCCCCC-0000-0000-0000-000000000003" startPosition="15" endPosition="17">
        <Coding guid="DDDDDDDD-0000-0000-0000-000000000003"><CodeRef targetGUID="AAAAAAAA-0000-0000-0000-000000000003"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="CCCCCCCC-0000-0000-0000-000000000004" startPosition="0" endPosition="2">
        <Coding guid="DDDDDDDD-0000-0000-0000-000000000004"><CodeRef targetGUID="EEEEEEEE-0000-0000-0000-000000000000"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <PDFSource guid="BBBBBBBB-0000-0000-0000-000000000002" name="scan"/>
  </Sources>
</Project>)";
  Result<RefiCoding> coding = ReadRefiCoding(qde, "coder.qde", lexicon);
  REQUIRE(coding.ok());
  const RefiCoding& c = coding.value();
  REQUIRE(c.comments.size() == 3);
  CHECK(c.comments[0].id == "interview#1");
  CHECK(c.comments[0].text == "“First” para £5");
  CHECK(c.comments[1].text == "Second é para");
  CHECK(c.comments[2].text == "Third");
  // "Learning walks" is the label of learning_walks; its parent code, by id, moderation.
  CHECK(c.comments[0].themes == std::vector<std::string>{"learning_walks", "moderation", "visits_to_schools"});
  CHECK(c.comments[1].themes == std::vector<std::string>{"visits_to_schools"});
  CHECK(c.comments[2].themes.empty());
  CHECK_FALSE(c.pending_coded);
  CHECK(c.sources == 1);
  CHECK(c.selections == 4);
  CHECK(c.codings == 4);
  CHECK(c.notes == std::vector<std::string>{
                       "1 selection(s) in no comment (between comments): left out",
                       "1 coding(s) of a code the project does not define: left out",
                       "1 source(s) that are not text (PDF, picture, audio, video): left out",
                       "code 'Visits to Schools!' is no theme of the lexicon: read as theme 'visits_to_schools'"});
  CHECK(GoldJsonl(c).rfind(R"({"id":"interview#1","text":"“First” para £5","themes":["learning_walks","moderation","visits_to_schools"]})", 0) == 0);
}

TEST_CASE("REFI-QDA import: the ATLAS.ti sample (codes, no sources) reads as no comments", "[refi]") {
  const std::string path = std::string(RETURNS_SOURCE_DIR) + "/../shared/refi-qda/sample-atlas-project.qdpx";
  if (!std::filesystem::exists(path)) {
    WARN("skipped: " << path << " is not there (the REFI-QDA reference material)");
    return;
  }
  Result<RefiCoding> coding = ReadRefiCoding(ReadWholeFile(path).value(), path, DefaultLexicon());
  REQUIRE(coding.ok());
  CHECK(coding.value().comments.empty());
  CHECK(coding.value().sources == 0);
  CHECK(GoldJsonl(coding.value()).empty());
}

TEST_CASE("REFI-QDA import refuses what is not a project, saying why", "[refi]") {
  const Lexicon lexicon = DefaultLexicon();
  CHECK(ReadRefiCoding("not xml <", "x.qdpx", lexicon).status().ToString().rfind(
            "x.qdpx: error: not a REFI-QDA project: neither a .qdpx (a zip archive) nor its project.qde (XML: ", 0) == 0);
  CHECK(ReadRefiCoding("District,Collaborative\nDover,RAiD\n", "round.csv", lexicon).status().ToString().rfind(
            "round.csv: error: not a REFI-QDA project: neither", 0) == 0);
  for (const char* empty : {"", " \n"}) {
    CHECK(ReadRefiCoding(empty, "x.qdpx", lexicon).status().ToString() ==
          "x.qdpx: error: an empty file: not a REFI-QDA project (.qdpx, a zip archive, or its project.qde)");
  }
  ZipWriter broken;
  broken.Add("project.qde", "<Project");
  const std::string broken_zip = broken.Finish().value();
  CHECK(ReadRefiCoding(broken_zip, "x.qdpx", lexicon).status().ToString().rfind("x.qdpx: error: project.qde is not XML (", 0) == 0);
  CHECK(ReadRefiCoding("<Other/>", "x.qde", lexicon).status().ToString() ==
        "x.qde: error: project.qde has no <Project> element: not a REFI-QDA project");
  ZipWriter other;
  other.Add("other.xml", "<a/>");
  const std::string zip = other.Finish().value();
  CHECK(ReadRefiCoding(zip, "x.qdpx", lexicon).status().ToString() ==
        "x.qdpx: error: no project.qde in the archive: not a REFI-QDA project");
  // A source whose internal text is missing is noted, not fatal.
  ZipWriter without_text;
  without_text.Add("project.qde", R"(<Project name="p"><Sources>
      <TextSource guid="BBBBBBBB-0000-0000-0000-000000000001" name="s" plainTextPath="internal://nothere.txt"/>
      </Sources></Project>)");
  const std::string missing = without_text.Finish().value();
  Result<RefiCoding> coding = ReadRefiCoding(missing, "x.qdpx", lexicon);
  REQUIRE(coding.ok());
  CHECK(coding.value().notes ==
        std::vector<std::string>{"1 text source(s) whose text is missing or not in the file (external paths): left out"});
}

// Found by fuzz_refi: a source name holding a byte that is not UTF-8 went
// into the gold file's ids, which the gold reader then refused.
TEST_CASE("regression: a project that is not UTF-8 is refused where the byte is, not passed to the gold file", "[refi]") {
  const Lexicon lexicon = DefaultLexicon();
  const std::string qde = "<Project name=\"p\"><Sources>\n<TextSource guid=\"BBBBBBBB-0000-0000-0000-000000000001\" name=\"\xE9t\xE9\">"
                          "<PlainTextContent>One</PlainTextContent></TextSource></Sources></Project>";
  const Status s = ReadRefiCoding(qde, "x.qde", lexicon).status();
  CHECK(s.ToString().rfind("x.qde (project.qde):2: error: invalid UTF-8", 0) == 0);
}

TEST_CASE("REFI-QDA import: codes nested 100,000 deep read without exhausting the stack, notes stay short", "[refi]") {
  constexpr int kDepth = 100000;
  std::string qde = R"(<Project name="p"><CodeBook><Codes>)";
  for (int i = 0; i < kDepth; ++i) {
    char guid[64];
    std::snprintf(guid, sizeof guid, "%08d-0000-0000-0000-000000000000", i);
    qde += std::string(R"(<Code isCodable="true" guid=")") + guid + R"(" name="c)" + std::to_string(i) + R"(">)";
  }
  for (int i = 0; i < kDepth; ++i) qde += "</Code>";
  qde += "</Codes></CodeBook></Project>";
  Result<RefiCoding> coding = ReadRefiCoding(qde, "deep.qde", DefaultLexicon());
  REQUIRE(coding.ok());
  REQUIRE(coding.value().notes.size() == 21);
  CHECK(coding.value().notes.back() ==
        "and 99980 more codes that are no theme of the lexicon, read as themes by their names");
}
