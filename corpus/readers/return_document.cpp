#include "corpus/readers/return_document.h"

#include <re2/re2.h>

#include <optional>
#include <sstream>
#include <vector>

#include "corpus/base/utf8.h"
#include "corpus/register/question.h"
#include "corpus/register/return_builder.h"
#include "corpus/text/words.h"

namespace returns {
namespace {

// "## Q2" → 2: the '#'s that open a Markdown heading (up to six, then a space or the end).
int MarkdownLevel(std::string_view line) {
  const std::string_view t = Trim(line);
  size_t n = 0;
  while (n < t.size() && t[n] == '#') ++n;
  if (n == 0 || n > 6 || (n < t.size() && t[n] != ' ' && t[n] != '\t')) return 0;
  return static_cast<int>(n);
}

// "### Priority 1 ##" → "Priority 1": a Markdown heading's text, its opening
// and closing '#'s left out. REQUIRES: MarkdownLevel(line) > 0.
std::string MarkdownHeadingText(std::string_view line) {
  std::string_view t = Trim(line);
  t = Trim(t.substr(static_cast<size_t>(MarkdownLevel(t))));
  size_t end = t.size();
  while (end > 0 && t[end - 1] == '#') --end;
  if (end == 0 || t[end - 1] == ' ' || t[end - 1] == '\t') t = Trim(t.substr(0, end));  // a closing run after a space
  return std::string(t);
}

std::vector<DocumentLine> Lines(std::string_view text) {
  std::vector<DocumentLine> out;
  std::istringstream in{std::string(text)};
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out.push_back({++n, line, MarkdownLevel(line)});
  }
  return out;
}

// The question a line names by the form's own wording or numbering.
std::optional<int> QuestionWordingHeading(const std::string& line) {
  static const RE2 kMarkup(R"(^[\s#*_>]*(.*?)[\s*_:]*$)");
  static const RE2 kNumbered(R"((?i)^(?:q|question)\s*[1-5]\b.*)");
  std::string body;
  if (!RE2::FullMatch(line, kMarkup, &body) || body.empty()) return std::nullopt;
  const bool markdown_heading = Trim(line).substr(0, 1) == "#";
  // A wording preceded by its number: "2. What progress …", "3) Strengths …".
  static const RE2 kNumberThenWording(R"(^[1-5][.)]?\s+(\D.*)$)");
  std::string rest;
  if (RE2::FullMatch(body, kNumberThenWording, &rest) && !RE2::PartialMatch(rest, R"((?i)^(?:q|question)\s*[1-5]\b)")) {
    if (const std::optional<int> w = MatchQuestion(rest); w && AsciiKey(rest, ' ').size() > 8) return w;
  }
  const std::optional<int> q = MatchQuestion(body);
  if (!q) return std::nullopt;
  // A bare number is a heading only in Markdown ("## 2"); wordings and "Q2" anywhere.
  // A line that starts with a number after a bullet ("- Q2 data showed …") is no wording.
  const bool wording = AsciiKey(body, ' ').size() > 8 &&
                       !RE2::PartialMatch(body, R"((?i)^[^a-z0-9]*(?:q|question)?\s*[1-5]\b)");
  if (markdown_heading || wording || RE2::FullMatch(body, kNumbered)) return q;
  return std::nullopt;
}

// "## 2. What progress …", "Q3", "**Question 4**", "Additional comments:" → the question;
// on a line that is a heading, numbered or asking, any of MatchQuestionHeading's variants too.
std::optional<int> QuestionHeading(const DocumentLine& l) {
  static const RE2 kMarkupAround(R"(^[\s#*_>]*(.*?)[\s*_]*$)");
  static const RE2 kNumberedHeading(R"((?i)^(?:(?:q|question|section|part)\s*\d{1,2}|\d{1,2}\s*[.):])(?:\W|$).*)");
  if (const std::optional<int> q = QuestionWordingHeading(l.text)) return q;
  std::string body;
  if (!RE2::FullMatch(l.text, kMarkupAround, &body) || body.empty()) return std::nullopt;
  const bool asks = body.back() == '?';
  if (l.heading > 0 || asks || RE2::FullMatch(body, kNumberedHeading)) {
    // "- Q2 data showed …" is a bullet, not a heading.
    if (!l.heading && RE2::PartialMatch(l.text, R"(^\s*[-•*+o]\s)")) return std::nullopt;
    return MatchQuestionHeading(body);
  }
  return std::nullopt;
}

// "District: Dover" → {"district", "Dover"}.
std::optional<std::pair<std::string, std::string>> Detail(const std::string& line) {
  static const RE2 kDetail(R"(^[\s*_-]*([A-Za-z ()]+?)[*_]*\s*:[*_]*\s*(.*?)\s*$)");
  std::string key, value;
  if (!RE2::FullMatch(line, kDetail, &key, &value)) return std::nullopt;
  const std::string k = AsciiKey(key, ' ');
  if (k == "district" || k == "area") return std::make_pair(std::string("district"), value);
  if (k == "collaborative" || k == "collaboration" || k == "partnership" || k == "cluster" || k == "collaborative name") {
    return std::make_pair(std::string("collaborative"), value);
  }
  if (k == "lead school" || k == "lead schools" || k == "lead school s" || k == "lead") {
    return std::make_pair(std::string("lead_schools"), value);
  }
  return std::nullopt;
}

// Lines before the first question that are no detail: under no question,
// so not read — each run of them said in one warning at its first line, a
// heading as the document's title.
class TextBeforeQuestions {
 public:
  void Add(const DocumentLine& l, const std::string& source, std::vector<std::string>& warnings) {
    std::string_view text = Trim(l.text);
    if (text.empty()) {
      Close();
      return;
    }
    if (open_) {
      ++more_;
      warnings[at_] = Message();
      return;
    }
    const bool heading = l.heading > 0;
    if (heading) {
      while (!text.empty() && text.front() == '#') text.remove_prefix(1);
      text = Trim(text);
    }
    first_ = std::string(text);
    source_ = source;
    line_ = l.number;
    heading_ = heading;
    more_ = 0;
    if (heading) {  // a title: one line, said apart from the text after it
      warnings.push_back(Message());
      return;
    }
    open_ = true;
    at_ = warnings.size();
    warnings.push_back(Message());
  }
  void Close() { open_ = false; }

