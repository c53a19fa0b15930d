// Small helpers for the HTML documents we write (summary, appendix).
#pragma once

#include <string>
#include <string_view>

namespace returns {

// Escapes & < > " ' for text and attribute values.
std::string HtmlEscape(std::string_view text);

// The shared <head> of our pages: charset, title, and print-friendly styles.
std::string HtmlHead(const std::string& title, const std::string& extra_css = "");

}  // namespace returns
