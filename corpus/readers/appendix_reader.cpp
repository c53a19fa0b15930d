#include "corpus/readers/appendix_reader.h"

#include <algorithm>
#include <optional>
#include <set>

#include "corpus/base/read_file.h"
#include "corpus/base/utf8.h"
#include "corpus/readers/appendix_rows.h"
#include "corpus/readers/placed_appendix.h"
#include "corpus/readers/placed_table.h"
#include "corpus/readers/placed_text.h"
#include "corpus/register/district.h"
#include "corpus/register/question.h"
#include "corpus/text/words.h"

namespace returns {
namespace {

bool ContainsNoCase(std::string_view hay, std::string_view needle) {
  auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) ==
                                                    std::tolower(static_cast<unsigned char>(b)); });
  return it != hay.end();
}

// What the header says after its Lead School(s) cell: the answer column's header.
std::optional<std::string> AnswerHeader(std::string_view header) {
  if (!ContainsNoCase(header, "district") || !ContainsNoCase(header, "collaborat")) return std::nullopt;
  for (std::string_view marker : {"Lead School(s)", "Lead Schools", "Lead School", "Lead"}) {
    auto it = std::search(header.begin(), header.end(), marker.begin(), marker.end(),
                          [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) ==
                                                      std::tolower(static_cast<unsigned char>(b)); });
    if (it == header.end()) continue;
    return std::string(Trim(header.substr(static_cast<size_t>(it - header.begin()) + marker.size())));
  }
  return std::nullopt;
}

// Answer columns headed by no question (`returns appendix` writes "Comments";
// its tables' titles name the question).
bool NamesNoQuestion(const std::string& answer_header) {
  const std::string key = AsciiKey(answer_header, ' ');
  return key == "comments" || key == "comment" || key == "answer" || key == "answers" || key == "response" ||
         key == "responses";
}

struct Header {
  size_t first = 0, last = 0;  // its lines (a header cell may wrap, pdftotext may set each cell apart)
  std::optional<int> question;
  std::string text;
  std::vector<size_t> titles;  // "Question 3: …" lines just above
};

// The table header that line `i` begins, if it does: "District", then
// "Collaborative" and "Lead School(s)", then the answer column's header — a
// question's wording, or "Comments" — over a few lines at most.
std::optional<Header> HeaderAt(const SourceLines& src, size_t i) {
  if (src.words[i].empty() || !SameWord(src.words[i].front().text, "District")) return std::nullopt;
  Header h;
  h.first = i;
  for (size_t j = i, seen = 0; j < src.text.size() && seen < 10; ++j) {
    if (src.words[j].empty()) continue;
    if (j > i && MatchDistrictAtStart(src.words[j]).words_used > 0) return std::nullopt;
    ++seen;
    if (!h.text.empty()) h.text += ' ';
    h.text += Trim(src.text[j]);
    const std::optional<std::string> answer = AnswerHeader(h.text);
    if (!answer || answer->empty()) continue;
    h.question = MatchQuestion(*answer);
    if (!h.question && !NamesNoQuestion(*answer)) continue;
    h.last = j;
    return h;
  }
  return std::nullopt;
}

// The question a header's title gives: up to three lines above it ("Question
// 2: What progress do you feel you have made against your" / "priorities?").
void FindTitle(const SourceLines& src, size_t floor, Header& h) {
  size_t back = 0;
  for (size_t j = h.first; j-- > floor && back < 3;) {
    if (src.words[j].empty()) continue;
    ++back;
    if (MatchQuestionTitle(src.text[j])) {
      for (size_t t = j; t < h.first; ++t) h.titles.push_back(t);
      if (!h.question) h.question = MatchQuestionTitle(src.text[j]);
      return;
    }
  }
}

}  // namespace

Result<AppendixRead> AppendixReader::ReadFile(const std::string& path) const {
  Result<std::string> bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  return Read(bytes.value(), path);
}

