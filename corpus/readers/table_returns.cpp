#include "corpus/readers/table_returns.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "corpus/base/utf8.h"
#include "corpus/register/question.h"
#include "corpus/register/return_builder.h"
#include "corpus/text/words.h"

namespace returns {
namespace {

struct Layout {
  std::map<std::string, int> field;      // return field → column
  std::map<int, int> wide;               // column → question
  std::map<int, std::string> attribute;  // column → attribute name (Forms metadata)
  std::vector<std::string> unknown;      // headers that name nothing, in order
  std::vector<int> unnamed;              // columns with an empty header
  std::string duplicate;                 // the first problem of two columns for one thing
};

// The user's field for a header, if they mapped it.
std::optional<std::string> Mapped(const std::string& header, const ColumnMap& columns) {
  const std::string key = AsciiKey(header, ' ');
  std::optional<std::string> field;
  for (const auto& [f, written] : columns) {
    if (AsciiKey(written, ' ') == key) field = f;
  }
  return field;
}

Layout ReadLayout(const TableRow& header, const ColumnMap& columns) {
  Layout layout;
  std::set<std::string> attributes;
  for (size_t i = 0; i < header.cells.size(); ++i) {
    const std::string& name = header.cells[i];
    const int col = static_cast<int>(i);
    std::optional<std::string> field = Mapped(name, columns);
    if (field && *field == "ignore") continue;
    if (Trim(name).empty()) {
      layout.unnamed.push_back(col);
      continue;
    }
    if (!field) field = FieldForHeader(name);
    if (!field) field = FormsAttribute(name);
    if (field && field->size() == 2 && (*field)[0] == 'q') {
      layout.wide[col] = (*field)[1] - '0';
      continue;
    }
    if (field && IsFormsAttribute(*field)) {
      if (!attributes.insert(*field).second && layout.duplicate.empty()) {
        layout.duplicate = "two columns for " + *field + ": '" + name + "'";
      }
      layout.attribute[col] = *field;
      continue;
    }
    if (field) {
      if (layout.field.count(*field) && layout.duplicate.empty()) {
        layout.duplicate = "two columns for " + *field + ": '" + name + "'";
      }
      layout.field.emplace(*field, col);
      continue;
    }
    if (const std::optional<int> q = MatchQuestion(name); q && !AsciiKey(name, ' ').empty()) {
      layout.wide[col] = *q;
      continue;
    }
    layout.unknown.push_back(name);
  }
  return layout;
}

// What the header lacks to name returns, or "".
std::string Missing(const Layout& layout) {
  if (!layout.field.count("collaborative")) return "no collaborative column";
  const bool long_layout = layout.field.count("answer") > 0;
  if (long_layout && !layout.field.count("question")) return "an answer column but no question column";
  if (long_layout && !layout.wide.empty()) return "both an answer column and question columns";
  if (!long_layout && layout.wide.empty()) {
    return "no answer column (Answer/Response/Comment/Text) and no question columns (Q1…Q5)";
  }
  return "";
}

std::string Quoted(const std::string& header) { return "'" + header + "'"; }

// One message for every unknown column, with the --columns that would take them.
std::string UnknownColumns(const std::vector<std::string>& unknown) {
  if (unknown.size() == 1) {
    const std::string& h = unknown[0];
    return "unknown column " + Quoted(h) + " (name it with --columns FIELD=" + h + ", or --columns ignore=" + h + ")";
  }
  // --columns splits at commas: a header with one goes in a columns file.
  std::string list, ignore, in_file;
  for (const std::string& h : unknown) {
    if (!list.empty()) list += ", ";
    list += Quoted(h);
    if (h.find(',') == std::string::npos) {
      if (!ignore.empty()) ignore += ',';
      ignore += "ignore=";
      ignore += h;
    } else {
      if (!in_file.empty()) in_file += ", ";
      in_file += "\"ignore=";
      in_file += h;
      in_file += '"';
    }
  }
  std::string out = std::to_string(unknown.size()) + " unknown columns: " + list +
                    " (name each with --columns FIELD=HEADER, or leave them out with ";
  if (!ignore.empty()) out += "--columns " + ignore;
  if (!ignore.empty() && !in_file.empty()) out += ", and ";
  if (!in_file.empty()) out += "a --columns-file with the lines " + in_file;
  return out + ")";
}

Status CheckLayout(const Layout& layout, const Table& table) {
  const std::string where = table.source + ":" + std::to_string(table.rows.front().line);
  const std::string part = table.part.empty() ? "" : table.part + ": ";
  if (!layout.duplicate.empty()) return Status::InvalidInput(where, part + layout.duplicate);
  if (!layout.unknown.empty()) return Status::InvalidInput(where, part + UnknownColumns(layout.unknown));
  // A column without a header is left out while it is empty; data in it would be lost.
  for (const int col : layout.unnamed) {
    for (const TableRow& row : table.rows) {
      if (static_cast<size_t>(col) < row.cells.size() && !Trim(row.cells[static_cast<size_t>(col)]).empty()) {
        return Status::InvalidInput(where, part + "column " + std::to_string(col + 1) +
                                               " has no header but holds data (" +
                                               (table.breaks == CellBreaks::kInCell ? "row " : "line ") +
                                               std::to_string(row.line) +
                                               "); give it a header");
      }
    }
  }
  if (const std::string missing = Missing(layout); !missing.empty()) return Status::InvalidInput(where, part + missing);
  return Status::OK();
}

bool Blank(const TableRow& row) {
  return std::all_of(row.cells.begin(), row.cells.end(), [](const std::string& c) { return Trim(c).empty(); });
}

}  // namespace

bool HeaderNamesReturns(const TableRow& header, const ColumnMap& columns) {
  return Missing(ReadLayout(header, columns)).empty();
}

Result<IntakeResult> ReadTableReturns(const Table& table, const ColumnMap& columns, const Register& reg) {
  const Layout l = ReadLayout(table.rows.front(), columns);
  if (Status s = CheckLayout(l, table); !s.ok()) return s;
  const size_t width = table.rows.front().cells.size();
  const std::string& source = table.source;

  IntakeResult out;
  for (size_t r = 1; r < table.rows.size(); ++r) {
    const TableRow& row = table.rows[r];
    if (Blank(row)) continue;
    ++out.records;
    std::string raw;
    for (size_t i = 0; i < row.cells.size(); ++i) {
      if (i) raw += table.separator;
      raw += row.cells[i];
    }
    auto reject = [&](const char* reason, const std::string& detail) {
      out.rejects.push_back({source, row.line, reason, detail, RepairUtf8(raw)});
    };
    if (row.cells.size() != width) {
      reject(reject::kFieldCount, "expected " + std::to_string(width) + ", found " + std::to_string(row.cells.size()));
      continue;
    }
    bool utf8 = true;
    for (const std::string& c : row.cells) utf8 = utf8 && CheckUtf8(c, source).ok();
    if (!utf8) {
      reject(reject::kInvalidUtf8, "use --encoding for files that are not UTF-8");
      continue;
    }
    auto cell = [&](int col) { return ToNfc(Trim(row.cells[static_cast<size_t>(col)])); };
    auto field = [&](const char* name) -> std::string {
      const auto it = l.field.find(name);
      return it == l.field.end() ? std::string() : cell(it->second);
    };
    ReturnFields f;
    f.district = field("district");
    f.collaborative = field("collaborative");
    f.lead_schools = SplitLeadSchools(field("lead_schools"));
    f.source = source;
    f.line = row.line;
    for (const auto& [col, name] : l.attribute) {
      if (std::string value = cell(col); !value.empty()) f.attributes.emplace_back(name, std::move(value));
    }
    if (f.collaborative.empty()) {
      reject(reject::kMissingField, "collaborative");
      continue;
    }
    struct Answer {
      int question;
      std::string text;
      int line;  // where the text starts: its cell's line, after leading blank lines
    };
    auto answer_in = [&](size_t col, int question) {
      const std::string& text = row.cells[col];
      const std::string_view trimmed = Trim(text);
      if (table.breaks == CellBreaks::kInCell) return Answer{question, ToNfc(trimmed), row.line};
      const size_t skipped = trimmed.empty() ? 0 : static_cast<size_t>(trimmed.data() - text.data());
      const int line = row.cell_lines[col] + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(skipped), '\n'));
      return Answer{question, ToNfc(trimmed), line};
    };
    std::vector<Answer> answers;
    if (l.field.count("answer")) {
      const std::optional<int> q = MatchQuestion(field("question"));
      if (!q) {
        reject(reject::kUnknownQuestion, field("question"));
        continue;
      }
      answers.push_back(answer_in(static_cast<size_t>(l.field.at("answer")), *q));
    } else {
      for (const auto& [col, q] : l.wide) answers.push_back(answer_in(static_cast<size_t>(col), q));
    }
    bool any = false, too_large = false;
    for (const Answer& a : answers) too_large = too_large || a.text.size() > kMaxAnswerBytes;
    if (too_large) {
      reject(reject::kTooLarge, "an answer over " + std::to_string(kMaxAnswerBytes) + " bytes");
      continue;
    }
    for (const Answer& a : answers) {
      if (a.text.empty()) continue;
      any = true;
      f.question = a.question;
      f.answer = a.text;
      f.line = a.line;
      Return built = BuildReturn(f, reg);
      // A cell's lines are not lines of the file: every comment is on its row.
      if (table.breaks == CellBreaks::kInCell) {
        for (Comment& c : built.comments) c.line = row.line;
      }
      out.returns.push_back(std::move(built));
    }
    if (!any) reject(reject::kEmptyAnswer, "");
  }
  return out;
}

}  // namespace returns