 private:
  std::string Message() const {
    constexpr size_t kShown = 60;
    std::string shown = Utf8Prefix(first_, kShown);
    if (shown.size() < first_.size()) {  // cut at a word
      if (const size_t space = shown.rfind(' '); space != std::string::npos && space > kShown / 2) shown.resize(space);
      shown += "…";
    }
    const std::string at = source_ + ":" + std::to_string(line_) + ": warning: ";
    if (heading_) {
      return at + "heading '" + shown + "' is before the first question, under none: read as the document's title, not as an answer";
    }
    return at + "text before the first question is under no question and is not read: '" + shown + "'" +
           (more_ ? " (and " + std::to_string(more_) + " more line" + (more_ > 1 ? "s" : "") + ")" : "");
  }

  bool open_ = false;
  size_t at_ = 0;  // its warning
  std::string first_, source_;
  int line_ = 0;
  bool heading_ = false;
  int more_ = 0;
};

}  // namespace

bool LooksLikeReturnDocument(std::string_view text) {
  for (const DocumentLine& l : Lines(text)) {
    if (QuestionHeading(l)) return false;
    if (const auto d = Detail(l.text); d && d->first == "collaborative") return true;
  }
  return false;
}

bool IsReturnDetailLabel(std::string_view label) {
  std::string line(Trim(label));
  if (!line.empty() && line.back() == ':') line.pop_back();
  return !line.empty() && line.find(':') == std::string::npos && Detail(line + ": x").has_value();
}

