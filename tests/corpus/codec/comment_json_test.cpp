#include "corpus/codec/comment_json.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "corpus/intake/record_source.h"

namespace {

using returns::CommentJsonReader;
using returns::CommentRecord;
using returns::Field;

std::string Line(const CommentRecord& r, const returns::CommentJsonOptions& options = {}) {
  std::string out;
  returns::AppendCommentJsonLine(r, out, options);
  return out;
}

CommentRecord Read(const std::string& json, CommentJsonReader::Problem expected = CommentJsonReader::Problem::kNone) {
  CommentJsonReader reader;
  CommentRecord r;
  INFO(json);
  REQUIRE(reader.Read(json, r) == expected);
  return r;
}

std::vector<CommentRecord> CorpusRecords() {
  const std::string dir = std::string(RETURNS_SOURCE_DIR) + "/corpus/";
  const auto reg = returns::Register::Load(dir + "collaboratives.csv");
  returns::SourceOptions options;
  options.intake.round = "2013-03";
  auto source = returns::RecordSource::Open({dir + "kent-2013"}, reg.value(), options);
  REQUIRE(source.ok());
  std::vector<CommentRecord> all, batch;
  while (source.value()->Next(batch, 64)) all.insert(all.end(), batch.begin(), batch.end());
  REQUIRE(source.value()->status().ok());
  return all;
}

}  // namespace

TEST_CASE("a record from a return has every field, in the one order", "[codec]") {
  const std::vector<CommentRecord> records = CorpusRecords();
  REQUIRE(records.size() == 445);
  const nlohmann::ordered_json j = nlohmann::ordered_json::parse(Line(records.front()));
  std::vector<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.push_back(k);
  CHECK(keys == std::vector<std::string>{"id", "return_id", "comment_id", "district", "collaborative",
                                         "collaborative_canonical", "lead_schools", "lead_schools_canonical",
                                         "question", "round", "position", "heading", "text", "start", "end",
                                         "source", "line", "return_line"});
}

TEST_CASE("every corpus record survives writing and reading, byte for byte", "[codec]") {
  CommentJsonReader reader;
  for (CommentRecord r : CorpusRecords()) {
    r.tags = returns::Tagging{{{"moderation", "word:moderat*", 0, 3, "Mod", true}}, {"moderation"}, {"moderation"}};
    const std::string line = Line(r);
    CommentRecord back;
    REQUIRE(reader.Read(line.substr(0, line.size() - 1), back) == CommentJsonReader::Problem::kNone);
    CHECK(back.present == r.present);
    CHECK(back.collaborative_canonical == r.collaborative_canonical);
    CHECK(back.heading == r.heading);
    REQUIRE(back.tags);
    CHECK(back.tags->matches.size() == 1);
    CHECK(back.tags->matches[0].pending);
    CHECK(Line(back) == line);
  }
}

TEST_CASE("fields the codec does not know are carried through in their order, untouched", "[codec]") {
  const CommentRecord r =
      Read(R"({"school":"Hoath","text":"Joint moderation","n":[1, {"a":null}],"id":"r1","z":1.5e3,"b":true})");
  CHECK(r.has(Field::kId));
  CHECK(r.has(Field::kText));
  REQUIRE(r.attributes.size() == 4);
  CHECK(r.attributes[0] == std::pair<std::string, std::string>{"school", "\"Hoath\""});
  CHECK(r.attributes[1] == std::pair<std::string, std::string>{"n", "[1, {\"a\":null}]"});
  CHECK(r.attributes[2] == std::pair<std::string, std::string>{"z", "1.5e3"});
  CHECK(r.attributes[3] == std::pair<std::string, std::string>{"b", "true"});
  // Known fields first, in the one order; then the others as read.
  CHECK(Line(r) == "{\"id\":\"r1\",\"text\":\"Joint moderation\",\"school\":\"Hoath\",\"n\":[1, {\"a\":null}],"
                   "\"z\":1.5e3,\"b\":true}\n");
}

