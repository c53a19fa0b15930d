// Writing a zip archive in memory — the container of the Word documents
// (.docx) and REFI-QDA projects (.qdpx) we write. A thin adapter over libzip: parts added by name, deflated,
// every part dated 1980-01-01 so the same parts give the same bytes.
//
//   ZipWriter zip;
//   zip.Add("[Content_Types].xml", types);
//   zip.Add("word/document.xml", document);
//   Result<std::string> bytes = zip.Finish();
//
// Parts are kept in the order added. Not thread-safe; one writer per file.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "corpus/base/status.h"

namespace returns {

class ZipWriter {
 public:
  // Adds a part; an empty name, or a name added twice, is an error at Finish().
  void Add(std::string name, std::string bytes) { parts_.emplace_back(std::move(name), std::move(bytes)); }

  // The archive's bytes, or IOError when libzip fails.
  Result<std::string> Finish() const;

 private:
  std::vector<std::pair<std::string, std::string>> parts_;
};

}  // namespace returns