Result<IntakeResult> ReadReturnDocument(std::string_view text, const std::string& source, const Register& reg) {
  return ReadReturnDocumentLines(Lines(text), source, reg);
}

Result<IntakeResult> ReadReturnDocumentLines(const std::vector<DocumentLine>& lines, const std::string& source,
                                             const Register& reg) {
  ReturnFields f;
  f.source = source;
  struct Section {
    int question;
    int heading_line;
    int level;  // its heading's level; 0 when the question was a plain line
    int line = 0;  // the answer's first non-blank line; 0 while there is none
    std::string answer;
    std::vector<int> answer_lines;
    std::vector<LineStart> answer_starts;
  };
  std::vector<Section> sections;
  std::vector<std::string> warnings;
  TextBeforeQuestions before;
  for (const DocumentLine& l : lines) {
    if (const std::optional<int> q = QuestionHeading(l)) {
      sections.push_back({*q, l.number, l.heading});
      continue;
    }
    // A heading no question matches, at the questions' level: said, not merged silently.
    if (!sections.empty() && l.heading > 0 && (sections.back().level == 0 || l.heading <= sections.back().level)) {
      std::string_view heading = Trim(l.text);
      while (!heading.empty() && heading.front() == '#') heading.remove_prefix(1);
      if (heading = Trim(heading); !heading.empty()) {
        warnings.push_back(source + ":" + std::to_string(l.number) + ": warning: heading '" + std::string(heading) +
                           "' is not one of the five questions; its text is kept under question " +
                           std::to_string(sections.back().question));
      }
    }
    if (sections.empty()) {
      if (const auto d = Detail(l.text)) {
        if (d->first == "district") f.district = d->second;
        else if (d->first == "collaborative") f.collaborative = d->second;
        else f.lead_schools = SplitLeadSchools(d->second, &reg);
        before.Close();
      } else {
        before.Add(l, source, warnings);
      }
      continue;
    }
    Section& s = sections.back();
    if (s.answer.empty() && Trim(l.text).empty()) continue;  // the answer starts at its first non-blank line
    if (s.answer.empty()) s.line = l.number;
    // A Markdown heading in an answer heads the comments after it, as a
    // Word heading does: its text without the '#'s, started as a heading.
    const bool markdown = l.heading > 0 && MarkdownLevel(l.text) > 0;
    s.answer += (markdown ? MarkdownHeadingText(l.text) : l.text) + "\n";
    s.answer_lines.push_back(l.number);
    s.answer_starts.push_back(markdown ? LineStart::kHeading : l.start);
  }
  if (sections.empty()) {
    return Status::InvalidInput(source, "no question headings (\"1. What activity have you undertaken to date?\", \"Q2\", \"## Question 3\")");
  }
  IntakeResult out;
  out.warnings = std::move(warnings);
  for (const Section& s : sections) {
    ++out.records;
    const std::string answer(Trim(s.answer));
    // An answer is found at its first line; a missing one at its question's heading.
    const int line = answer.empty() ? s.heading_line : s.line;
    auto reject = [&](const char* reason, const std::string& detail) {
      out.rejects.push_back({source, line, reason, detail, answer});
    };
    if (f.collaborative.empty()) reject(reject::kMissingField, "collaborative (a \"Collaborative:\" line at the top)");
    else if (answer.empty()) ++out.no_answer;  // an unanswered question is no answer, not an error
    else if (answer.size() > kMaxAnswerBytes) reject(reject::kTooLarge, "over " + std::to_string(kMaxAnswerBytes) + " bytes");
    else {
      ReturnFields r = f;
      r.question = s.question;
      r.answer = answer;
      r.answer_lines = s.answer_lines;
      r.answer_starts = s.answer_starts;
      r.line = s.line;
      out.returns.push_back(BuildReturn(r, reg));
    }
  }
  return out;
}

}  // namespace returns
