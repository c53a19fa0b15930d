// Small helpers for the HTML documents we write (summary, appendix, quotes).
// Every value from data or a lexicon — theme
// ids and labels, names, headings, comments, the selection — goes through
// HtmlEscape, in element text and in attribute values alike.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace returns {

// Escapes & < > " ' (as &amp; &lt; &gt; &quot; &#39;): safe in element text
// (including SVG <text> and <title>) and in a double- or single-quoted
// attribute value. Not for unquoted attributes, URLs, <script> or <style>:
// our pages put no data there.
std::string HtmlEscape(std::string_view text);

// The shared <head> of our pages: charset, title (escaped), and print-friendly
// styles. REQUIRES: `extra_css` is the caller's own constant CSS, never data.
std::string HtmlHead(const std::string& title, const std::string& extra_css = "");

}  // namespace returns
