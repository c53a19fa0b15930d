#include "corpus/readers/docx_return.h"

#include <re2/re2.h>

#include <map>
#include <optional>

#include "corpus/base/utf8.h"
#include "corpus/base/zip_archive.h"
#include "corpus/readers/docx_paragraphs.h"
#include "corpus/register/question.h"
#include "corpus/text/words.h"

namespace returns {
namespace {

using Kind = DocxParagraph::Kind;

// An old Word .doc, or any Office file saved with a password: an OLE compound file.
bool LooksLikeCompoundFile(std::string_view bytes) {
  static constexpr std::string_view kMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  return bytes.substr(0, kMagic.size()) == kMagic;
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    const size_t end = text.find('\n', start);
    out.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) return out;
    start = end + 1;
  }
}

std::string JoinLines(const std::string& text, std::string_view with) {
  std::string out;
  for (const std::string& line : SplitLines(text)) {
    const std::string_view t = Trim(line);
    if (t.empty()) continue;
    if (!out.empty()) out += with;
    out += t;
  }
  return out;
}

// The paragraphs of one table, by row and cell (indices into the document's paragraphs).
using Cells = std::vector<std::vector<size_t>>;
using Rows = std::vector<Cells>;

std::map<int, Rows> Tables(const std::vector<DocxParagraph>& ps) {
  std::map<int, Rows> tables;
  for (size_t i = 0; i < ps.size(); ++i) {
    if (ps[i].table == 0) continue;
    Rows& rows = tables[ps[i].table];
    if (rows.size() <= static_cast<size_t>(ps[i].row)) rows.resize(static_cast<size_t>(ps[i].row) + 1);
    Cells& cells = rows[static_cast<size_t>(ps[i].row)];
    if (cells.size() <= static_cast<size_t>(ps[i].cell)) cells.resize(static_cast<size_t>(ps[i].cell) + 1);
    cells[static_cast<size_t>(ps[i].cell)].push_back(i);
  }
  return tables;
}

// A cell's text: its paragraphs and lines, "; " between them (lead schools one a line).
std::string CellText(const std::vector<DocxParagraph>& ps, const std::vector<size_t>& cell) {
  std::string out;
  for (size_t i : cell) {
    const std::string text = JoinLines(ps[i].text, "; ");
    if (text.empty()) continue;
    if (!out.empty()) out += "; ";
    out += text;
  }
  return out;
}

std::string Label(std::string_view cell) {
  std::string_view t = Trim(cell);
  if (!t.empty() && t.back() == ':') t.remove_suffix(1);
  return std::string(Trim(t));
}

// Details written in tables become "District: Dover" lines: the line stands
// in the first paragraph of the row's label cell (or of the value's cell,
// under a header row), the row's other paragraphs read as empty.
std::map<size_t, std::string> TableDetails(const std::vector<DocxParagraph>& ps) {
  std::map<size_t, std::string> lines;
  // `line` in the cell's first paragraph, the cell's others empty.
  auto put = [&](const std::vector<size_t>& cell, const std::string& line) {
    for (size_t i : cell) lines[i] = i == cell.front() ? line : "";
  };
  for (const auto& [table, rows] : Tables(ps)) {
    // A header row of labels over a row (or rows) of values.
    bool header = !rows.empty() && rows[0].size() >= 2;
    int labels = 0;
    for (size_t c = 0; header && c < rows[0].size(); ++c) {
      const std::string text = CellText(ps, rows[0][c]);
      if (text.empty()) continue;
      if (IsReturnDetailLabel(text)) ++labels;
      else header = false;
    }
    if (header && labels >= 2) {
      for (size_t c = 0; c < rows[0].size(); ++c) {
        const std::string label = Label(CellText(ps, rows[0][c]));
        put(rows[0][c], "");
        for (size_t r = 1; r < rows.size(); ++r) {
          if (c < rows[r].size() && !rows[r][c].empty() && !label.empty()) {
            put(rows[r][c], label + ": " + CellText(ps, rows[r][c]));
          }
        }
      }
      continue;
    }
    // A row per detail: its label, then its value.
    for (const Cells& row : rows) {
      if (row.size() < 2 || row[0].empty() || !IsReturnDetailLabel(CellText(ps, row[0]))) continue;
      std::string value;
      for (size_t c = 1; c < row.size(); ++c) {
        const std::string text = CellText(ps, row[c]);
        if (!text.empty()) value += (value.empty() ? "" : "; ") + text;
        put(row[c], "");
      }
      put(row[0], Label(CellText(ps, row[0])) + ": " + value);
    }
  }
  return lines;
}

