#include "pipeline/writers/markdown.h"

#include <catch2/catch.hpp>

// Regression: summary md, the appendix title and quotes md wrote data raw, so
// a '|' broke a table and '<script>' passed through a renderer.
TEST_CASE("regression: text from data stays text in Markdown", "[markdown]") {
  CHECK(returns::MarkdownText("A | B") == "A \\| B");
  CHECK(returns::MarkdownText("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>");
  CHECK(returns::MarkdownText("*bold* _it_ [link](x) `code` a\\b") == "\\*bold\\* \\_it\\_ \\[link\\](x) \\`code\\` a\\\\b");
  CHECK(returns::MarkdownText("two\r\nlines") == "two lines");
  // Ordinary text is left as it is: names, dashes, curly quotes, ampersands.
  CHECK(returns::MarkdownText("Tonbridge & Malling – “support”, £125, 79%") == "Tonbridge & Malling – “support”, £125, 79%");
}
