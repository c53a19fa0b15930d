#include "corpus/base/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <vector>

namespace returns {
namespace fs = std::filesystem;

std::string DataPath(std::string_view relative) {
  std::vector<fs::path> roots;
  if (const char* env = std::getenv("RETURNS_DATA_DIR"); env != nullptr && *env != '\0') roots.emplace_back(env);
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) roots.push_back(exe.parent_path().parent_path() / "share" / "returns");
  roots.emplace_back(RETURNS_SOURCE_DATA_DIR);
  roots.emplace_back(RETURNS_INSTALL_DATA_DIR);
  for (const fs::path& root : roots) {
    const fs::path candidate = root / fs::path(relative);
    if (fs::exists(candidate, ec)) return candidate.string();
  }
  return (roots.back() / fs::path(relative)).string();
}

}  // namespace returns
