#include "corpus/readers/table_returns.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "corpus/base/shell_word.h"
#include "corpus/base/utf8.h"
#include "corpus/register/question.h"
#include "corpus/register/return_builder.h"
#include "corpus/text/words.h"

namespace returns {
// The header read: which column is what.
struct TableHeaderLayout {
  std::map<std::string, int> field;      // return field → column
  std::map<int, int> wide;               // column → question
  std::map<int, std::string> attribute;  // column → attribute name (Forms metadata)
  std::vector<std::string> unknown;      // headers that name nothing, in order
  std::vector<int> unnamed;              // columns with an empty header
  std::string duplicate;                 // the first problem of two columns for one thing
};

namespace {

// The user's field for a header, if they mapped it.
std::optional<std::string> Mapped(const std::string& header, const ColumnMap& columns) {
  const std::string key = AsciiKey(header, ' ');
  std::optional<std::string> field;
  for (const auto& [f, written] : columns) {
    if (AsciiKey(written, ' ') == key) field = f;
  }
  return field;
}

TableHeaderLayout ReadLayout(const TableRow& header, const ColumnMap& columns) {
  TableHeaderLayout layout;
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
    if (!field) field = ColumnForHeader(name);
    if (field && field->size() == 2 && (*field)[0] == 'q') {
      const int q = (*field)[1] - '0';
      const bool twice = std::any_of(layout.wide.begin(), layout.wide.end(), [q](const auto& w) { return w.second == q; });
      if (twice && layout.duplicate.empty()) layout.duplicate = "two columns for question " + std::to_string(q) + ": '" + name + "'";
      layout.wide[col] = q;
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
    layout.unknown.push_back(name);
  }
  return layout;
}

// What the header lacks to name returns, or "".
std::string Missing(const TableHeaderLayout& layout) {
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

// The field an unknown header most likely names, by its words, of those the
// file has no column for and no other header was offered ("Name of
// collaborative" → "collaborative", "Which district is your collaborative in?"
// → "district"), or "FIELD".
std::string GuessField(const std::string& header, const TableHeaderLayout& layout, std::set<std::string>& guessed) {
  const std::vector<std::string> words = AsciiKeyWords(header);
  auto has = [&](std::string_view w) { return std::find(words.begin(), words.end(), w) != words.end(); };
  const bool lead = has("lead") && (has("school") || has("schools")) && !has("contact") && !has("email");
  const bool district = has("district");
  const bool collaborative = has("collaborative") || has("cluster") || has("partnership") || has("alliance");
  for (const auto& [field, named] : {std::pair{"lead_schools", lead}, {"district", district}, {"collaborative", collaborative}}) {
    if (named && !layout.field.count(field) && guessed.insert(field).second) return field;
  }
  return "FIELD";
}

// One message for every unknown column, with the --columns that would take them.
std::string UnknownColumns(const TableHeaderLayout& layout) {
  const std::vector<std::string>& unknown = layout.unknown;
  std::set<std::string> guessed;
  if (unknown.size() == 1) {
    const std::string& h = unknown[0];
    const std::string field = GuessField(h, layout, guessed);
    if (h.find(',') != std::string::npos) {  // --columns splits at commas: a columns file takes it
      return "unknown column " + Quoted(h) + " (name it in a --columns-file with the line \"" + field + "=" + h +
             "\", or leave it out with the line \"ignore=" + h + "\")";
    }
    return "unknown column " + Quoted(h) + " (name it with --columns " + ShellArgument(field + "=" + h) +
           ", or --columns " + ShellArgument("ignore=" + h) + ")";
  }
  // --columns splits at commas: a header with one goes in a columns file.
  std::string list, ignore, in_file, name;
  for (const std::string& h : unknown) {
    if (!list.empty()) list += ", ";
    list += Quoted(h);
    if (h.find(',') == std::string::npos) {
      if (!ignore.empty()) ignore += ',';
      ignore += "ignore=";
      ignore += h;
      if (const std::string field = GuessField(h, layout, guessed); field != "FIELD") {
        if (!name.empty()) name += ',';
        name += field + "=" + h;
      }
    } else {
      if (!in_file.empty()) in_file += ", ";
      in_file += "\"ignore=";
      in_file += h;
      in_file += '"';
    }
  }
  std::string out = std::to_string(unknown.size()) + " unknown columns: " + list + " (";
  if (!name.empty()) out += "perhaps --columns " + ShellArgument(name) + "; ";
  out += "name each with --columns FIELD=HEADER, or leave them out with ";
  if (!ignore.empty()) out += "--columns " + ShellArgument(ignore);
  if (!ignore.empty() && !in_file.empty()) out += ", and ";
  if (!in_file.empty()) out += "a --columns-file with the lines " + in_file;
  return out + ")";
}

std::string PartOf(const std::string& part) { return part.empty() ? "" : part + ": "; }

// The header's own problems: two columns for one thing, unknown columns.
Status CheckHeader(const TableHeaderLayout& layout, const std::string& where, const std::string& part) {
  if (!layout.duplicate.empty()) return Status::InvalidInput(where, PartOf(part) + layout.duplicate);
  if (!layout.unknown.empty()) return Status::InvalidInput(where, PartOf(part) + UnknownColumns(layout));
  return Status::OK();
}

// A column without a header is left out while it is empty; data in it would be lost.
Status CheckUnnamed(const TableHeaderLayout& layout, const TableRow& row, const std::string& where, const std::string& part,
                    CellBreaks breaks) {
  for (const int col : layout.unnamed) {
    if (static_cast<size_t>(col) < row.cells.size() && !Trim(row.cells[static_cast<size_t>(col)]).empty()) {
      return Status::InvalidInput(where, PartOf(part) + "column " + std::to_string(col + 1) +
                                             " has no header but holds data (" +
                                             (breaks == CellBreaks::kInCell ? "row " : "line ") +
                                             std::to_string(row.line) + "); give it a header");
    }
  }
  return Status::OK();
}

bool Blank(const TableRow& row) {
  return std::all_of(row.cells.begin(), row.cells.end(), [](const std::string& c) { return Trim(c).empty(); });
}

}  // namespace

bool HeaderNamesReturns(const TableRow& header, const ColumnMap& columns) {
  return Missing(ReadLayout(header, columns)).empty();
}

TableReader::TableReader(std::string source, std::string part, char separator, CellBreaks breaks,
                         const ColumnMap& columns, const Register& reg)
    : source_(std::move(source)), part_(std::move(part)), separator_(separator), breaks_(breaks),
      columns_(columns), reg_(reg), layout_(std::make_unique<TableHeaderLayout>()) {}

TableReader::~TableReader() = default;

Status TableReader::Header(const TableRow& header) {
  *layout_ = ReadLayout(header, columns_);
  where_ = source_ + ":" + std::to_string(header.line);
  width_ = header.cells.size();
  if (Status s = CheckHeader(*layout_, where_, part_); !s.ok()) return s;
  missing_ = Missing(*layout_);
  time_column_ = -1;
  for (const char* name : {"timestamp", "completion_time"}) {  // Forms' completion time before Google's
    for (const auto& [col, attribute] : layout_->attribute) {
      if (attribute == name) time_column_ = col;
    }
  }
  return Status::OK();
}

Status TableReader::Row(const TableRow& row, IntakeResult& out) {
  if (Status s = CheckUnnamed(*layout_, row, where_, part_, breaks_); !s.ok()) return s;
  if (!missing_.empty()) return Status::OK();  // said at Finish, once no column without a header holds data
  if (Blank(row)) return Status::OK();
  const std::string& source = source_;
  ++out.records;
  std::string raw;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    if (i) raw += separator_;
    raw += row.cells[i];
  }
  auto reject = [&](const char* reason, const std::string& detail) {
    out.rejects.push_back({source, row.line, reason, detail, RepairUtf8(raw)});
  };
  if (row.cells.size() != width_) {
    reject(reject::kFieldCount, "expected " + std::to_string(width_) + ", found " + std::to_string(row.cells.size()));
    return Status::OK();
  }
  bool utf8 = true;
  for (const std::string& c : row.cells) utf8 = utf8 && CheckUtf8(c, source).ok();
  if (!utf8) {
    reject(reject::kInvalidUtf8, "use --encoding for files that are not UTF-8");
    return Status::OK();
  }
  auto cell = [&](int col) { return ToNfc(Trim(row.cells[static_cast<size_t>(col)])); };
  auto field = [&](const char* name) -> std::string {
    const auto it = layout_->field.find(name);
    return it == layout_->field.end() ? std::string() : cell(it->second);
  };
  ReturnFields f;
  f.district = field("district");
  f.collaborative = field("collaborative");
  f.lead_schools = SplitLeadSchools(field("lead_schools"), &reg_);
  f.source = source;
  f.line = row.line;
  for (const auto& [col, name] : layout_->attribute) {
    if (std::string value = cell(col); !value.empty()) f.attributes.emplace_back(name, std::move(value));
  }
  if (f.collaborative.empty()) {
    reject(reject::kMissingField, "collaborative");
    return Status::OK();
  }
  struct Answer {
    int question;
    std::string text;
    int line;  // where the text starts: its cell's line, after leading blank lines
  };
  auto answer_in = [&](size_t col, int question) {
    const std::string& text = row.cells[col];
    const std::string_view trimmed = Trim(text);
    if (breaks_ == CellBreaks::kInCell) return Answer{question, ToNfc(trimmed), row.line};
    const size_t skipped = trimmed.empty() ? 0 : static_cast<size_t>(trimmed.data() - text.data());
    const int line = row.cell_lines[col] + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(skipped), '\n'));
    return Answer{question, ToNfc(trimmed), line};
  };
  std::vector<Answer> answers;
  if (layout_->field.count("answer")) {
    const std::optional<int> q = MatchQuestion(field("question"));
    if (!q) {
      reject(reject::kUnknownQuestion, field("question"));
      return Status::OK();
    }
    answers.push_back(answer_in(static_cast<size_t>(layout_->field.at("answer")), *q));
  } else {
    for (const auto& [col, q] : layout_->wide) answers.push_back(answer_in(static_cast<size_t>(col), q));
  }
  bool any = false, too_large = false;
  for (const Answer& a : answers) too_large = too_large || a.text.size() > kMaxAnswerBytes;
  if (too_large) {
    reject(reject::kTooLarge, "an answer over " + std::to_string(kMaxAnswerBytes) + " bytes");
    return Status::OK();
  }
  // With a completion time, the row's returns wait for the table's end: a later row may replace them.
  FormResponse* held = nullptr;
  if (time_column_ >= 0) {
    held = &held_.emplace_back();
    held->line = row.line;
    held->collaborative = f.collaborative;
    held->time = cell(time_column_);
  }
  for (const Answer& a : answers) {
    if (a.text.empty()) continue;
    any = true;
    f.question = a.question;
    f.answer = a.text;
    f.line = a.line;
    Return built = BuildReturn(f, reg_);
    built.round = field("round");  // a Round column: the row's round (--round fills only empty ones)
    // A cell's lines are not lines of the file: every comment is on its row.
    if (breaks_ == CellBreaks::kInCell) {
      for (Comment& c : built.comments) c.line = row.line;
    }
    if (held) {
      // Who answered: the round and the return id past its question ("q2/…").
      if (held->who.empty()) held->who = built.round + "\n" + built.id.substr(built.id.find('/') + 1);
      held->returns.push_back(std::move(built));
    } else {
      out.returns.push_back(std::move(built));
    }
  }
  if (held && held->returns.empty()) held_.pop_back();
  if (!any) reject(reject::kEmptyAnswer, "");
  return Status::OK();
}

Status TableReader::Finish(IntakeResult& out) {
  if (!missing_.empty()) return Status::InvalidInput(where_, PartOf(part_) + missing_);
  ResolveResubmissions(std::move(held_), source_, breaks_ == CellBreaks::kInCell ? "row" : "line", out);
  held_.clear();
  return Status::OK();
}

Result<IntakeResult> ReadTableReturns(const Table& table, const ColumnMap& columns, const Register& reg) {
  TableReader reader(table.source, table.part, table.separator, table.breaks, columns, reg);
  if (Status s = reader.Header(table.rows.front()); !s.ok()) return s;
  IntakeResult out;
  for (size_t r = 1; r < table.rows.size(); ++r) {
    if (Status s = reader.Row(table.rows[r], out); !s.ok()) return s;
  }
  if (Status s = reader.Finish(out); !s.ok()) return s;
  return out;
}

}  // namespace returns
