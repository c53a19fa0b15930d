#include "corpus/base/module.h"

#include <dlfcn.h>

#include <filesystem>
#include <map>
#include <mutex>
#include <vector>

namespace returns {
namespace fs = std::filesystem;
namespace {

std::vector<fs::path> ModuleDirs() {
  std::vector<fs::path> dirs;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) dirs.push_back(exe.parent_path().parent_path() / RETURNS_MODULE_SUBDIR);
  dirs.emplace_back(RETURNS_INSTALL_MODULE_DIR);
  return dirs;
}

// Opens libreturns_<name>.so from the first folder holding it.
Result<void*> Open(const std::string& name) {
  const std::string file = "libreturns_" + name + ".so";
  std::string looked;
  for (const fs::path& dir : ModuleDirs()) {
    const fs::path path = dir / file;
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      looked += (looked.empty() ? "" : ", ") + dir.string();
      continue;
    }
    if (void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL)) return handle;
    const char* why = dlerror();
    return Status::IOError(path.string(), std::string("cannot load the program's module: ") +
                                              (why != nullptr ? why : "unknown reason"));
  }
  return Status::IOError(file, "the program's " + name + " module is missing (looked in " + looked +
                                   "); reinstall returns, or build it again");
}

}  // namespace

Result<void*> ModuleEntry(const std::string& name, const char* symbol) {
  static std::mutex mutex;
  static std::map<std::string, void*> opened;  // never closed: code from it may run until exit
  std::lock_guard<std::mutex> lock(mutex);
  auto it = opened.find(name);
  if (it == opened.end()) {
    Result<void*> handle = Open(name);
    if (!handle.ok()) return handle.status();
    it = opened.emplace(name, handle.value()).first;
  }
  dlerror();
  void* entry = dlsym(it->second, symbol);
  if (entry == nullptr) {
    return Status::IOError("libreturns_" + name + ".so",
                           std::string("the module has no entry point ") + symbol + " (from another build?)");
  }
  return entry;
}

}  // namespace returns
