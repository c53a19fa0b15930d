#include "corpus/intake/ingest.h"

#include <catch2/catch.hpp>

#include "tests/corpus/intake/returns_batch.h"

using returns::IngestOptions;
using returns::InputFormat;
using returns::Result;
using returns::Return;
using namespace returns::test;
using namespace std::string_literals;

namespace {

const std::string kLongCsv =
    "District,Collaborative,Lead School(s),Question,Answer\n"
    "Thanet,M7 Partnership,Minster Primary,2,Learning walks.\n";
const std::string kTsv =
    "District\tCollaborative\tLead School(s)\tQuestion\tAnswer\n"
    "Thanet\tM7 Partnership\tMinster Primary\t2\tLearning walks.\n";
// The same with other header names (an appendix's header names District and Collaborative).
const std::string kTsvAliases =
    "Area\tPartnership\tLead\tQuestion\tAnswer\n"
    "Thanet\tM7 Partnership\tMinster Primary\t2\tLearning walks.\n";
const std::string kDocument = "District: Thanet\nCollaborative: M7 Partnership\nLead school: Minster Primary\n\nQ2\nLearning walks.\n";

}  // namespace

TEST_CASE("format names", "[ingest]") {
  const std::vector<std::pair<std::string, InputFormat>> names = {
      {"auto", InputFormat::kAuto}, {"appendix", InputFormat::kAppendix}, {"csv", InputFormat::kCsv},
      {"tsv", InputFormat::kTsv},   {"document", InputFormat::kDocument}, {"jsonl", InputFormat::kJsonl},
      {"docx", InputFormat::kDocx},
      {"pdf", InputFormat::kPdf},
      {"xlsx", InputFormat::kXlsx},
  };
  for (const auto& [name, want] : names) {
    InputFormat got = InputFormat::kAuto;
    CHECK(returns::ParseInputFormat(name, got));
    CHECK(got == want);
  }
  InputFormat unchanged = InputFormat::kCsv;
  CHECK_FALSE(returns::ParseInputFormat("xml", unchanged));
  CHECK_FALSE(returns::ParseInputFormat("CSV", unchanged));
  CHECK(unchanged == InputFormat::kCsv);
}

TEST_CASE("the format from the extension, else from the content", "[ingest]") {
  SampleDir dir;
  // Each file holds the same return in the format its name or content calls for.
  const std::vector<std::pair<std::string, std::string>> files = {
      {"a.csv", kLongCsv},         {"b.tsv", kTsv},           {"c.tab", kTsv},
      {"d.jsonl", kJsonl},         {"e.ndjson", kJsonl},      {"f.json", kJsonl},
      {"g.md", kDocument},         {"h.markdown", kDocument},
      // No telling extension: JSON by its brace, a document by its details, TSV by a tab in the header.
      {"i.txt", "\n  " + kJsonl},  {"j.txt", kDocument},      {"k.txt", kTsvAliases},
      {"l", kDocument},
  };
  for (const auto& [name, bytes] : files) {
    INFO(name);
    const Batch got = Ingest({dir.Write(name, bytes)});
    CHECK(got.rejects.empty());
    REQUIRE(got.returns.size() == 1);
    const Return& r = got.returns[0];
    CHECK(r.id == "q2/m7-partnership/minster-primary");
    CHECK(r.district == "Thanet");
    CHECK(r.text == "Learning walks.");
  }
  // A compiled appendix is known by its header; the .txt of the bundled corpus is one.
  const Batch appendix = Ingest({SourcePath("corpus/kent-2013/q3-strengths.txt")});
  CHECK(appendix.returns.size() == 46);  // rows counted by hand (see appendix_reader_test.cpp)

  // The extension wins over the content: JSON in a .csv is read as CSV (and fails as such).
  const Result<Batch> json_as_csv = IngestFiles({dir.Write("m.csv", kJsonl)}, BundledRegister());
  CHECK_FALSE(json_as_csv.ok());
  // Markdown without details is still a document: its answers lack a collaborative.
  const Batch nameless = Ingest({dir.Write("n.md", "## 3\nTrust.\n")});
  REQUIRE(nameless.rejects.size() == 1);
  CHECK(nameless.rejects[0].reason == "missing required field");
}

