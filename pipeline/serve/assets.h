// The web page's own files — its style sheet, its little JavaScript, its icon —
// built into the program, so `returns serve` needs nothing installed beside
// it and nothing from the internet. The files are pipeline/serve/assets/*
// (.css, .js, .svg);
// CMake turns them into a table (embed_assets.cmake) when they change.
// Constant data; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace returns::serve {

struct Asset {
  std::string_view name;          // "style.css", served at /assets/style.css
  std::string_view content_type;  // "text/css; charset=utf-8"
  std::string_view bytes;
};

// The asset of that name, or null.
const Asset* FindAsset(std::string_view name);

}  // namespace returns::serve
