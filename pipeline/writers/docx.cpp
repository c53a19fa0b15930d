#include "pipeline/writers/docx.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cmath>
#include <sstream>

#include "corpus/base/zip_archive.h"
#include "pipeline/writers/docx_styles.h"
#include "pipeline/writers/zip_writer.h"

namespace returns {
namespace {

constexpr char kW[] = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr char kR[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr int kMargin = 720;        // 1.27 cm, Word's "narrow" margins
constexpr int kFooterDistance = 360;

constexpr char kContentTypes[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>%FOOTERS%<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>
)";

constexpr char kPackageRels[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>
)";

constexpr char kDocumentRels[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>%FOOTERS%</Relationships>
)";

constexpr char kSettings[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>
)";

constexpr char kApp[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>returns</Application></Properties>
)";

// `part` with %FOOTERS% replaced by `footer(n)` for footers 1 to `count`.
template <typename F>
std::string WithFooters(std::string part, int count, F footer) {
  std::string footers;
  for (int n = 1; n <= count; ++n) footers += footer(n);
  part.replace(part.find("%FOOTERS%"), 9, footers);
  return part;
}

std::string FooterOverride(int n) {
  return "<Override PartName=\"/word/footer" + std::to_string(n) +
         ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>";
}

// Footer n is relationship rId(n + 2), after the styles and settings.
std::string FooterRelationship(int n) {
  return "<Relationship Id=\"rId" + std::to_string(n + 2) +
         "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer" +
         std::to_string(n) + ".xml\"/>";
}

std::string Serialise(const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw, pugi::encoding_utf8);
  return out.str();
}

// XML 1.0 allows no C0 control character but tab, line feed and carriage return.
bool Allowed(unsigned char c) { return c >= 0x20 || c == '\t' || c == '\n'; }

// Appends `text` to run `r` as w:t pieces, a line break as w:br and a tab as w:tab.
void AppendText(pugi::xml_node r, std::string_view text) {
  std::string piece;
  auto flush = [&] {
    if (piece.empty()) return;
    pugi::xml_node t = r.append_child("w:t");
    t.append_attribute("xml:space") = "preserve";
    t.text() = piece.c_str();
    piece.clear();
  };
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '\n') {
      flush();
      r.append_child("w:br");
    } else if (c == '\t') {
      flush();
      r.append_child("w:tab");
    } else if (Allowed(c)) {
      piece += ch;
    }
  }
  flush();
}

void Val(pugi::xml_node parent, const char* name, const std::string& value) {
  parent.append_child(name).append_attribute("w:val") = value.c_str();
}

void AppendParagraph(pugi::xml_node parent, const WordParagraph& p) {
  pugi::xml_node para = parent.append_child("w:p");
  if (!p.style.empty()) Val(para.append_child("w:pPr"), "w:pStyle", p.style);
  for (const DocxRun& run : p.runs) {
    pugi::xml_node r = para.append_child("w:r");
    if (!run.style.empty()) Val(r.append_child("w:rPr"), "w:rStyle", run.style);
    AppendText(r, run.text);
  }
}

void Width(pugi::xml_node parent, const char* name, int twips) {
  pugi::xml_node w = parent.append_child(name);
  w.append_attribute("w:w") = twips;
  w.append_attribute("w:type") = "dxa";
}

pugi::xml_node Root(pugi::xml_document& doc, const char* name) {
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  decl.append_attribute("standalone") = "yes";
  pugi::xml_node root = doc.append_child(name);
  root.append_attribute("xmlns:w") = kW;
  root.append_attribute("xmlns:r") = kR;
  return root;
}

}  // namespace

std::vector<DocxRun> QuotedRuns(const std::string& text, const std::vector<std::pair<size_t, size_t>>& spans,
                                const std::string& style) {
  std::vector<DocxRun> runs{{"“", ""}};
  size_t at = 0;
  for (auto [start, end] : spans) {
    start = std::min(std::max(start, at), text.size());
    end = std::min(std::max(end, start), text.size());
    if (start > at) runs.push_back({text.substr(at, start - at), ""});
    if (end > start) runs.push_back({text.substr(start, end - start), style});
    at = end;
  }
  runs.push_back({text.substr(at) + "”", ""});
  return runs;
}

struct DocxDocument::Impl {
  DocxPage page;                    // of the section being written
  std::vector<DocxPage> sections;   // the pages of the sections before it
  std::string title;
  std::string styles = DefaultDocxStyles();
  pugi::xml_document doc;
  pugi::xml_node body;
  pugi::xml_node table;             // the table rows go into
  std::vector<int> column_widths;   // its columns, in twips
  bool finished = false;

