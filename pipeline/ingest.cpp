#include "pipeline/ingest.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "corpus/appendix_reader.h"

namespace returns {
namespace {

Result<std::vector<std::string>> ExpandPaths(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (it->is_regular_file(ec) && it->path().extension() == ".txt") found.push_back(it->path().string());
      }
      if (ec) return Status::IOError(path + ": error: cannot list directory: " + ec.message());
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (!fs::exists(path, ec)) {
      return Status::NotFound(path + ": error: no such file");
    } else {
      files.push_back(path);
    }
  }
  return files;
}

}  // namespace

Result<Ingested> IngestFiles(const std::vector<std::string>& paths, const Register& reg,
                             const IngestOptions& /*options*/) {
  Result<std::vector<std::string>> files = ExpandPaths(paths);
  if (!files.ok()) return files.status();
  const AppendixReader reader(reg);
  Ingested out;
  std::map<std::string, int> seen_ids;
  for (const std::string& file : files.value()) {
    Result<AppendixRead> read = reader.ReadFile(file);
    if (!read.ok()) return read.status();
    ++out.files;
    out.warnings.insert(out.warnings.end(), read.value().warnings.begin(), read.value().warnings.end());
    for (Return& r : read.value().returns) {
      const int n = ++seen_ids[r.id];
      if (n > 1) {
        const std::string unique = r.id + "-" + std::to_string(n);
        out.warnings.push_back(r.source + ":" + std::to_string(r.line) + ": warning: a second return with id '" +
                               r.id + "'; this one is '" + unique + "'");
        r.id = unique;
      }
      out.returns.push_back(std::move(r));
    }
  }
  return out;
}

}  // namespace returns
