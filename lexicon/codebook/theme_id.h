// A theme id from a category name: lower case, runs of other characters as '_'.
// "Learning Walks" → "learning_walks". Pure.
#pragma once

#include <string>
#include <string_view>

namespace returns {

std::string ThemeId(std::string_view name);

}  // namespace returns
