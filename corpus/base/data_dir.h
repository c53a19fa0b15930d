// Where the program's bundled data lives — the default lexicon, the register
// of collaboratives, the bundled corpus — wherever the program runs from.
//
//   DataPath("lexicon/themes.yaml")
//
// looks, in order, in:
//   1. $RETURNS_DATA_DIR, when set (a packager's or a test's override);
//   2. <the executable's folder>/../share/returns — an installed program
//      (`cmake --install`, the .deb) finds its own data, whatever the
//      install prefix and the working directory;
//   3. the source tree the program was built from (running from a build);
//   4. the data folder of the configured install prefix.
// The first folder holding the file wins; when none does, the path in the
// last is returned (its error then names where the file was expected).
// Thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace returns {

std::string DataPath(std::string_view relative);

// True when `path` lies in an installed program's data folder (2. or 4.
// above): data the program reads, not a file to edit — unless
// $RETURNS_DATA_DIR names the folder it is in.
bool IsInstalledData(const std::string& path);

}  // namespace returns
