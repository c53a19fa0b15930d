// Text from data (names, labels, comments, the selection) made safe inside
// Markdown: in a table cell, a heading or a list item it stays text — no
// table broken by '|', no emphasis, link or code started by '*', '_', '[',
// '`', no HTML passed through by '<' to a renderer such as pandoc. Line
// breaks become spaces. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace returns {

std::string MarkdownText(std::string_view text);

}  // namespace returns