  static int PageWidth(const DocxPage& of) {
    const int a = of.paper == PaperSize::kA4 ? 11906 : 12240;   // 210 mm; 8.5 in
    const int b = of.paper == PaperSize::kA4 ? 16838 : 15840;   // 297 mm; 11 in
    return of.orientation == PageOrientation::kLandscape ? b : a;
  }
  static int PageHeight(const DocxPage& of) {
    const int a = of.paper == PaperSize::kA4 ? 11906 : 12240;
    const int b = of.paper == PaperSize::kA4 ? 16838 : 15840;
    return of.orientation == PageOrientation::kLandscape ? a : b;
  }
  static int TextWidth(const DocxPage& of) { return PageWidth(of) - 2 * kMargin; }
  int text_width() const { return TextWidth(page); }

  // The section properties of page `of`, whose footer is footer `n`.
  static void Section(pugi::xml_node sect, const DocxPage& of, int n) {
    pugi::xml_node footer = sect.append_child("w:footerReference");
    footer.append_attribute("w:type") = "default";
    footer.append_attribute("r:id") = ("rId" + std::to_string(n + 2)).c_str();
    pugi::xml_node size = sect.append_child("w:pgSz");
    size.append_attribute("w:w") = PageWidth(of);
    size.append_attribute("w:h") = PageHeight(of);
    if (of.orientation == PageOrientation::kLandscape) size.append_attribute("w:orient") = "landscape";
    pugi::xml_node margins = sect.append_child("w:pgMar");
    for (const char* side : {"w:top", "w:right", "w:bottom", "w:left"}) margins.append_attribute(side) = kMargin;
    margins.append_attribute("w:header") = kFooterDistance;
    margins.append_attribute("w:footer") = kFooterDistance;
    margins.append_attribute("w:gutter") = 0;
  }

  // The footer of a section on `page`: the title, and the page number at the right margin.
  std::string Footer(const DocxPage& of) const {
    pugi::xml_document f;
    pugi::xml_node p = Root(f, "w:ftr").append_child("w:p");
    pugi::xml_node ppr = p.append_child("w:pPr");
    Val(ppr, "w:pStyle", "Footer");
    pugi::xml_node tab = ppr.append_child("w:tabs").append_child("w:tab");
    tab.append_attribute("w:val") = "right";
    tab.append_attribute("w:pos") = TextWidth(of);
    AppendText(p.append_child("w:r"), title + "\tPage ");
    auto field = [&](const char* instr) {
      pugi::xml_node fld = p.append_child("w:fldSimple");
      fld.append_attribute("w:instr") = instr;
      AppendText(fld.append_child("w:r"), "1");
    };
    field(" PAGE ");
    AppendText(p.append_child("w:r"), " of ");
    field(" NUMPAGES ");
    return Serialise(f);
  }

  std::string Core() const {
    pugi::xml_document c;
    pugi::xml_node decl = c.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    decl.append_attribute("standalone") = "yes";
    pugi::xml_node root = c.append_child("cp:coreProperties");
    root.append_attribute("xmlns:cp") = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    root.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
    std::string clean;
    for (char ch : title) {
      if (Allowed(static_cast<unsigned char>(ch)) && ch != '\t' && ch != '\n') clean += ch;
    }
    root.append_child("dc:title").text() = clean.c_str();
    root.append_child("dc:creator").text() = "returns";
    return Serialise(c);
  }
};

DocxDocument::DocxDocument(DocxPage page, std::string title) : impl_(std::make_unique<Impl>()) {
  impl_->page = page;
  impl_->title = std::move(title);
  impl_->body = Root(impl_->doc, "w:document").append_child("w:body");
}

DocxDocument::~DocxDocument() = default;

int DocxDocument::text_width() const { return impl_->text_width(); }

void DocxDocument::Add(const WordParagraph& paragraph) {
  impl_->table = pugi::xml_node();
  AppendParagraph(impl_->body, paragraph);
}

void DocxDocument::StartSection(DocxPage page) {
  Impl& d = *impl_;
  d.table = pugi::xml_node();
  // A section ends with a paragraph holding its properties.
  pugi::xml_node ppr = d.body.append_child("w:p").append_child("w:pPr");
  d.sections.push_back(d.page);
  Impl::Section(ppr.append_child("w:sectPr"), d.page, static_cast<int>(d.sections.size()));
  d.page = page;
}

