#include "pipeline/reports/refi_comment_map.h"

#include <re2/re2.h>

#include <cctype>

namespace returns::refi {

void AppendCommentMapLine(const CommentSpan& span, std::string& map) {
  map += '\n';  // piece by piece: GCC 12 warns falsely (-Wrestrict) of "\n" + std::to_string(…)
  map += std::to_string(span.begin);
  map += '-';
  map += std::to_string(span.end);
  map += ' ';
  map += span.id;
}

std::vector<CommentSpan> ReadCommentMap(std::string_view description, size_t length) {
  std::vector<CommentSpan> spans;
  const size_t heading = description.find(kCommentMapHeading);
  if (heading == std::string_view::npos) return spans;
  static const RE2 kLine(R"((\d+)-(\d+) ([^\n]+))");
  re2::StringPiece rest(description.data() + heading, description.size() - heading);
  CommentSpan span;
  size_t last_end = 0;
  while (RE2::FindAndConsume(&rest, kLine, &span.begin, &span.end, &span.id)) {
    if (span.begin > span.end || span.end > length || span.begin < last_end) return {};
    if (!span.id.empty() && span.id.back() == '\r') span.id.pop_back();  // a tool that wrote CRLF
    last_end = span.end;
    spans.push_back(span);
  }
  return spans;
}

std::vector<CommentSpan> Paragraphs(std::string_view text, const std::vector<size_t>& at, const std::string& prefix) {
  const size_t length = at.size() - 1;
  auto space = [&](size_t i) { return std::isspace(static_cast<unsigned char>(text[at[i]])) != 0; };
  std::vector<CommentSpan> out;
  size_t i = 0;
  while (i < length) {
    while (i < length && space(i)) ++i;
    if (i >= length) break;
    size_t j = i, last = i;  // last: one past the paragraph's last character that is not a space
    while (j < length) {
      if (text[at[j]] == '\n') {
        size_t k = j + 1;
        while (k < length && text[at[k]] != '\n' && space(k)) ++k;
        if (k < length && text[at[k]] == '\n') break;  // a blank line ends the paragraph
      }
      if (!space(j)) last = j + 1;
      ++j;
    }
    out.push_back({i, last, prefix + "#" + std::to_string(out.size() + 1)});
    i = j;
  }
  return out;
}

}  // namespace returns::refi
