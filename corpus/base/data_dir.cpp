#include "corpus/base/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <vector>

namespace returns {
namespace fs = std::filesystem;
namespace {

// `path` is `root` or inside it, both made absolute and free of "." and "..".
bool Inside(const fs::path& path, const fs::path& root) {
  std::error_code path_error, root_error;
  const fs::path p = fs::weakly_canonical(path, path_error);
  const fs::path r = fs::weakly_canonical(root, root_error);
  if (path_error || root_error || r.empty()) return false;
  auto pi = p.begin();
  for (const fs::path& part : r) {
    if (part.empty()) continue;  // the trailing "" of a root written with a final '/'
    if (pi == p.end() || *pi != part) return false;
    ++pi;
  }
  return true;
}

}  // namespace

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

bool IsInstalledData(const std::string& path) {
  if (const char* env = std::getenv("RETURNS_DATA_DIR"); env != nullptr && *env != '\0' && Inside(path, env)) {
    return false;
  }
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec && Inside(path, exe.parent_path().parent_path() / "share" / "returns")) return true;
  return Inside(path, RETURNS_INSTALL_DATA_DIR);
}

}  // namespace returns
