#include "corpus/text/quoted_answer.h"

#include <cctype>
#include <string>

#include "corpus/text/normalise.h"
#include "corpus/text/words.h"

namespace returns {
namespace {

constexpr std::string_view kOpen = "\xE2\x80\x9C";   // “
constexpr std::string_view kClose = "\xE2\x80\x9D";  // ”
constexpr std::string_view kPathSeparator = " \xE2\x80\xBA ";  // ›

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A line break inside a paragraph: a space, except after a word broken at its
// hyphen (browsers break "self-evaluation" there, never "KS2/KS3" at its slash).
void Append(std::string& text, const std::string& next) {
  if (text.empty()) {
    text = next;
    return;
  }
  const bool hyphen = text.size() >= 2 && text.back() == '-' && std::isalpha(static_cast<unsigned char>(text[text.size() - 2])) &&
                      std::islower(static_cast<unsigned char>(next.front()));
  if (!hyphen) text += ' ';
  text += next;
}

size_t Count(std::string_view s, std::string_view mark) {
  size_t n = 0;
  for (size_t at = s.find(mark); at != std::string_view::npos; at = s.find(mark, at + mark.size())) ++n;
  return n;
}

struct Paragraph {
  int line = 0;
  std::string text;
};

std::vector<std::string> SplitPath(const std::string& heading) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t at = heading.find(kPathSeparator, start);
    out.push_back(heading.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) break;
    start = at + kPathSeparator.size();
  }
  return out;
}

}  // namespace

std::optional<SegmentedAnswer> SegmentQuotedAnswer(const std::vector<AnswerLine>& lines) {
  std::vector<Paragraph> paragraphs;
  bool open = false;
  for (const AnswerLine& l : lines) {
    const std::string text = CollapseSpaces(l.text);
    if (text.empty()) continue;
    if (!open) paragraphs.push_back(Paragraph{l.line, {}});
    Append(paragraphs.back().text, text);
    // A quotation may quote in turn (“… a “Good” outcome …”): it ends where its marks balance.
    open = !(EndsWith(text, kClose) && Count(paragraphs.back().text, kOpen) > 0 &&
             Count(paragraphs.back().text, kOpen) == Count(paragraphs.back().text, kClose));
  }
  if (paragraphs.empty() || open) return std::nullopt;

  SegmentedAnswer out;
  std::vector<std::string> path;  // the headings above the last comment
  for (const Paragraph& p : paragraphs) {
    const size_t quote = p.text.find(kOpen);
    std::string lead(Trim(std::string_view(p.text).substr(0, quote)));
    if (!lead.empty() && lead.back() != ':') return std::nullopt;
    Comment c;
    // A closing mark set on a line of its own leaves a space before it.
    c.text = std::string(Trim(std::string_view(p.text).substr(quote + kOpen.size(), p.text.size() - kClose.size() - quote - kOpen.size())));
    if (c.text.empty()) return std::nullopt;
    c.line = p.line;
    std::vector<std::string> heading;
    if (!lead.empty()) {
      heading = SplitPath(lead);
      // The writer's colon after a heading that had none.
      if (!IsColonLabelHeading(heading.back())) heading.back().pop_back();
      std::string joined;
      for (const std::string& h : heading) joined += (joined.empty() ? "" : std::string(kPathSeparator)) + h;
      c.heading = joined;
    }
    // A label the comment opens with ("Strand 1 – …") is its own, not a heading above it.
    if (!heading.empty() && c.text.rfind(heading.back(), 0) == 0) heading.pop_back();
    // The answer's text names each heading once, where it begins, as segmenting does.
    size_t same = 0;
    while (same < path.size() && same < heading.size() && path[same] == heading[same]) ++same;
    for (size_t h = same; h < heading.size(); ++h) out.text += (out.text.empty() ? "" : "\n") + heading[h];
    path = heading;
    if (!out.text.empty()) out.text += '\n';
    c.position = static_cast<int>(out.comments.size()) + 1;
    c.start = out.text.size();
    out.text += c.text;
    c.end = out.text.size();
    out.comments.push_back(std::move(c));
  }
  return out;
}

}  // namespace returns
