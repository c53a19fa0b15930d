#include "corpus/base/module.h"

#include <dlfcn.h>

#include <filesystem>
#include <map>
#include <mutex>

namespace returns {
namespace fs = std::filesystem;
namespace {

struct Opened {
  Result<void*> handle = Status::OK();  // dlopen's handle, or why there is none
  std::string path;                     // the file opened, or the one looked for
};

// Opens libreturns_<name>.so beside the program (module.h).
Opened Open(const std::string& name) {
  const std::string file = "libreturns_" + name + ".so";
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {Status::IOError(file, "cannot find the program's own folder (" + ec.message() + ")"), file};
  const fs::path path = (exe.parent_path() / RETURNS_MODULE_RELDIR / file).lexically_normal();
  if (!fs::exists(path, ec)) {
    const std::string why = ec ? ec.message() : "no such file";
    return {Status::IOError(path.string(), "the program's " + name + " module cannot be found (" + why +
                                               "); reinstall returns, or build it again"),
            path.string()};
  }
  if (void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL)) return {handle, path.string()};
  const char* why = dlerror();
  return {Status::IOError(path.string(), std::string("cannot load the program's module: ") +
                                             (why != nullptr ? why : "unknown reason")),
          path.string()};
}

}  // namespace

Result<void*> ModuleEntry(const std::string& name, const char* symbol) {
  // Never destroyed: code of a module may still run while the program exits.
  static auto* mutex = new std::mutex;
  static auto* opened = new std::map<std::string, Opened>;  // by name, failures too: tried once
  std::lock_guard<std::mutex> lock(*mutex);
  auto it = opened->find(name);
  if (it == opened->end()) it = opened->emplace(name, Open(name)).first;
  const Opened& module = it->second;
  if (!module.handle.ok()) return module.handle.status();
  dlerror();
  void* entry = dlsym(module.handle.value(), symbol);
  if (entry == nullptr) {
    return Status::IOError(module.path, std::string("the module has no entry point ") + symbol + " (from another build?)");
  }
  return entry;
}

std::string ModulePath(const std::string& name) {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return (exe.parent_path() / RETURNS_MODULE_RELDIR / ("libreturns_" + name + ".so")).lexically_normal().string();
}

}  // namespace returns
