#include "corpus/text/snippet.h"

#include <catch2/catch.hpp>

#include "corpus/base/utf8.h"

TEST_CASE("snippets mark highlights and elide long text", "[snippet]") {
  const std::string text = "Joint moderation of writing across the hub";
  CHECK(returns::Snippet(text, {{6, 16}}, "[", "]") == "Joint [moderation] of writing across the hub");
  std::string long_text(300, 'x');
  long_text = "start " + std::string(200, 'a') + " moderation " + std::string(200, 'b') + " end";
  const std::string s = returns::Snippet(long_text, {{207, 217}}, "[", "]", 120);
  CHECK(s.rfind("…", 0) == 0);
  CHECK(s.find("[moderation]") != std::string::npos);
}

TEST_CASE("snippets never cut a word or a UTF-8 character", "[snippet]") {
  const std::string text = "Visits – “support and challenge” – across the schools of the hub, with £125 saved";
  const size_t at = text.find("support and challenge");
  const std::string s = returns::Snippet(text, {{at, at + 21}}, "<", ">", 20);
  CHECK(s.find("<support and challenge>") != std::string::npos);
  CHECK(returns::CheckUtf8(s, "snippet").ok());
  CHECK(s.rfind("… ", 0) == 0);  // elided at a space, not inside "Visits" or the dash
  CHECK(s.size() >= 3);
  CHECK(s.compare(s.size() - 3, 3, "…") == 0);  // and elided at the end
  CHECK(returns::Snippet(text, {}, "<", ">") == text);  // short text, nothing marked: whole
}

namespace {
std::string Bracketed(std::string_view s) {
  std::string out;
  for (char c : s) out += c == '<' ? std::string("&lt;") : std::string(1, c);
  return out;
}
}  // namespace

TEST_CASE("a snippet's escape applies to the text, never to the marks", "[snippet]") {
  const std::string text = "<b>Joint</b> moderation <script>";
  const size_t at = text.find("moderation");
  CHECK(returns::Snippet(text, {{at, at + 10}}, "<mark>", "</mark>", 240, Bracketed) ==
        "&lt;b>Joint&lt;/b> <mark>moderation</mark> &lt;script>");
}

TEST_CASE("a snippet takes highlights in any order, overlapping or past the text", "[snippet]") {
  const std::string text = "We phone each other for help.";
  // A NEAR rule's matches: the anchor first, then the word near it.
  CHECK(returns::Snippet(text, {{9, 19}, {3, 8}}, "[", "]") == "We [phone] [each other] for help.");
  CHECK(returns::Snippet(text, {{3, 14}, {9, 19}}, "[", "]") == "We [phone each other] for help.");
  CHECK(returns::Snippet(text, {{3, 8}, {8, 9}}, "[", "]") == "We [phone ]each other for help.");
  CHECK(returns::Snippet(text, {{24, 99}, {5, 5}}, "[", "]") == "We phone each other for [help.]");
}
