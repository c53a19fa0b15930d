#include "pipeline/writers/html.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tests/pipeline/html_check.h"

namespace {

struct Row {
  std::string text;
  std::string escaped;
};

}  // namespace

TEST_CASE("HtmlEscape: & < > \" ' escaped, for element text and quoted attribute values", "[writers][html]") {
  const std::vector<Row> rows = {
      {"plain text", "plain text"},
      {"", ""},
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {R"(" onmouseover="x)", "&quot; onmouseover=&quot;x"},
      {"' onfocus='x", "&#39; onfocus=&#39;x"},
      {"St Mary's & St John's", "St Mary&#39;s &amp; St John&#39;s"},
      {"&amp; already", "&amp;amp; already"},  // escaped again: the text is shown as written
      {"a = b", "a = b"},
      {"£125 – “curly” › PROGRESS:", "£125 – “curly” › PROGRESS:"},  // UTF-8 untouched
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(returns::HtmlEscape(row.text) == row.escaped);
  }
}

TEST_CASE("HtmlEscape's output is safe inside a quoted attribute and in element text", "[writers][html]") {
  const std::string nasty = R"~(x" onclick="alert(1)" y=' <script>alert(2)</script> &)~";
  const std::string page = "<p class=\"" + returns::HtmlEscape(nasty) + "\">" + returns::HtmlEscape(nasty) + "</p>";
  CHECK(returns::test::HtmlProblems(page).empty());
  // And the checker sees the same value written raw.
  const std::string raw = "<p class=\"" + nasty + "\">" + nasty + "</p>";
  CHECK_FALSE(returns::test::HtmlProblems(raw).empty());
}

TEST_CASE("HtmlHead escapes the title", "[writers][html]") {
  const std::string head = returns::HtmlHead("</title><script>alert(1)</script> & \"x\"");
  CHECK(head.find("<script") == std::string::npos);
  CHECK(head.find("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</title>") !=
        std::string::npos);
  CHECK(returns::test::HtmlProblems(head + "</body>\n</html>\n").empty());
}
