#include "corpus/readers/xlsx_workbook.h"

#include <pugixml.hpp>

#include <charconv>
#include <cmath>
#include <cstring>
#include <memory>
#include <optional>

namespace returns {
namespace {

// Excel's largest sheet is 16,384 columns wide.
constexpr int kMaxColumns = 16384;

// An element's name without its namespace prefix ("x:row" → "row").
std::string_view Local(const char* name) {
  const char* colon = std::strrchr(name, ':');
  return colon ? std::string_view(colon + 1) : std::string_view(name);
}

pugi::xml_node Child(pugi::xml_node node, std::string_view name) {
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_element && Local(c.name()) == name) return c;
  }
  return {};
}

template <typename Fn>
void ForEachChild(pugi::xml_node node, std::string_view name, Fn fn) {
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_element && Local(c.name()) == name) fn(c);
  }
}

// An attribute by its local name ("r:id" is found as "id" with any prefix).
const char* Attribute(pugi::xml_node node, std::string_view name) {
  for (pugi::xml_attribute a : node.attributes()) {
    if (Local(a.name()) == name) return a.value();
  }
  return nullptr;
}

// An XML part read and parsed; the text stays alive with the document.
struct XmlPart {
  std::string text;
  pugi::xml_document doc;
};

Result<std::unique_ptr<XmlPart>> ParsePart(const ZipArchive& zip, const std::string& name, const std::string& where) {
  Result<std::string> text = zip.Read(name);
  if (!text.ok()) return text.status();
  auto part = std::make_unique<XmlPart>();
  part->text = std::move(text.value());
  const pugi::xml_parse_result parsed = part->doc.load_buffer_inplace(
      part->text.data(), part->text.size(), pugi::parse_default | pugi::parse_ws_pcdata_single, pugi::encoding_utf8);
  if (!parsed) {
    return Status::InvalidInput(where, "part '" + name + "' of the workbook is not well-formed XML (" +
                                           parsed.description() + " at byte " + std::to_string(parsed.offset) + ")");
  }
  return part;
}

