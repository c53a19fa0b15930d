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

TEST_CASE("a line of spaces between records is skipped and the next record keeps its own line", "[csv]") {
  const auto r = ReadCsvRecords("a,b\n \t \nx,y\n\n  \nlast,row\n", "t.csv");
  REQUIRE(r.ok());
  const auto& rows = r.value();
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].fields == std::vector<std::string>{"x", "y"});
  CHECK(rows[1].line == 3);
  CHECK(rows[2].line == 6);
}

TEST_CASE("a malformed quote is an error at the line to look at, said as what to look for", "[csv]") {
  const std::string quotes =
      "malformed CSV: a quote inside a cell that does not start with one, or text after a cell's closing quote "
      "(a cell holding quotes is written in quotes, each of its own doubled: \"a \"\"b\"\" c\")";
  const auto started = [](int line) {
    return "; the record this line is read into starts on line " + std::to_string(line) +
           ", so a quote there may never be closed";
  };
  struct Row {
    const char* text;
    std::string message;
  };
  const Row rows[] = {
      // A quote never closed takes the rest of the file: the record it opened in is named, not the end.
      {"a,b\nok,fine\n\"open,never closed\nmore\nand more\n",
       "bad.csv:3: error: malformed CSV: a quoted cell in the record starting here is never closed (its opening "
       "quote has no closing one, so the rest of the file, to line 5, would be one cell)"},
      {"a,b\nok,\"open\n\nlast", "bad.csv:2: error: malformed CSV: a quoted cell in the record starting here is "
                                   "never closed (its opening quote has no closing one, so the rest of the file, to "
                                   "line 4, would be one cell)"},
      {"a,b\nok,fine\nsay \"hi\",x\n", "bad.csv:3: error: " + quotes},  // a quote inside an unquoted cell
      {"a,b\n\"x\"y,z\nlast,row\n", "bad.csv:2: error: " + quotes},       // text after the closing quote
      {"a,b\n\"two\nlines\"x,z\n", "bad.csv:3: error: " + quotes + started(2)},  // ... on the cell's second line
      // A quote never closed pairs with a later cell's quote: the break is
      // found there, and the line the record started on is named too.
      {"a,b\n\"open,x\nok,\"quoted\"\n", "bad.csv:3: error: " + quotes + started(2)},
      // A stray quote in a later cell of a record whose first answer rightly
      // spans lines: the line is the one to look at, and no quote above is blamed.
      {"a,b,c\nDover,\"We ran moderation.\n\nAnd learning walks.\",extra \"x\"\n", "bad.csv:4: error: " + quotes},
      // A line of spaces is skipped, as libcsv skips it: the record starts below it.
      {"a,b\n  \t\n\"open,x\nmore\n", "bad.csv:3: error: malformed CSV: a quoted cell in the record starting "
                                         "here is never closed (its opening quote has no closing one, so the rest "
                                         "of the file, to line 4, would be one cell)"},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    const auto whole = ReadCsvRecords(row.text, "bad.csv");
    REQUIRE_FALSE(whole.ok());
    CHECK(whole.status().ToString() == row.message);
    // The same read a few bytes at a time.
    std::istringstream in(row.text);
    returns::CsvRecordReader reader(in, "bad.csv", ',', 4);
    returns::CsvRecord record;
    while (reader.Next(record)) {
    }
    CHECK(reader.status().ToString() == row.message);
  }
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
