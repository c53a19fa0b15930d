// Writing a zip archive in memory — the container of a REFI-QDA project
// (.qdpx). A thin adapter over libzip, the writing half of zip_archive.h:
// parts in the order given, deflated, each with the same fixed time stamp
// (1980-01-01, the zip format's first day), so the same parts always make
// the same bytes.
//
//   Result<std::string> bytes = WriteZip({{"project.qde", xml}, {"sources/a.txt", text}}, "out.qdpx");
//
// `where` names the archive in errors. Pure; thread-safe (libzip keeps no
// shared state).
#pragma once

#include <string>
#include <vector>

#include "corpus/base/status.h"

namespace returns {

struct ZipPart {
  std::string name;   // the path inside the archive, '/'-separated
  std::string bytes;
};

// The archive's bytes; IOError when libzip fails, InvalidInput on an empty or
// repeated part name.
Result<std::string> WriteZip(const std::vector<ZipPart>& parts, const std::string& where);

}  // namespace returns