// The part a relationship's target names, from the folder of the part it belongs to.
std::string ResolveTarget(const std::string& from_part, std::string_view target) {
  std::string path;
  if (!target.empty() && target.front() == '/') {
    path = std::string(target.substr(1));
  } else {
    const size_t slash = from_part.rfind('/');
    path = (slash == std::string::npos ? "" : from_part.substr(0, slash + 1)) + std::string(target);
  }
  std::vector<std::string> segments;
  size_t start = 0;
  while (start <= path.size()) {
    const size_t end = std::min(path.find('/', start), path.size());
    const std::string segment = path.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string out;
  for (const std::string& s : segments) out += (out.empty() ? "" : "/") + s;
  return out;
}

struct Relationship {
  std::string type;    // the last word of its type URI: "worksheet", "sharedStrings"
  std::string target;  // the part it points at
};

// The relationships of `part` by id (none when it has no .rels part).
Result<std::vector<std::pair<std::string, Relationship>>> Relationships(const ZipArchive& zip, const std::string& part,
                                                                        const std::string& where) {
  const size_t slash = part.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  const std::string file = slash == std::string::npos ? part : part.substr(slash + 1);
  const std::string rels = folder + "_rels/" + file + ".rels";
  std::vector<std::pair<std::string, Relationship>> out;
  if (!zip.Has(rels)) return out;
  Result<std::unique_ptr<XmlPart>> xml = ParsePart(zip, rels, where);
  if (!xml.ok()) return xml.status();
  ForEachChild(xml.value()->doc.document_element(), "Relationship", [&](pugi::xml_node r) {
    const char* mode = Attribute(r, "TargetMode");
    if (mode && std::string_view(mode) == "External") return;
    const std::string_view type = r.attribute("Type").value();
    const size_t last = type.rfind('/');
    out.push_back({r.attribute("Id").value(),
                   {std::string(last == std::string_view::npos ? type : type.substr(last + 1)),
                    ResolveTarget(part, r.attribute("Target").value())}});
  });
  return out;
}

// The text of a <t>, an <si> or an <is>: its own <t>, or its runs' <t>s
// joined (phonetic runs, <rPh>, left out).
std::string RichText(pugi::xml_node node) {
  std::string out;
  if (Local(node.name()) == "t") return node.text().get();
  for (pugi::xml_node c : node.children()) {
    if (c.type() != pugi::node_element) continue;
    const std::string_view name = Local(c.name());
    if (name == "t") out += c.text().get();
    if (name == "r") out += Child(c, "t").text().get();
  }
  return out;
}

void AppendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::optional<uint32_t> EscapedUnit(std::string_view s, size_t i) {
  // "_xHHHH_" at i
  if (s.size() - i < 7 || s[i] != '_' || s[i + 1] != 'x' || s[i + 6] != '_') return std::nullopt;
  uint32_t unit = 0;
  const auto [end, error] = std::from_chars(s.data() + i + 2, s.data() + i + 6, unit, 16);
  if (error != std::errc() || end != s.data() + i + 6) return std::nullopt;
  return unit;
}

// Cell text as shown: "_xHHHH_" escapes decoded (Excel writes a carriage
// return as _x000D_), line ends as "\n".
std::string DecodeText(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (std::optional<uint32_t> unit = EscapedUnit(s, i)) {
      uint32_t cp = *unit;
      i += 7;
      if (cp >= 0xD800 && cp < 0xDC00) {  // a surrogate pair, written as two escapes
        if (std::optional<uint32_t> low = EscapedUnit(s, i); low && *low >= 0xDC00 && *low < 0xE000) {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (*low - 0xDC00);
          i += 7;
        } else {
          cp = 0xFFFD;
        }
      } else if (cp >= 0xDC00 && cp < 0xE000) {
        cp = 0xFFFD;
      }
      AppendUtf8(out, cp);
    } else {
      out += s[i++];
    }
  }
  std::string lines;
  lines.reserve(out.size());
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] != '\r') lines += out[i];
    else if (i + 1 >= out.size() || out[i + 1] != '\n') lines += '\n';
  }
  return lines;
}

// Days from 1970-01-01 (Howard Hinnant's days_from_civil).
int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// An ISO 8601 date cell (t="d": "2024-03-14T09:05:00") as Excel's day number.
std::optional<double> SerialFromIso(std::string_view s, DateSystem system) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0;
  double sec = 0;
  const std::string text(s);
  const int n = std::sscanf(text.c_str(), "%d-%d-%dT%d:%d:%lf", &y, &mo, &d, &h, &mi, &sec);
  if (n < 3 || mo < 1 || mo > 12 || d < 1 || d > 31) return std::nullopt;
  const int64_t unix_days = DaysFromCivil(y, mo, d);
  double serial = system == DateSystem::k1904 ? static_cast<double>(unix_days + 24107)
                                              : static_cast<double>(unix_days + 25569);
  if (system == DateSystem::k1900 && serial < 61) serial -= 1;  // before the phantom 29 February 1900
  return serial + (h * 3600 + mi * 60 + sec) / 86400.0;
}

// "C5" → column 2 (0-based) and row 5; either may be missing from a sparse reference.
void ParseReference(std::string_view ref, int& column, int& row) {
  size_t i = 0;
  int col = 0;
  while (i < ref.size() && ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z'))) {
    const char c = static_cast<char>(ref[i] & ~0x20);
    col = col * 26 + (c - 'A' + 1);
    if (col > kMaxColumns) break;
    ++i;
  }
  column = col - 1;
  row = 0;
  std::from_chars(ref.data() + i, ref.data() + ref.size(), row);
}

}  // namespace