void DocxDocument::StartTable(const std::vector<DocxColumn>& columns) {
  Impl& d = *impl_;
  double total = 0;
  for (const DocxColumn& c : columns) total += c.width;
  d.column_widths.clear();
  int used = 0;
  for (size_t i = 0; i < columns.size(); ++i) {
    const int w = i + 1 == columns.size() ? d.text_width() - used
                                          : static_cast<int>(std::lround(d.text_width() * columns[i].width / total));
    d.column_widths.push_back(w);
    used += w;
  }
  d.table = d.body.append_child("w:tbl");
  pugi::xml_node pr = d.table.append_child("w:tblPr");
  Val(pr, "w:tblStyle", "ReturnsTable");
  Width(pr, "w:tblW", d.text_width());
  pr.append_child("w:tblLayout").append_attribute("w:type") = "fixed";
  pugi::xml_node look = pr.append_child("w:tblLook");
  look.append_attribute("w:val") = "0420";
  look.append_attribute("w:firstRow") = "1";
  look.append_attribute("w:lastRow") = "0";
  look.append_attribute("w:firstColumn") = "0";
  look.append_attribute("w:lastColumn") = "0";
  look.append_attribute("w:noHBand") = "1";
  look.append_attribute("w:noVBand") = "1";
  pugi::xml_node grid = d.table.append_child("w:tblGrid");
  for (int w : d.column_widths) grid.append_child("w:gridCol").append_attribute("w:w") = w;
  // The heading row: repeated at the top of every page, never split.
  pugi::xml_node tr = d.table.append_child("w:tr");
  pugi::xml_node trpr = tr.append_child("w:trPr");
  trpr.append_child("w:cantSplit");
  trpr.append_child("w:tblHeader");
  for (size_t i = 0; i < columns.size(); ++i) {
    pugi::xml_node tc = tr.append_child("w:tc");
    pugi::xml_node tcpr = tc.append_child("w:tcPr");
    Width(tcpr, "w:tcW", d.column_widths[i]);
    pugi::xml_node shd = tcpr.append_child("w:shd");  // as the table style says, for readers that ignore it
    shd.append_attribute("w:val") = "clear";
    shd.append_attribute("w:color") = "auto";
    shd.append_attribute("w:fill") = "D9E2F3";
    AppendParagraph(tc, {"TableHeading", {{columns[i].heading, ""}}});
  }
}

void DocxDocument::AddRow(const std::vector<DocxCell>& cells) {
  Impl& d = *impl_;
  if (!d.table) return;
  // A row may break across pages, as in Word's default: with w:cantSplit,
  // LibreOffice (7.4) cuts off a row taller than a page — a return of 119
  // bullets lost its last one in the PDF — so only the heading row has it.
  pugi::xml_node tr = d.table.append_child("w:tr");
  for (size_t i = 0; i < d.column_widths.size(); ++i) {
    pugi::xml_node tc = tr.append_child("w:tc");
    Width(tc.append_child("w:tcPr"), "w:tcW", d.column_widths[i]);
    if (i >= cells.size() || cells[i].empty()) {
      AppendParagraph(tc, {"TableText", {}});
      continue;
    }
    for (const WordParagraph& p : cells[i]) AppendParagraph(tc, p);
  }
}

Status DocxDocument::UseStyles(std::string_view docx_bytes, const std::string& where) {
  Result<ZipArchive> zip = ZipArchive::Open(docx_bytes, where);
  if (!zip.ok() && zip.status().code() != Status::Code::kInvalidInput) {  // no zip module
    return Status::IOError(where, "cannot read this Word document: " + zip.status().ToString());
  }
  if (!zip.ok()) return Status::InvalidInput(where, "not a Word document (" + zip.status().message() + ")");
  Result<std::string> styles = zip.value().Read("word/styles.xml");
  if (!styles.ok()) return Status::InvalidInput(where, "not a Word document with styles (no word/styles.xml)");
  Result<std::string> merged = MergeDocxStyles(styles.value(), where);
  if (!merged.ok()) return merged.status();
  impl_->styles = std::move(merged).value();
  return Status::OK();
}

Result<std::string> DocxDocument::Finish() {
  Impl& d = *impl_;
  if (d.finished) return Status::Internal("docx", "Finish() called twice");
  d.finished = true;
  // A document ends with a paragraph (Word requires one after a table), then its section.
  AppendParagraph(d.body, {});
  d.sections.push_back(d.page);
  const int footers = static_cast<int>(d.sections.size());
  Impl::Section(d.body.append_child("w:sectPr"), d.page, footers);

  ZipWriter zip;
  zip.Add("[Content_Types].xml", WithFooters(kContentTypes, footers, FooterOverride));
  zip.Add("_rels/.rels", kPackageRels);
  zip.Add("word/document.xml", Serialise(d.doc));
  zip.Add("word/_rels/document.xml.rels", WithFooters(kDocumentRels, footers, FooterRelationship));
  zip.Add("word/styles.xml", d.styles);
  zip.Add("word/settings.xml", kSettings);
  for (int n = 1; n <= footers; ++n) {
    zip.Add("word/footer" + std::to_string(n) + ".xml", d.Footer(d.sections[n - 1]));
  }
  zip.Add("docProps/core.xml", d.Core());
  zip.Add("docProps/app.xml", kApp);
  return zip.Finish();
}

}  // namespace returns
