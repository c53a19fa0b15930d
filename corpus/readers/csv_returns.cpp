#include "corpus/readers/csv_returns.h"

#include <algorithm>


#include <optional>
#include <set>
#include <sstream>

#include "corpus/base/csv_records.h"
#include "corpus/register/question.h"
#include "corpus/register/return_builder.h"
#include "corpus/base/utf8.h"
#include "corpus/text/words.h"

namespace returns {
namespace {

const std::map<std::string, std::set<std::string>>& Aliases() {
  static const std::map<std::string, std::set<std::string>> kAliases = {
      {"district", {"district", "area"}},
      {"collaborative", {"collaborative", "collaboration", "partnership", "cluster", "group", "collaborative name"}},
      {"lead_schools", {"lead school s", "lead schools", "lead school", "lead"}},
      {"question", {"question", "q", "question number"}},
      {"answer", {"answer", "response", "comment", "text", "answer text"}},
  };
  return kAliases;
}

struct Layout {
  std::map<std::string, int> field;  // field → column
  std::map<int, int> wide;           // column → question
  std::set<int> ignored;
};

Result<Layout> ReadHeader(const CsvRecord& header, const std::string& source, const ColumnMap& columns) {
  Layout layout;
  const std::string where = source + ":" + std::to_string(header.line);
  for (size_t i = 0; i < header.fields.size(); ++i) {
    const std::string& name = header.fields[i];
    const std::string key = AsciiKey(name, ' ');
    const int col = static_cast<int>(i);
    std::optional<std::string> field;
    for (const auto& [f, written] : columns) {
      if (AsciiKey(written, ' ') == key) field = f;
    }
    if (field && *field == "ignore") {
      layout.ignored.insert(col);
      continue;
    }
    if (!field) {
      for (const auto& [f, aliases] : Aliases()) {
        if (aliases.count(key)) field = f;
      }
    }
    if (field && field->size() == 2 && (*field)[0] == 'q') {
      layout.wide[col] = (*field)[1] - '0';
      continue;
    }
    if (field) {
      if (layout.field.count(*field)) return Status::InvalidInput(where, "two columns for " + *field + ": '" + name + "'");
      layout.field[*field] = col;
      continue;
    }
    if (const std::optional<int> q = MatchQuestion(name); q && !key.empty()) {
      layout.wide[col] = *q;
      continue;
    }
    return Status::InvalidInput(where, "unknown column '" + name +
                                "' (name it with --columns FIELD=" + name + ", or --columns ignore=" + name + ")");
  }
  if (!layout.field.count("collaborative")) return Status::InvalidInput(where, "no collaborative column");
  const bool long_layout = layout.field.count("answer") > 0;
  if (long_layout && !layout.field.count("question")) return Status::InvalidInput(where, "an answer column but no question column");
  if (long_layout && !layout.wide.empty()) return Status::InvalidInput(where, "both an answer column and question columns");
  if (!long_layout && layout.wide.empty()) {
    return Status::InvalidInput(where, "no answer column (Answer/Response/Comment/Text) and no question columns (Q1…Q5)");
  }
  return layout;
}

}  // namespace

Result<ColumnMap> ParseColumnMap(std::string_view spec) {
  ColumnMap out;
  static const std::set<std::string> kFields = {"district", "collaborative", "lead_schools", "question", "answer",
                                                "ignore", "q1", "q2", "q3", "q4", "q5"};
  std::istringstream in{std::string(spec)};
  std::string item;
  while (std::getline(in, item, ',')) {
    const size_t eq = item.find('=');
    if (eq == std::string::npos) return Status::InvalidInput("--columns takes FIELD=HEADER pairs, got '" + item + "'");
    const std::string field(Trim(item.substr(0, eq)));
    if (!kFields.count(field)) return Status::InvalidInput("--columns: unknown field '" + field + "'");
    // "ignore" may name several headers; others one.
    out.emplace(field == "ignore" ? "ignore" : field, std::string(Trim(item.substr(eq + 1))));
  }
  return out;
}

Result<IntakeResult> ReadCsvReturns(std::string_view text, const std::string& source, char delimiter,
                                    const ColumnMap& columns, const Register& reg) {
  Result<std::vector<CsvRecord>> records = ReadCsvRecords(text, source, delimiter);
  if (!records.ok()) return records.status();
  if (records.value().empty()) return Status::InvalidInput(source, "empty file (no header row)");
  Result<Layout> layout = ReadHeader(records.value().front(), source, columns);
  if (!layout.ok()) return layout.status();
  const Layout& l = layout.value();
  const size_t width = records.value().front().fields.size();

  IntakeResult out;
  for (size_t r = 1; r < records.value().size(); ++r) {
    const CsvRecord& rec = records.value()[r];
    ++out.records;
    std::string raw;
    for (size_t i = 0; i < rec.fields.size(); ++i) {
      if (i) raw += delimiter;
      raw += rec.fields[i];
    }
    auto reject = [&](const char* reason, const std::string& detail) {
      out.rejects.push_back({source, rec.line, reason, detail, RepairUtf8(raw)});
    };
    if (rec.fields.size() != width) {
      reject(reject::kFieldCount, "expected " + std::to_string(width) + ", found " + std::to_string(rec.fields.size()));
      continue;
    }
    bool utf8 = true;
    for (const std::string& f : rec.fields) utf8 = utf8 && CheckUtf8(f, source).ok();
    if (!utf8) {
      reject(reject::kInvalidUtf8, "use --encoding for files that are not UTF-8");
      continue;
    }
    auto field = [&](const char* name) -> std::string {
      const auto it = l.field.find(name);
      return it == l.field.end() ? std::string() : ToNfc(Trim(rec.fields[static_cast<size_t>(it->second)]));
    };
    ReturnFields f;
    f.district = field("district");
    f.collaborative = field("collaborative");
    f.lead_schools = SplitLeadSchools(field("lead_schools"));
    f.source = source;
    f.line = rec.line;
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
      const std::string& cell = rec.fields[col];
      const std::string_view trimmed = Trim(cell);
      const size_t skipped = trimmed.empty() ? 0 : static_cast<size_t>(trimmed.data() - cell.data());
      const int line = rec.field_lines[col] + static_cast<int>(std::count(cell.begin(), cell.begin() + static_cast<long>(skipped), '\n'));
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
      out.returns.push_back(BuildReturn(f, reg));
    }
    if (!any) reject(reject::kEmptyAnswer, "");
  }
  return out;
}

}  // namespace returns
