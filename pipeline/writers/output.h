// An output file or stdout, written all or nothing and checked.
//
// A file is written as PATH.partial and renamed into place by Commit(); an
// Output dropped without Commit() removes the partial file, so a failed run
// never leaves half a file, nor truncates the one that was there. Stdout is
// written as it goes, or, with `hold_stdout`, kept in a temporary file until
// Commit() (what --strict needs: nothing written when a record is rejected).
// Every write is checked: a full disk or a closed pipe is an error naming the
// output, not a silent truncation. Not thread-safe.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "corpus/base/status.h"

namespace returns {

class Output {
 public:
  // `path` empty or "-": stdout.
  static Result<std::unique_ptr<Output>> Open(const std::string& path, bool hold_stdout = false);
  ~Output();

  Status Write(std::string_view bytes);
  Status Commit();
  const std::string& name() const { return name_; }

 private:
  Output() = default;
  Status Failed(const char* what) const;

  std::string path_, partial_, name_;
  std::FILE* file_ = nullptr;  // the partial file, the held temporary file, or stdout
  bool held_ = false;
  bool committed_ = false;
};

}  // namespace returns