Result<XlsxWorkbook> XlsxWorkbook::Open(std::string_view bytes, std::string where) {
  if (!LooksLikeZip(bytes)) {
    return Status::InvalidInput(where, "not an Excel workbook: an .xlsx file is a zip archive, and this one does not "
                                       "start like one (a CSV file saved under an .xlsx name?)");
  }
  Result<ZipArchive> zip = ZipArchive::Open(bytes, where);
  if (!zip.ok() && zip.status().code() != Status::Code::kInvalidInput) {  // no zip module
    return Status::IOError(where, "cannot read this Excel workbook: " + zip.status().ToString());
  }
  if (!zip.ok()) {
    // libzip's reason, without ZipArchive's "not a readable zip archive (…)" around it.
    std::string reason = zip.status().message();
    if (const size_t open = reason.find('('); open != std::string::npos && reason.back() == ')') {
      reason = reason.substr(open + 1, reason.size() - open - 2);
    }
    return Status::InvalidInput(where, "not a readable Excel workbook: the file is damaged or incomplete (" + reason +
                                           "); open it in Excel and save it again");
  }
  XlsxWorkbook book(std::move(zip.value()), std::move(where));
  if (Status s = book.Load(); !s.ok()) return s;
  return book;
}

Status XlsxWorkbook::Load() {
  // The package's relationships name the workbook part.
  Result<std::vector<std::pair<std::string, Relationship>>> root = Relationships(zip_, "", where_);
  if (!root.ok()) return root.status();
  std::string workbook_part;
  for (const auto& [id, rel] : root.value()) {
    if (rel.type == "officeDocument") workbook_part = rel.target;
  }
  if (workbook_part.empty() && zip_.Has("xl/workbook.xml")) workbook_part = "xl/workbook.xml";
  if (workbook_part.empty() || !zip_.Has(workbook_part)) {
    return Status::InvalidInput(where_, "not an Excel workbook: the archive has no workbook part");
  }
  Result<std::vector<std::pair<std::string, Relationship>>> rels = Relationships(zip_, workbook_part, where_);
  if (!rels.ok()) return rels.status();
  std::string strings_part, styles_part;
  for (const auto& [id, rel] : rels.value()) {
    if (rel.type == "sharedStrings") strings_part = rel.target;
    if (rel.type == "styles") styles_part = rel.target;
  }

  Result<std::unique_ptr<XmlPart>> workbook = ParsePart(zip_, workbook_part, where_);
  if (!workbook.ok()) return workbook.status();
  const pugi::xml_node book = workbook.value()->doc.document_element();
  if (const char* d1904 = Attribute(Child(book, "workbookPr"), "date1904")) {
    const std::string_view v = d1904;
    if (v == "1" || v == "true") dates_ = DateSystem::k1904;
  }
  ForEachChild(Child(book, "sheets"), "sheet", [&](pugi::xml_node sheet) {
    const char* id = Attribute(sheet, "id");
    for (const auto& [rid, rel] : rels.value()) {
      if (id && rid == id && rel.type == "worksheet") {
        names_.push_back(sheet.attribute("name").value());
        parts_.push_back(rel.target);
        const std::string_view state = sheet.attribute("state").value();
        hidden_.push_back(state == "hidden" || state == "veryHidden");
      }
    }
  });

  if (!strings_part.empty() && zip_.Has(strings_part)) {
    Result<std::unique_ptr<XmlPart>> sst = ParsePart(zip_, strings_part, where_);
    if (!sst.ok()) return sst.status();
    ForEachChild(sst.value()->doc.document_element(), "si",
                 [&](pugi::xml_node si) { strings_.push_back(DecodeText(RichText(si))); });
  }

  if (!styles_part.empty() && zip_.Has(styles_part)) {
    Result<std::unique_ptr<XmlPart>> styles = ParsePart(zip_, styles_part, where_);
    if (!styles.ok()) return styles.status();
    const pugi::xml_node sheet = styles.value()->doc.document_element();
    std::vector<std::pair<int, std::string>> custom;
    ForEachChild(Child(sheet, "numFmts"), "numFmt", [&](pugi::xml_node f) {
      custom.emplace_back(f.attribute("numFmtId").as_int(-1), f.attribute("formatCode").value());
    });
    ForEachChild(Child(sheet, "cellXfs"), "xf", [&](pugi::xml_node xf) {
      const int id = xf.attribute("numFmtId").as_int(0);
      std::string code = "General";
      if (const std::optional<std::string_view> built_in = BuiltInNumberFormat(id)) code = *built_in;
      for (const auto& [custom_id, custom_code] : custom) {
        if (custom_id == id) code = custom_code;
      }
      formats_.push_back(std::move(code));
    });
  }
  return Status::OK();
}

