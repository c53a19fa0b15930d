#include "pipeline/writers/output.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace returns {

Result<std::unique_ptr<Output>> Output::Open(const std::string& path, bool hold_stdout) {
  std::unique_ptr<Output> out(new Output());
  if (path.empty() || path == "-") {
    out->name_ = "<stdout>";
    out->held_ = hold_stdout;
    out->file_ = hold_stdout ? std::tmpfile() : stdout;
    if (!out->file_) return out->Failed("cannot make a temporary file");
    return out;
  }
  // A folder is no file to write (it was found only at the rename, after all the work).
  if (std::error_code ec; std::filesystem::is_directory(path, ec) || (!path.empty() && path.back() == '/')) {
    return Status::InvalidInput(path, "is a folder: name a file to write");
  }
  out->path_ = path;
  out->name_ = path;
  out->partial_ = path + ".partial";
  out->file_ = std::fopen(out->partial_.c_str(), "wb");
  // A path that cannot be written is an unusable option (exit 2), found before any work.
  if (!out->file_) return Status::InvalidInput(path, std::string("cannot write: ") + std::strerror(errno));
  return out;
}

Output::~Output() {
  if (committed_) return;
  if (file_ && file_ != stdout) std::fclose(file_);
  if (!partial_.empty()) {
    std::error_code ec;
    std::filesystem::remove(partial_, ec);
  }
}

Status Output::Failed(const char* what) const {
  return Status::IOError(name_, std::string(what) + (errno ? std::string(": ") + std::strerror(errno) : ""));
}

Status Output::Write(std::string_view bytes) {
  if (bytes.empty()) return Status::OK();
  errno = 0;
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) return Failed("write failed");
  return Status::OK();
}

Status Output::Commit() {
  errno = 0;
  if (held_) {  // the run is good: now it goes to stdout
    std::rewind(file_);
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, file_)) > 0) {
      if (std::fwrite(buf, 1, n, stdout) != n) return Failed("write failed");
    }
    std::fclose(file_);
    file_ = stdout;
  }
  if (std::fflush(file_) != 0 || std::ferror(file_)) return Failed("write failed");
  if (!partial_.empty()) {
    if (std::fclose(file_) != 0) {
      file_ = nullptr;
      return Failed("write failed");
    }
    file_ = nullptr;
    std::error_code ec;
    std::filesystem::rename(partial_, path_, ec);
    if (ec) return Status::IOError(path_, "cannot rename the finished file into place: " + ec.message());
  }
  committed_ = true;
  return Status::OK();
}

}  // namespace returns
