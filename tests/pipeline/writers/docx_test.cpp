#include "pipeline/writers/docx.h"

#include <catch2/catch.hpp>

#include <cmath>

#include "pipeline/writers/docx_styles.h"
#include "pipeline/writers/zip_writer.h"
#include "tests/pipeline/office_parts.h"

namespace {

using returns::DocxDocument;
using returns::DocxPage;
using returns::PageOrientation;
using returns::PaperSize;
using returns::test::All;
using returns::test::OfficePart;
using returns::test::WordText;

std::string Table(DocxPage page) {
  DocxDocument doc(page, "Appendix: <test> & \"more\"");
  doc.Add({"Title", {{"Appendix: <test> & \"more\"", ""}}});
  doc.StartTable({{"District", 1}, {"Collaborative", 1}, {"Comments", 6}});
  doc.AddRow({{{"TableText", {{"Dover", ""}}}},
              {},
              {{"CommentHeading", {{"Priority 1:", ""}}},
               {"Comment", {{"We ", ""}, {"moderate", "ThemeMatch"}, {" writing.", ""}}}}});
  return doc.Finish().value();
}

}  // namespace

TEST_CASE("docx: A4 landscape by default, letter and portrait when asked", "[writers][docx]") {
  struct Row {
    DocxPage page;
    int w, h;
    bool landscape;
  };
  for (const Row& row : {Row{{}, 16838, 11906, true},
                         Row{{PaperSize::kLetter, PageOrientation::kLandscape}, 15840, 12240, true},
                         Row{{PaperSize::kA4, PageOrientation::kPortrait}, 11906, 16838, false},
                         Row{{PaperSize::kLetter, PageOrientation::kPortrait}, 12240, 15840, false}}) {
    auto doc = OfficePart(Table(row.page), "word/document.xml");
    pugi::xml_node size = doc->select_node("//w:sectPr/w:pgSz").node();
    CHECK(size.attribute("w:w").as_int() == row.w);
    CHECK(size.attribute("w:h").as_int() == row.h);
    CHECK((std::string(size.attribute("w:orient").value()) == "landscape") == row.landscape);
  }
}

TEST_CASE("docx: a table across the text width in the given proportions, its heading row repeated on each page",
          "[writers][docx]") {
  DocxDocument sizing({}, "t");
  const int width = sizing.text_width();
  CHECK(width == 16838 - 2 * 720);
  auto doc = OfficePart(Table({}), "word/document.xml");
  std::vector<int> grid;
  for (pugi::xpath_node col : All(*doc, "w:gridCol")) grid.push_back(col.node().attribute("w:w").as_int());
  REQUIRE(grid.size() == 3);
  CHECK(grid[0] + grid[1] + grid[2] == width);
  CHECK(grid[2] == width - 2 * static_cast<int>(std::lround(width / 8.0)));  // 6 of 8 parts, the rounding in the last
  CHECK(grid[2] * 2 > width);
  const pugi::xpath_node_set rows = All(*doc, "w:tr");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].node().select_node("w:trPr/w:tblHeader"));
  CHECK_FALSE(rows[1].node().select_node("w:trPr/w:tblHeader"));
  CHECK(WordText(rows[0].node()) == "DistrictCollaborativeComments");
  // Every cell has a paragraph, an empty one too.
  for (pugi::xpath_node tc : All(*doc, "w:tc")) CHECK(tc.node().child("w:p"));
  // A document ends with a paragraph after its table, then its section.
  pugi::xml_node body = doc->select_node("//w:body").node();
  CHECK(std::string(body.last_child().name()) == "w:sectPr");
  CHECK(std::string(body.last_child().previous_sibling().name()) == "w:p");
}

TEST_CASE("docx: paragraphs and runs keep their styles, text is escaped", "[writers][docx]") {
  const std::string bytes = Table({});
  auto doc = OfficePart(bytes, "word/document.xml");
  CHECK(WordText(doc->select_node("//w:p[w:pPr/w:pStyle/@w:val='Title']").node()) == "Appendix: <test> & \"more\"");
  CHECK(WordText(doc->select_node("//w:r[w:rPr/w:rStyle/@w:val='ThemeMatch']").node()) == "moderate");
  CHECK(WordText(doc->select_node("//w:p[w:pPr/w:pStyle/@w:val='Comment']").node()) == "We moderate writing.");
  auto core = OfficePart(bytes, "docProps/core.xml");
  CHECK(std::string(core->select_node("//dc:title").node().text().get()) == "Appendix: <test> & \"more\"");
  // The footer: the title, then page N of M as fields Word fills in.
  auto footer = OfficePart(bytes, "word/footer1.xml");
  const pugi::xpath_node_set fields = All(*footer, "w:fldSimple");
  REQUIRE(fields.size() == 2);
  CHECK(std::string(fields[0].node().attribute("w:instr").value()) == " PAGE ");
  CHECK(std::string(fields[1].node().attribute("w:instr").value()) == " NUMPAGES ");
  // Every style the document uses is defined.
  auto styles = OfficePart(bytes, "word/styles.xml");
  for (const char* used : {"Title", "TableText", "TableHeading", "Comment", "CommentHeading", "ThemeMatch", "ReturnsTable",
                           "Footer", "Quote", "Attribution", "QuoteSource", "Subtitle", "Heading1"}) {
    INFO(used);
    CHECK(styles->select_node(("//w:style[@w:styleId='" + std::string(used) + "']").c_str()));
  }
}

