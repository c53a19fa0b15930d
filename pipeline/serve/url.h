// Building the links of the web page: percent-encoding a value for a query
// string, and a query string from name/value pairs. Every link the page makes
// goes through these (then through HtmlEscape, being an attribute value).
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace returns::serve {

// Every byte but the unreserved ones (A-Z a-z 0-9 - . _ ~) as %XX; a space is %20.
std::string UrlEncode(std::string_view value);

// "name=value&name=value", each encoded; pairs with an empty value are left out.
std::string QueryString(const std::vector<std::pair<std::string, std::string>>& params);

// `path`, then "?" and the query string when there is one.
std::string Link(const std::string& path, const std::vector<std::pair<std::string, std::string>>& params);

}  // namespace returns::serve
