#include "corpus/base/csv_records.h"

#include <catch2/catch.hpp>

#include <sstream>

using returns::ReadCsvRecords;

TEST_CASE("RFC 4180 records with their starting lines", "[csv]") {
  const auto r = ReadCsvRecords(
      "\xEF\xBB\xBF" "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row\n", "t.csv");
  REQUIRE(r.ok());
  const auto& rows = r.value();
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].fields == std::vector<std::string>{"a", "b"});
  CHECK(rows[1].fields == std::vector<std::string>{"x, y", "say \"hi\""});
  CHECK(rows[2].fields == std::vector<std::string>{"two\nlines", "z"});
  CHECK(rows[2].line == 3);
  CHECK(rows[3].line == 5);
}

TEST_CASE("a malformed quote is an error with its line", "[csv]") {
  const auto r = ReadCsvRecords("a,b\nok,fine\n\"open,never closed\n", "bad.csv");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().ToString().rfind("bad.csv:", 0) == 0);
  CHECK(r.status().ToString().find("malformed CSV") != std::string::npos);
}

TEST_CASE("records and fields carry the lines they start on, blank lines counted", "[csv]") {
  const auto r = returns::ReadCsvRecords("a,b\n\n\n\"x\ny\",z\r\n\r\nlast,\"q\n\nr\"", "f.csv");
  REQUIRE(r.ok());
  REQUIRE(r.value().size() == 3);
  CHECK(r.value()[0].line == 1);
  CHECK(r.value()[1].line == 4);
  CHECK(r.value()[1].field_lines == std::vector<int>{4, 5});
  CHECK(r.value()[2].line == 7);
  CHECK(r.value()[2].field_lines == std::vector<int>{7, 7});
}

TEST_CASE("csv_records: CsvRecordReader in chunks of any size gives ReadCsvRecords's records and lines") {
  const std::string text = "\xEF\xBB\xBF" "a,b\r\n\r\n\"x\r\ny, “z”\",é\r\n\n\nlast,\"q\n\nr\"\"s\"";
  const auto whole = ReadCsvRecords(text, "f.csv");
  REQUIRE(whole.ok());
  REQUIRE(whole.value().size() == 3);
  for (size_t chunk = 4; chunk <= text.size() + 1; ++chunk) {
    INFO("chunks of " << chunk);
    std::istringstream in(text);
    returns::CsvRecordReader reader(in, "f.csv", ',', chunk);
    std::vector<returns::CsvRecord> got;
    returns::CsvRecord record;
    while (reader.Next(record)) got.push_back(record);
    REQUIRE(reader.status().ok());
    REQUIRE(got.size() == whole.value().size());
    for (size_t i = 0; i < got.size(); ++i) {
      CHECK(got[i].line == whole.value()[i].line);
      CHECK(got[i].fields == whole.value()[i].fields);
      CHECK(got[i].field_lines == whole.value()[i].field_lines);
    }
    CHECK(reader.bytes_read() == text.size());
  }
  // A quote never closed: the same line said, whatever the chunks.
  const std::string bad = "a,b\nok,fine\n\n\"open,never\nclosed\n";
  const auto whole_bad = ReadCsvRecords(bad, "bad.csv");
  REQUIRE_FALSE(whole_bad.ok());
  for (size_t chunk = 4; chunk <= bad.size(); ++chunk) {
    std::istringstream in(bad);
    returns::CsvRecordReader reader(in, "bad.csv", ',', chunk);
    returns::CsvRecord record;
    while (reader.Next(record)) {
    }
    CHECK(reader.status().ToString() == whole_bad.status().ToString());
  }
}