Result<SheetCells> XlsxWorkbook::ReadSheet(size_t index) const {
  SheetCells out;
  out.name = names_.at(index);
  const std::string& part = parts_.at(index);
  Result<std::unique_ptr<XmlPart>> xml = ParsePart(zip_, part, where_);
  if (!xml.ok()) return xml.status();
  const pugi::xml_node data = Child(xml.value()->doc.document_element(), "sheetData");
  int row_number = 0;
  Status problem;
  ForEachChild(data, "row", [&](pugi::xml_node row) {
    if (!problem.ok()) return;
    const int given = row.attribute("r").as_int(0);
    row_number = given > 0 ? given : row_number + 1;
    SheetRow cells;
    cells.number = row_number;
    int column = -1;
    ForEachChild(row, "c", [&](pugi::xml_node c) {
      if (!problem.ok()) return;
      int col = -1, ignored_row = 0;
      if (const char* ref = c.attribute("r").value(); *ref) ParseReference(ref, col, ignored_row);
      column = col >= 0 ? col : column + 1;
      if (column >= kMaxColumns) {
        problem = Status::InvalidInput(where_, "sheet '" + out.name + "' row " + std::to_string(row_number) +
                                                   ": a cell beyond the last column (" + c.attribute("r").value() + ")");
        return;
      }
      const std::string_view type = c.attribute("t").value();
      std::string text;
      if (type == "inlineStr") {
        text = DecodeText(RichText(Child(c, "is")));
      } else if (pugi::xml_node v = Child(c, "v")) {
        const std::string_view value = v.text().get();
        if (type == "s") {
          size_t i = 0;
          const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), i);
          if (error != std::errc() || i >= strings_.size()) {
            problem = Status::InvalidInput(where_, "sheet '" + out.name + "' cell " + c.attribute("r").value() +
                                                       ": no shared string " + std::string(value));
            return;
          }
          text = strings_[i];
        } else {
          text = Display(type, value, c.attribute("s").as_uint(0));
        }
      }
      if (text.empty()) return;
      if (cells.cells.size() <= static_cast<size_t>(column)) cells.cells.resize(static_cast<size_t>(column) + 1);
      cells.cells[static_cast<size_t>(column)] = std::move(text);
    });
    if (!cells.cells.empty()) out.rows.push_back(std::move(cells));
  });
  if (!problem.ok()) return problem;
  return out;
}

std::string XlsxWorkbook::Display(std::string_view type, std::string_view value, size_t style) const {
  if (type == "str" || type == "e") return DecodeText(value);
  if (type == "b") return value == "1" || value == "true" ? "TRUE" : "FALSE";
  const std::string_view code = style < formats_.size() ? std::string_view(formats_[style]) : "General";
  if (type == "d") {
    const std::optional<double> serial = SerialFromIso(value, dates_);
    return serial ? FormatCellNumber(*serial, code == "General" ? "yyyy-mm-dd hh:mm:ss" : code, dates_)
                  : std::string(value);
  }
  double number = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc()) return std::string(value);  // not a number after all: shown as written
  return FormatCellNumber(number, code, dates_);
}

}  // namespace returns