TEST_CASE("a known field of the wrong type is carried, not dropped", "[codec]") {
  const CommentRecord r = Read(R"({"text":"x","question":"2","district":["Dover"],"lead_schools":[1,2],"id":5})");
  CHECK_FALSE(r.has(Field::kQuestion));
  CHECK(r.question == 0);
  CHECK_FALSE(r.has(Field::kDistrict));
  CHECK_FALSE(r.has(Field::kLeadSchools));
  CHECK(r.id == "5");  // an id is always a string: a number becomes its text
  CHECK(Line(r) == "{\"id\":\"5\",\"text\":\"x\",\"question\":\"2\",\"district\":[\"Dover\"],\"lead_schools\":[1,2]}\n");
}

TEST_CASE("text is put in NFC, null heading and canonical name are present and null", "[codec]") {
  const CommentRecord r = Read("{\"text\":\"cafe\xcc\x81\",\"heading\":null,\"collaborative_canonical\":null}");
  CHECK(r.text == "caf\xc3\xa9");
  CHECK(r.has(Field::kHeading));
  CHECK_FALSE(r.heading);
  CHECK(Line(r) == "{\"collaborative_canonical\":null,\"heading\":null,\"text\":\"caf\xc3\xa9\"}\n");
}

TEST_CASE("what is not a comment record is named for the rejects report", "[codec]") {
  using P = CommentJsonReader::Problem;
  Read("not json", P::kNotJson);
  Read("[1,2]", P::kNotJson);
  Read(R"({"text":"a"} trailing)", P::kNotJson);
  Read(R"({"text":"a","x":[1,,2]})", P::kNotJson);
  Read(R"({"text":"a","x":01})", P::kNotJson);
  Read(R"({"text":"a","x":{"k":}})", P::kNotJson);
  Read(R"({"id":"r3","words":"no text"})", P::kNoText);
  Read(R"({"text":5})", P::kNoText);
  Read("{\"text\":\"caf\xe9\"}", P::kInvalidUtf8);
}

TEST_CASE("regression fuzz_codec: a value nested 1,000 deep is refused, not walked to a stack overflow", "[codec][regression]") {
  using P = CommentJsonReader::Problem;
  auto nested = [](int depth, const char* key) {
    return "{\"text\":\"a\",\"" + std::string(key) + "\":" + std::string(depth, '[') + std::string(depth, ']') + "}";
  };
  Read(nested(1000, "extra"), P::kNotJson);
  Read(nested(1000, "id"), P::kNotJson);  // an id that is not a string is carried as its JSON text: checked the same way
  Read(nested(200, "lexicon"), P::kNotJson);
  // 100 deep is carried through as it was read.
  const CommentRecord r = Read(nested(100, "extra"), P::kNone);
  REQUIRE(r.attributes.size() == 1);
  CHECK(r.attributes[0].second == std::string(100, '[') + std::string(100, ']'));
}

TEST_CASE("tags are read back, the lexicon note is the next tagger's to write", "[codec]") {
  const CommentRecord r = Read(
      R"({"id":"a","text":"Moderation","themes":["moderation"],"pending":[],"matches":[{"theme":"moderation","rule":"word:moderat*","start":0,"end":10,"text":"Moderation","pending":false}],"lexicon":{"name":"k","version":"1"}})");
  REQUIRE(r.tags);
  CHECK(r.tags->themes == std::vector<std::string>{"moderation"});
  CHECK(r.tags->matches.at(0).end == 10);
  CHECK(r.attributes.empty());
  const std::string name = "kent", version = "2";
  returns::CommentJsonOptions options;
  options.lexicon_name = &name;
  options.lexicon_version = &version;
  CHECK(Line(r, options).find(R"("lexicon":{"name":"kent","version":"2"}})") != std::string::npos);
}