Result<AppendixRead> AppendixReader::Read(std::string_view bytes, const std::string& source) const {
  if (Trim(bytes).empty()) return Status::InvalidInput(source, "empty file");
  if (Status s = CheckUtf8(bytes, source); !s.ok()) return s;
  const std::string text = ToNfc(bytes);
  // `pdftotext -layout` output keeps the columns apart: read it by position.
  const PlacedText placed = PlaceFromLayoutText(text);
  if (HasTableHeader(placed)) return ReadPlacedAppendix(placed, source, register_);
  const SourceLines src = SplitLines(text);

  // Headers: the first, those repeated at page breaks, and those of further
  // tables (after a title, or with another question).
  std::vector<Header> headers;
  for (size_t i = 0; i < src.text.size(); ++i) {
    std::optional<Header> h = HeaderAt(src, i);
    if (!h) continue;
    FindTitle(src, headers.empty() ? 0 : headers.back().last + 1, *h);
    i = h->last;
    headers.push_back(std::move(*h));
  }
  size_t first = 0;
  while (first < src.words.size() && src.words[first].empty()) ++first;
  if (headers.empty()) {
    return Status::InvalidInput(source + ":" + std::to_string(first + 1),
                                "no recognisable header (expected 'District Collaborative Lead School(s)' "
                                "followed by one of the five questions)");
  }
  std::set<size_t> skip;  // header and title lines
  std::vector<std::pair<size_t, int>> questions;  // from line → question
  int question = 0;
  for (const Header& h : headers) {
    for (size_t j = h.first; j <= h.last; ++j) skip.insert(j);
    for (size_t j : h.titles) skip.insert(j);
    if (h.question) question = *h.question;
    if (!question) {
      return Status::InvalidInput(source + ":" + std::to_string(h.first + 1),
                                  "no recognisable header (the answer column's header names none of the five "
                                  "questions, and no 'Question N' title stands above it)");
    }
    questions.emplace_back(h.titles.empty() ? h.first : h.titles.front(), question);
  }

  // The table's full width: its widest lines (a few, not one stray line).
  std::vector<size_t> widths;
  for (size_t i = headers.front().last + 1; i < src.text.size(); ++i) {
    if (!skip.count(i)) widths.push_back(CodePointCount(Trim(src.text[i])));
  }
  std::sort(widths.rbegin(), widths.rend());
  const size_t full_width = widths.empty() ? 0 : widths[std::min(widths.size() - 1, widths.size() / 50)];

  AppendixRead out;
  RowBuilder row(register_, src, source, full_width);
  size_t section = 0;
  for (size_t i = headers.front().last + 1; i < src.text.size(); ++i) {
    while (section + 1 < questions.size() && questions[section + 1].first <= i) {
      // A table of another question: its rows are its own.
      if (questions[section + 1].second != questions[section].second) row.Finish(out);
      ++section;
    }
    if (skip.count(i)) continue;
    const std::vector<Word>& words = src.words[i];
    if (row.active() && row.Expects(i)) {
      row.Add(i);
      continue;
    }
    const DistrictMatch dm = MatchDistrictAtStart(words);
    const RowStart starts = dm.words_used > 0 ? row.StartsRow(i, dm) : RowStart::kInside;
    if (starts == RowStart::kRow) {
      row.Finish(out);
      row.Start(i, dm, questions[section].second);
    } else if (row.active()) {
      if (starts == RowStart::kInsideUnsure) {
        out.warnings.push_back(source + ":" + std::to_string(i + 1) + ": warning: line begins with the district '" +
                               dm.district + "' but reads as a sentence; kept in the answer of the row above: " +
                               src.text[i]);
      }
      row.Add(i);
    } else if (!words.empty()) {
      out.warnings.push_back(source + ":" + std::to_string(i + 1) +
                             ": warning: text before the first district row belongs to no return: " + src.text[i]);
    }
  }
  row.Finish(out);
  if (out.returns.empty()) {
    return Status::InvalidInput(source, "no district rows found (a row starts with a Kent district name)");
  }
  return out;
}

IntakeResult IntakeOf(AppendixRead read) {
  IntakeResult out;
  out.records = static_cast<int>(read.returns.size());
  out.returns = std::move(read.returns);
  out.warnings = std::move(read.warnings);
  return out;
}

}  // namespace returns