// Regression: detection looked for an appendix header ("District …
// Collaborative" on the first line) before it looked for a tab, so a TSV
// export saved as .txt with the usual column names was read as an appendix.
TEST_CASE("a .txt TSV with the usual header is read as TSV", "[ingest]") {
  SampleDir dir;
  const Result<Batch> got = IngestFiles({dir.Write("export.txt", kTsv)}, BundledRegister());
  INFO(got.status().ToString());
  REQUIRE(got.ok());
  REQUIRE(got.value().returns.size() == 1);
  CHECK(got.value().returns[0].text == "Learning walks.");
}

TEST_CASE("a format given (--format) overrides detection", "[ingest]") {
  SampleDir dir;
  const std::string csv_txt = dir.Write("returns.txt", kLongCsv);
  IngestOptions as_csv;
  as_csv.format = InputFormat::kCsv;
  const Batch got = Ingest({csv_txt}, as_csv);
  REQUIRE(got.returns.size() == 1);
  CHECK(got.returns[0].text == "Learning walks.");
  // Left to detection, a header of comma-separated cells naming District is a CSV export's.
  const Batch detected = Ingest({csv_txt});
  REQUIRE(detected.returns.size() == 1);
  CHECK(detected.returns[0].text == "Learning walks.");

  IngestOptions as_document;
  as_document.format = InputFormat::kDocument;
  const Batch doc = Ingest({dir.Write("doc.csv", kDocument)}, as_document);
  REQUIRE(doc.returns.size() == 1);
  CHECK(doc.returns[0].question == 2);
}


TEST_CASE("a Word document by its extension or its content, read from its bytes", "[ingest]") {
  SampleDir dir;
  const std::string docx = Slurp("tests/data/docx/table-details.docx");
  CHECK(returns::DetectFormat("a.docx", "") == InputFormat::kDocx);
  CHECK(returns::DetectFormat("return", docx) == InputFormat::kDocx);
  CHECK(returns::DetectFormat("return.txt", docx) == InputFormat::kDocx);
  CHECK(returns::DetectFormat("return.zip", Slurp("tests/data/zip/two-parts.zip")) != InputFormat::kDocx);
  for (const std::string name : {"a.docx", "return", "return.txt"}) {
    INFO(name);
    const Batch got = Ingest({dir.Write("one/" + name, docx)});
    CHECK(got.rejects.empty());
    REQUIRE(got.returns.size() == 3);
    CHECK(got.returns[0].id == "q1/raising-achievement-in-dover-raid/priory-fields");
    CHECK(got.returns[0].line == 10);  // a paragraph number
  }
  // --format document on a .docx reads it as Word, not as text.
  IngestOptions as_document;
  as_document.format = InputFormat::kDocument;
  CHECK(Ingest({dir.Write("two/a.docx", docx)}, as_document).returns.size() == 3);

  // In a directory, the "~$a.docx" lock file Word keeps beside an open document is not a return.
  dir.Write("three/a.docx", docx);
  dir.Write("three/~$a.docx", std::string("\x0bA. Officer") + std::string(150, '\0'));
  const Batch folder = Ingest({dir.path() + "/three"});
  CHECK(folder.files == 1);
  CHECK(folder.returns.size() == 3);

  // A damaged one is unusable input, named.
  const Result<Batch> cut = IngestFiles({dir.Write("four/cut.docx", docx.substr(0, docx.size() / 2))}, BundledRegister());
  REQUIRE_FALSE(cut.ok());
  CHECK(cut.status().ToString().find("cut.docx: error: cannot read this Word document") != std::string::npos);
}