TEST_CASE("docx: a line break is a break, a tab a tab, other control characters dropped", "[writers][docx]") {
  DocxDocument doc({}, "t\x01");
  doc.Add({"", {{std::string("one\ntwo\tthree\x01\x1b four\r"), ""}}});
  const std::string bytes = doc.Finish().value();
  auto xml = OfficePart(bytes, "word/document.xml");  // parses: no control character left
  pugi::xml_node run = xml->select_node("//w:r").node();
  CHECK(WordText(run) == "onetwothree four");
  CHECK(run.select_node("w:br"));
  CHECK(run.select_node("w:tab"));
  OfficePart(bytes, "docProps/core.xml");
  OfficePart(bytes, "word/footer1.xml");
}

TEST_CASE("docx: a reference document's styles replace ours, ours fill the ids it lacks", "[writers][docx]") {
  returns::ZipWriter reference;
  reference.Add("word/styles.xml",
                R"(<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
                R"(<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:rPr><w:color w:val="FF0000"/></w:rPr></w:style>)"
                R"(</w:styles>)");
  DocxDocument doc({}, "t");
  REQUIRE(doc.UseStyles(reference.Finish().value(), "ref.docx").ok());
  doc.Add({"Title", {{"x", ""}}});
  auto styles = OfficePart(doc.Finish().value(), "word/styles.xml");
  CHECK(All(*styles, "w:style[@w:styleId='Title']").size() == 1);
  CHECK(styles->select_node("//w:style[@w:styleId='Title']/w:rPr/w:color[@w:val='FF0000']"));
  CHECK(styles->select_node("//w:style[@w:styleId='ThemeMatch']"));

  DocxDocument other({}, "t");
  const returns::Status not_docx = other.UseStyles("not a zip", "notes.txt");
  CHECK(not_docx.code() == returns::Status::Code::kInvalidInput);
  CHECK(not_docx.ToString().find("notes.txt") != std::string::npos);
  returns::ZipWriter no_styles;
  no_styles.Add("word/document.xml", "<w:document/>");
  CHECK_FALSE(other.UseStyles(no_styles.Finish().value(), "plain.docx").ok());
  CHECK_FALSE(returns::MergeDocxStyles("<html/>", "x.docx").ok());
}

TEST_CASE("docx: the same document gives the same bytes", "[writers][docx]") { CHECK(Table({}) == Table({})); }

TEST_CASE("docx: Finish twice is an error, not a second section", "[writers][docx]") {
  DocxDocument doc({}, "t");
  REQUIRE(doc.Finish().ok());
  CHECK(doc.Finish().status().code() == returns::Status::Code::kInternal);
}

TEST_CASE("docx: a portrait section then a landscape one, each with its footer at its own margin",
          "[writers][docx]") {
  DocxDocument doc({PaperSize::kA4, PageOrientation::kPortrait}, "Report");
  doc.Add({"Title", {{"Report", ""}}});
  const int portrait = doc.text_width();
  doc.StartSection({PaperSize::kA4, PageOrientation::kLandscape});
  const int landscape = doc.text_width();
  CHECK(portrait == 11906 - 2 * 720);
  CHECK(landscape == 16838 - 2 * 720);
  doc.StartTable({{"District", 1}, {"Comments", 3}});
  doc.AddRow({{{"TableText", {{"Dover", ""}}}}, {{"Comment", {{"We moderate.", ""}}}}});
  const std::string bytes = doc.Finish().value();
  auto body = OfficePart(bytes, "word/document.xml");
  const pugi::xpath_node_set sections = All(*body, "w:sectPr");
  REQUIRE(sections.size() == 2);
  // The first ends in a paragraph's properties, before the table; the last closes the body.
  CHECK(std::string(sections[0].node().parent().name()) == "w:pPr");
  CHECK(std::string(sections[1].node().parent().name()) == "w:body");
  CHECK(std::string(sections[0].node().child("w:pgSz").attribute("w:orient").value()).empty());
  CHECK(std::string(sections[1].node().child("w:pgSz").attribute("w:orient").value()) == "landscape");
  CHECK(std::string(sections[0].node().child("w:footerReference").attribute("r:id").value()) == "rId3");
  CHECK(std::string(sections[1].node().child("w:footerReference").attribute("r:id").value()) == "rId4");
  // Each footer's right tab at its section's text width; each part named in the package.
  for (auto [n, width] : {std::pair{1, portrait}, std::pair{2, landscape}}) {
    auto footer = OfficePart(bytes, "word/footer" + std::to_string(n) + ".xml");
    CHECK(footer->select_node("//w:tab").node().attribute("w:pos").as_int() == width);
  }
  auto rels = OfficePart(bytes, "word/_rels/document.xml.rels");
  CHECK(rels->select_node("//*[@Id='rId4' and @Target='footer2.xml']"));
  auto types = OfficePart(bytes, "[Content_Types].xml");
  CHECK(types->select_node("//*[@PartName='/word/footer2.xml']"));
}

TEST_CASE("docx: a quoted comment as runs, its spans in a style, spans past the end clamped", "[writers][docx]") {
  using returns::DocxRun;
  auto texts = [](const std::vector<DocxRun>& runs) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const DocxRun& r : runs) out.emplace_back(r.text, r.style);
    return out;
  };
  using Pairs = std::vector<std::pair<std::string, std::string>>;
  CHECK(texts(returns::QuotedRuns("We moderate writing.", {{3, 11}}, "ThemeMatch")) ==
        Pairs{{"“", ""}, {"We ", ""}, {"moderate", "ThemeMatch"}, {" writing.”", ""}});
  CHECK(texts(returns::QuotedRuns("Plain.", {}, "ThemeMatch")) == Pairs{{"“", ""}, {"Plain.”", ""}});
  // A span at the start, and one running past the end (a stale offset), clamped to the text.
  CHECK(texts(returns::QuotedRuns("Trust grows", {{0, 5}, {6, 40}}, "M")) ==
        Pairs{{"“", ""}, {"Trust", "M"}, {" ", ""}, {"grows", "M"}, {"”", ""}});
}
