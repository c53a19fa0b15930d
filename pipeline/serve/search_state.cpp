#include "pipeline/serve/search_state.h"

#include <algorithm>
#include <charconv>

#include "corpus/base/utf8.h"
#include "pipeline/serve/url.h"

namespace returns::serve {
namespace {

Status CheckValue(const std::string& name, const std::string& value, size_t max_bytes) {
  if (value.size() > max_bytes) {
    return Status::InvalidInput("the " + name + " is " + std::to_string(value.size()) + " bytes long; at most " +
                                std::to_string(max_bytes) + " are taken");
  }
  if (!CheckUtf8(value, name).ok()) return Status::InvalidInput("the " + name + " is not valid UTF-8 text");
  return Status::OK();
}

// A whole decimal number in [low, high], or nothing.
bool ReadNumber(const std::string& text, unsigned low, unsigned high, unsigned& out) {
  unsigned value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < low || value > high) return false;
  out = value;
  return true;
}

}  // namespace

Result<SearchState> ReadSearchState(const HttpRequest& request, const StateLimits& limits) {
  SearchState state;
  state.query = request.Param("q");
  if (Status s = CheckValue("query", state.query, limits.max_query_bytes); !s.ok()) return s;
  for (const std::string& t : request.Params("theme")) {
    if (Status s = CheckValue("theme", t, limits.max_value_bytes); !s.ok()) return s;
    if (!t.empty() && std::find(state.themes.begin(), state.themes.end(), t) == state.themes.end()) {
      state.themes.push_back(t);
    }
  }
  if (state.themes.size() > limits.max_themes) {
    return Status::InvalidInput("at most " + std::to_string(limits.max_themes) + " themes can be combined");
  }
  const std::pair<const char*, std::string*> filters[] = {
      {"district", &state.district}, {"collaborative", &state.collaborative}, {"round", &state.round}};
  for (const auto& [name, value] : filters) {
    *value = request.Param(name);
    if (Status s = CheckValue(name, *value, limits.max_value_bytes); !s.ok()) return s;
  }
  for (const std::string& a : request.Params("attribute")) {
    if (Status s = CheckValue("attribute", a, limits.max_value_bytes); !s.ok()) return s;
    if (a.empty()) continue;
    if (Result<std::pair<std::string, std::string>> filter = ParseAttributeFilter(a); !filter.ok()) return filter.status();
    if (std::find(state.attributes.begin(), state.attributes.end(), a) == state.attributes.end()) state.attributes.push_back(a);
  }
  if (state.attributes.size() > limits.max_themes) {
    return Status::InvalidInput("at most " + std::to_string(limits.max_themes) + " attributes can be combined");
  }
  if (const std::string q = request.Param("question"); !q.empty()) {
    unsigned question = 0;
    if (!ReadNumber(q, 1, 5, question)) return Status::InvalidInput("the question is a number from 1 to 5");
    state.question = static_cast<int>(question);
  }
  if (const std::string p = request.Param("page"); !p.empty()) {
    if (!ReadNumber(p, 1, limits.max_page, state.page)) {
      return Status::InvalidInput("the page is a number from 1 to " + std::to_string(limits.max_page));
    }
  }
  return state;
}

SearchRequest ToSearchRequest(const SearchState& state, unsigned page_size) {
  SearchRequest r;
  r.query = state.query;
  r.themes = state.themes;
  r.district = state.district;
  r.collaborative = state.collaborative;
  r.round = state.round;
  r.question = state.question;
  for (const std::string& a : state.attributes) {
    if (Result<std::pair<std::string, std::string>> filter = ParseAttributeFilter(a); filter.ok()) {
      r.attributes.push_back(std::move(filter).value());  // (ReadSearchState refused any other)
    }
  }
  r.limit = page_size;
  r.offset = (state.page - 1) * page_size;
  return r;
}

std::vector<std::pair<std::string, std::string>> StateParams(const SearchState& state) {
  std::vector<std::pair<std::string, std::string>> out;
  out.emplace_back("q", state.query);
  for (const std::string& t : state.themes) out.emplace_back("theme", t);
  out.emplace_back("district", state.district);
  out.emplace_back("collaborative", state.collaborative);
  out.emplace_back("question", state.question ? std::to_string(state.question) : "");
  out.emplace_back("round", state.round);
  for (const std::string& a : state.attributes) out.emplace_back("attribute", a);
  out.emplace_back("page", state.page > 1 ? std::to_string(state.page) : "");
  return out;
}

std::string SearchUrl(const SearchState& state) { return Link("/", StateParams(state)); }

SearchState WithTheme(SearchState state, const std::string& theme) {
  if (std::find(state.themes.begin(), state.themes.end(), theme) == state.themes.end()) state.themes.push_back(theme);
  state.page = 1;
  return state;
}

SearchState WithoutTheme(SearchState state, const std::string& theme) {
  state.themes.erase(std::remove(state.themes.begin(), state.themes.end(), theme), state.themes.end());
  state.page = 1;
  return state;
}

SearchState WithoutAttribute(SearchState state, const std::string& attribute) {
  state.attributes.erase(std::remove(state.attributes.begin(), state.attributes.end(), attribute), state.attributes.end());
  state.page = 1;
  return state;
}

SearchState WithFilter(SearchState state, const std::string& name, const std::string& value) {
  if (name == "district") state.district = value;
  else if (name == "collaborative") state.collaborative = value;
  else if (name == "round") state.round = value;
  else if (name == "q") state.query = value;
  state.page = 1;
  return state;
}

SearchState WithQuestion(SearchState state, int question) {
  state.question = question;
  state.page = 1;
  return state;
}

bool Narrowed(const SearchState& s) {
  return !s.query.empty() || !s.themes.empty() || !s.district.empty() || !s.collaborative.empty() ||
         !s.round.empty() || s.question != 0 || !s.attributes.empty();
}

}  // namespace returns::serve