TEST_CASE("a table export under another name is known by its header of delimited cells", "[ingest]") {
  // Excel's "CSV UTF-8" saved as .xls, a TSV as .txt, a quoted header with a BOM: a table.
  CHECK(returns::DetectFormat("export.xls", "ID,Start time,District,Collaborative,Lead school(s)\n1,x,Dover,RAiD,A\n") ==
        InputFormat::kCsv);
  CHECK(returns::DetectFormat("export.txt", "\xEF\xBB\xBF\"District\",\"Collaborative\",\"Answer\"\r\n") == InputFormat::kCsv);
  CHECK(returns::DetectFormat("export.txt", "district\tcollaborative\tanswer\n") == InputFormat::kTsv);
  // An appendix's header names the same words with spaces between: still an appendix.
  CHECK(returns::DetectFormat("q2.txt", " District Collaborative Lead School(s) What progress do you feel you have made "
                                        "against your priorities? \n") == InputFormat::kAppendix);
  // Commas in a first line that names no column: not taken for a table.
  CHECK(returns::DetectFormat("notes.txt", "Dover, Thanet, Swale and Canterbury met twice.\n") != InputFormat::kCsv);
  // Two cells are not a header.
  CHECK(returns::DetectFormat("notes.txt", "District,Collaborative\n") != InputFormat::kCsv);
}

TEST_CASE("a PDF is known by its extension and by its first bytes", "[ingest]") {
  CHECK(returns::DetectFormat("q4.pdf", "") == InputFormat::kPdf);
  CHECK(returns::DetectFormat("scan.PDF.txt", "%PDF-1.7\n") == InputFormat::kPdf);
  CHECK(returns::DetectFormat("download", "%PDF-1.4\n%\xE2\xE3") == InputFormat::kPdf);
  CHECK(returns::DetectFormat("notes.txt", "About %PDF-1.4 files") != InputFormat::kPdf);
}

TEST_CASE("a PDF is read whatever its name, before any text decoding", "[ingest]") {
  SampleDir dir;
  const std::string pdf = ReadBytes(std::string(RETURNS_SOURCE_DIR) + "/tests/data/appendix/q5-additional.pdf");
  IngestOptions latin1;
  latin1.encoding = "latin1";  // no business with a PDF's bytes
  for (const char* name : {"q5.pdf", "q5-download"}) {
    INFO(name);
    const auto got = returns::ReadReturnsFile(dir.Write(name, pdf), BundledRegister(), latin1);
    INFO(got.status().ToString());
    REQUIRE(got.ok());
    CHECK(got.value().records == 14);
    CHECK(got.value().returns.size() == 14);
  }
  IngestOptions as_pdf;
  as_pdf.format = InputFormat::kPdf;
  const auto text = returns::ReadReturnsFile(dir.Write("returns.txt", kDocument), BundledRegister(), as_pdf);
  REQUIRE_FALSE(text.ok());
  CHECK(text.status().ToString().find("returns.txt: error: not a PDF file") != std::string::npos);
}

namespace {

const std::string kForms = "tests/data/intake/forms/";

// Every record the source reads from `paths`, or fails the test.
std::vector<returns::CommentRecord> Records(const std::vector<std::string>& paths, const IngestOptions& options = {}) {
  returns::SourceOptions read;
  read.intake = options;
  read.records_from_jsonl = false;
  auto source = returns::RecordSource::Open(paths, BundledRegister(), read);
  REQUIRE(source.ok());
  std::vector<returns::CommentRecord> out, batch;
  while (source.value()->Next(batch, 5)) out.insert(out.end(), batch.begin(), batch.end());
  INFO(source.value()->status().ToString());
  REQUIRE(source.value()->status().ok());
  CHECK(source.value()->totals().rejects.empty());
  return out;
}

}  // namespace

TEST_CASE("an Excel workbook by its extension, and by its content under any name", "[ingest]") {
  const std::string bytes = Slurp(kForms + "forms.xlsx");
  CHECK(returns::DetectFormat("responses.xlsx", "") == InputFormat::kXlsx);
  CHECK(returns::DetectFormat("responses.dat", bytes) == InputFormat::kXlsx);
  CHECK(returns::DetectFormat("responses.csv", bytes) == InputFormat::kXlsx);  // a zip is never CSV
  SampleDir dir;
  const Batch renamed = Ingest({dir.Write("download", bytes)});
  CHECK(renamed.returns.size() == 22);
  // Directories include workbooks, not the lock file Excel leaves beside an open one.
  dir.Write("round/forms.xlsx", bytes);
  dir.Write("round/~$forms.xlsx", "\x09Jo Bloggs" + std::string(45, ' '));
  CHECK(Ingest({dir.path() + "/round"}).returns.size() == 22);
}

