#include "corpus/codec/json_writer.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <random>

namespace {

// Strings with every kind of byte the writer must treat apart: controls,
// quotes, backslashes, DEL, and UTF-8 of 2, 3 and 4 bytes.
std::string RandomText(std::mt19937& rng) {
  static const std::vector<std::string> kPieces = {
      "a", "Z", " ", "\"", "\\", "/", "\n", "\r", "\t", "\b", "\f", std::string(1, '\x01'), std::string(1, '\x1f'),
      "\x7f", "é", "£", "–", "“", "”", "😀", "Year 5/6", "<b>&amp;</b>"};
  std::uniform_int_distribution<size_t> pick(0, kPieces.size() - 1), length(0, 20);
  std::string s;
  for (size_t n = length(rng); n > 0; --n) s += kPieces[pick(rng)];
  return s;
}

}  // namespace

TEST_CASE("strings are escaped exactly as nlohmann::json writes them", "[codec][json]") {
  std::mt19937 rng(20261130);
  for (int i = 0; i < 2000; ++i) {
    const std::string text = RandomText(rng);
    std::string ours;
    returns::JsonWriter::AppendQuoted(ours, text);
    INFO(text);
    REQUIRE(ours == nlohmann::json(text).dump());
  }
}

TEST_CASE("compact and indented documents match nlohmann::json's dump", "[codec][json]") {
  nlohmann::ordered_json expected;
  expected["query"] = "moderation \"Dover\"";
  expected["total"] = 3;
  expected["empty"] = nlohmann::ordered_json::array();
  expected["none"] = nullptr;
  expected["flag"] = false;
  expected["score"] = 0.0;
  expected["list"] = {"a", "b"};
  expected["nested"] = {{"n", -12}, {"o", nlohmann::ordered_json::object()}};
  for (int indent : {-1, 2}) {
    std::string out;
    returns::JsonWriter w(out, indent);
    w.BeginObject();
    w.Key("query"); w.String("moderation \"Dover\"");
    w.Key("total"); w.UInt(3);
    w.Key("empty"); w.BeginArray(); w.EndArray();
    w.Key("none"); w.Null();
    w.Key("flag"); w.Bool(false);
    w.Key("score"); w.Double(0.0);
    w.Key("list"); w.StringArray({"a", "b"});
    w.Key("nested"); w.BeginObject(); w.Key("n"); w.Int(-12); w.Key("o"); w.BeginObject(); w.EndObject(); w.EndObject();
    w.EndObject();
    CHECK(out == expected.dump(indent));
  }
}

TEST_CASE("doubles keep a decimal point and round-trip", "[codec][json]") {
  for (double d : {1.0, 0.5, 4.828925235193579, 1e-7, 123456789.0}) {
    std::string out;
    returns::JsonWriter(out).Double(d);
    CHECK(out.find_first_of(".e") != std::string::npos);
    CHECK(std::stod(out) == d);
  }
}
