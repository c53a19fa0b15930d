// A strict checker for the HTML pages the pipeline writes (summary,
// appendix), for its tests: what a value from data could break if it were
// written unescaped. Every '<' opens a tag of an element our pages use and
// every tag is closed in order (or is void: meta, or ends "/>"); every
// attribute is name="value" with a name our pages use and a value without
// '"', '<' or '>'; every '&' begins &amp; &lt; &gt; &quot; or &#39;; no '>'
// outside a tag. An injected element, attribute, entity or stray closing tag
// is a problem. Header-only.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace returns::test {

inline std::vector<std::string> HtmlProblems(std::string_view html) {
  static const std::set<std::string, std::less<>> kElements = {
      "html", "head",  "meta", "title", "style", "body",  "h1",    "h2", "p",  "strong", "svg",
      "text", "rect",  "table", "thead", "tbody", "tr",   "th",    "td", "span", "mark", "blockquote",
      "circle", "line", "g", "section", "ul", "li", "h3", "a"};
  static const std::set<std::string, std::less<>> kVoid = {"meta"};
  static const std::set<std::string, std::less<>> kAttributes = {
      "lang", "charset", "id", "role", "aria-label", "width", "height", "xmlns", "x", "y",
      "text-anchor", "class", "data-theme", "fill", "transform", "cx", "cy", "r", "stroke", "stroke-width",
      "x1", "y1", "x2", "y2", "href"};
  static const std::vector<std::string_view> kEntities = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};

  std::vector<std::string> problems;
  std::vector<std::string> open;
  size_t i = 0;
  auto problem = [&](const std::string& what) { problems.push_back(what + " at byte " + std::to_string(i)); };
  auto entity_at = [&](size_t at) {
    for (std::string_view e : kEntities) {
      if (html.substr(at, e.size()) == e) return true;
    }
    return false;
  };
  auto name_at = [&](size_t& at) {
    std::string name;
    while (at < html.size() && ((html[at] >= 'a' && html[at] <= 'z') || (html[at] >= '0' && html[at] <= '9') ||
                                html[at] == '-')) {
      name += html[at++];
    }
    return name;
  };
  const std::string_view doctype = "<!DOCTYPE html>";
  while (i < html.size() && problems.size() < 20) {
    const char c = html[i];
    if (c == '&') {
      if (!entity_at(i)) problem("a bare '&'");
      ++i;
    } else if (c == '>') {
      problem("a '>' outside a tag");
      ++i;
    } else if (c != '<') {
      ++i;
    } else if (html.substr(i, doctype.size()) == doctype) {
      i += doctype.size();
    } else if (html.substr(i, 2) == "</") {
      size_t at = i + 2;
      const std::string name = name_at(at);
      if (at >= html.size() || html[at] != '>') {
        problem("a malformed closing tag");
        ++i;
        continue;
      }
      if (open.empty() || open.back() != name) {
        problem("</" + name + "> closes " + (open.empty() ? std::string("nothing") : "<" + open.back() + ">"));
      } else {
        open.pop_back();
      }
      i = at + 1;
    } else {
      size_t at = i + 1;
      const std::string name = name_at(at);
      if (!kElements.count(name)) problem("an element <" + name + "> our pages do not write");
      bool closed = false, self_closing = false;
      while (at < html.size()) {
        if (html[at] == '>') {
          closed = true;
          ++at;
          break;
        }
        if (html.substr(at, 2) == "/>") {
          closed = self_closing = true;
          at += 2;
          break;
        }
        if (html[at] != ' ') {
          problem("no space before an attribute of <" + name + ">");
          break;
        }
        ++at;
        const std::string attribute = name_at(at);
        if (!kAttributes.count(attribute)) problem("an attribute '" + attribute + "' our pages do not write");
        if (html.substr(at, 2) != "=\"") {
          problem("attribute '" + attribute + "' of <" + name + "> not name=\"value\"");
          break;
        }
        at += 2;
        while (at < html.size() && html[at] != '"') {
          if (html[at] == '<' || html[at] == '>') problem("a '<' or '>' in attribute '" + attribute + "'");
          if (html[at] == '&' && !entity_at(at)) problem("a bare '&' in attribute '" + attribute + "'");
          ++at;
        }
        ++at;  // the closing quote
      }
      if (!closed) {
        problem("tag <" + name + "> not closed");
        break;
      }
      if (!self_closing && !kVoid.count(name)) open.push_back(name);
      i = at;
    }
  }
  for (const std::string& name : open) problems.push_back("<" + name + "> never closed");
  return problems;
}

}  // namespace returns::test
