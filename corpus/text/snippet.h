// Snippets: a window of a comment around what matched, with the matches
// marked — what search results, the appendix and (later) the web page show.
// Pure text work; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace returns {

// A window of `text` around its first highlight, each highlight (a byte span,
// in any order; overlapping or touching ones are marked as one, and a span
// past the text is cut to it) between `open` and `close`, elided ends marked
// with "…". The window
// ends at spaces, so no word or UTF-8 sequence is cut. `escape`, when given,
// is applied to every piece of the text (not to the marks): HtmlEscape for a
// page, so the marks are markup and the comment is text.
std::string Snippet(const std::string& text, const std::vector<std::pair<size_t, size_t>>& highlights,
                    const std::string& open, const std::string& close, size_t width = 240,
                    std::string (*escape)(std::string_view) = nullptr);

}  // namespace returns