// A list paragraph that is a question's wording ("What activity have you
// undertaken to date?" numbered by Word) is a heading, not a bullet; one that
// starts with a number ("Q2 data showed …") stays a bullet.
bool IsQuestionWording(std::string_view text) {
  const std::string_view t = Trim(text);
  if (RE2::PartialMatch(t, R"((?i)^(?:q|question)?\s*\d)")) return false;
  // A variant ("Any other comments?") when it asks.
  return MatchQuestion(t).has_value() || (!t.empty() && t.back() == '?' && MatchQuestionHeading(t).has_value());
}

// The lines a paragraph reads as.
std::vector<std::string> ParagraphLines(const DocxParagraph& p) {
  switch (p.kind) {
    case Kind::kHeading: {
      // A heading is one line; a heading of only a question's number is one, as "## 2" is in Markdown.
      const std::string text = JoinLines(p.text, " ");
      if (RE2::FullMatch(text, R"([1-5][.):]?)")) return {"## " + text};
      return {text};
    }
    case Kind::kListItem: {
      const std::string text = JoinLines(p.text, " ");
      if (text.empty() || IsQuestionWording(text)) return {text};
      return {"- " + text};
    }
    case Kind::kText:
      break;
  }
  return SplitLines(p.text);
}

}  // namespace

bool LooksLikeDocx(std::string_view bytes) {
  if (!LooksLikeZip(bytes)) return false;
  const Result<ZipArchive> zip = ZipArchive::Open(bytes, "");
  return zip.ok() && zip.value().Has("word/document.xml");
}

Result<std::vector<DocumentLine>> DocxReturnLines(std::string_view bytes, const std::string& source) {
  if (LooksLikeCompoundFile(bytes)) {
    return Status::InvalidInput(source, "not a .docx: this is an old Word document (.doc) or an Office file "
                                        "protected by a password; open it in Word and save it as a Word Document "
                                        "(.docx) without a password");
  }
  if (!LooksLikeZip(bytes)) {
    return Status::InvalidInput(source, "not a .docx: a Word document is a zip archive and this file is not one; "
                                        "open it in Word and save it as a Word Document (.docx)");
  }
  Result<ZipArchive> zip = ZipArchive::Open(bytes, source);
  if (!zip.ok() && zip.status().code() != Status::Code::kInvalidInput) {  // no zip module
    return Status::IOError(source, "cannot read this Word document: " + zip.status().ToString());
  }
  if (!zip.ok()) {
    return Status::InvalidInput(source, "cannot read this Word document: " + zip.status().message() +
                                            "; the file is damaged or cut short — open it in Word and save it again");
  }
  Result<std::vector<DocxParagraph>> read = ReadDocxParagraphs(zip.value(), source);
  if (!read.ok()) return read.status();
  const std::vector<DocxParagraph>& ps = read.value();
  const std::map<size_t, std::string> details = TableDetails(ps);
  std::vector<DocumentLine> lines;
  for (size_t i = 0; i < ps.size(); ++i) {
    const auto detail = details.find(i);
    const std::vector<std::string> texts = detail != details.end() ? std::vector<std::string>{detail->second}
                                                                   : ParagraphLines(ps[i]);
    for (size_t k = 0; k < texts.size(); ++k) {
      if (!CheckUtf8(texts[k], source).ok()) {
        return Status::InvalidInput(source, "paragraph " + std::to_string(ps[i].number) +
                                                " is not valid UTF-8; the document is damaged");
      }
      // Its first line starts a paragraph of its own (a soft line break's lines are typed lines).
      const LineStart start = k > 0 || detail != details.end() ? LineStart::kUnknown
                              : ps[i].kind == Kind::kHeading   ? LineStart::kHeading
                                                               : LineStart::kParagraph;
      lines.push_back({ps[i].number, ToNfc(texts[k]), ps[i].kind == Kind::kHeading ? ps[i].level : 0, start});
    }
    lines.push_back({ps[i].number, ""});  // each paragraph ends: its own comment
  }
  return lines;
}

Result<IntakeResult> ReadDocxReturn(std::string_view bytes, const std::string& source, const Register& reg) {
  Result<std::vector<DocumentLine>> lines = DocxReturnLines(bytes, source);
  if (!lines.ok()) return lines.status();
  return ReadReturnDocumentLines(lines.value(), source, reg);
}

}  // namespace returns