// The issue: a Forms export and the same export saved from Excel as "CSV
// UTF-8" read with no option beyond --round into the same returns, with the
// respondent's details kept as attributes, in both.
TEST_CASE("a Forms workbook and its CSV UTF-8 twin give the same records, attributes kept", "[ingest]") {
  IngestOptions options;
  options.round = "2014-03";
  const std::vector<returns::CommentRecord> xlsx = Records({SourcePath(kForms + "forms.xlsx")}, options);
  const std::vector<returns::CommentRecord> csv = Records({SourcePath(kForms + "forms.csv")}, options);
  const std::vector<returns::CommentRecord> shared = Records({SourcePath(kForms + "forms-shared.xlsx")}, options);
  REQUIRE(xlsx.size() == 26);
  REQUIRE(csv.size() == xlsx.size());
  REQUIRE(shared.size() == xlsx.size());
  for (size_t i = 0; i < xlsx.size(); ++i) {
    INFO(xlsx[i].comment_id);
    for (const auto* other : {&csv[i], &shared[i]}) {
      CHECK(other->comment_id == xlsx[i].comment_id);
      CHECK(other->text == xlsx[i].text);
      CHECK(other->district == xlsx[i].district);
      CHECK(other->collaborative == xlsx[i].collaborative);
      CHECK(other->collaborative_canonical == xlsx[i].collaborative_canonical);
      CHECK(other->lead_schools == xlsx[i].lead_schools);
      CHECK(other->round == "2014-03");
      CHECK(other->attributes == xlsx[i].attributes);
    }
  }
  // Attributes are JSON text, as the codec carries them.
  CHECK(xlsx[0].attributes == std::vector<std::pair<std::string, std::string>>{
                                  {"response_id", "\"1\""},
                                  {"start_time", "\"10/03/2014 09:05:12\""},
                                  {"completion_time", "\"10/03/2014 09:31\""},
                                  {"email", "\"j.bloggs@ospringe.kent.sch.uk\""},
                                  {"respondent", "\"Jo Bloggs\""}});
  // The CSV's lines are lines of the file; the workbook's are its rows.
  CHECK(csv.back().return_line == 11);  // response 5 is on line 11 (answers with line breaks above)
  CHECK(xlsx.back().return_line == 6);
}

TEST_CASE("a binary file no reader takes is refused by what it is, never as invalid UTF-8", "[ingest]") {
  SampleDir dir;
  const std::vector<std::pair<std::string, std::string>> rows = {
      {dir.Write("scan.png", "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x01"s), "this is a PNG image"},
      {dir.Write("old.xls", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0\x3E\0\x03\0"s),
       "this is an older Office file (.xls or .doc), which returns cannot read: save a workbook as .xlsx"},
      {SourcePath(kForms + "returns.zip"), "this is a zip archive"},
      {dir.Write("cut.bin", Slurp(kForms + "truncated.xlsx")), "this is a damaged or incomplete zip archive"},
  };
  for (const auto& [path, message] : rows) {
    INFO(path);
    const Result<Batch> got = IngestFiles({path}, BundledRegister());
    REQUIRE_FALSE(got.ok());
    CHECK(got.status().ToString().rfind(path + ": error: " + message, 0) == 0);
    CHECK(got.status().ToString().find("invalid UTF-8") == std::string::npos);
  }
  // A workbook read as something else is refused by name too.
  IngestOptions as_csv;
  as_csv.format = InputFormat::kCsv;
  const Result<Batch> forced = IngestFiles({SourcePath(kForms + "forms.xlsx")}, BundledRegister(), as_csv);
  REQUIRE_FALSE(forced.ok());
  CHECK(forced.status().message() == "this is an Excel workbook (.xlsx), not csv (leave out --format)");
}
