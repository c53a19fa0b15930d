// The `returns` command line: one function per subcommand. Each parses its
// own options (Boost.Program_options — only this layer sees Boost's
// exceptions), builds the stages from the libraries and maps a Status to an
// exit status: 0 done, 2 input or options unusable.
#pragma once

#include <string>
#include <vector>

#include "corpus/register.h"
#include "corpus/status.h"

namespace returns::cli {

constexpr int kExitOk = 0;
constexpr int kExitUnusable = 2;

int Ingest(const std::vector<std::string>& args);
int Overview(const std::vector<std::string>& args);

// Prints "returns: <message>" on stderr and returns the exit status for it.
int Fail(const Status& status);

// The register at `path`, or the bundled one when `path` is empty.
Result<Register> LoadRegister(const std::string& path);

}  // namespace returns::cli
