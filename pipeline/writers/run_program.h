// Running another program with no shell between: argv goes to the program
// as it is, so no file name can become a command ('St John's.docx' stays a
// file name). The program inherits stderr; its stdout is discarded.
#pragma once

#include <string>
#include <vector>

#include "corpus/base/status.h"

namespace returns {

// Runs argv[0] (looked up on PATH) and waits for it; InvalidInput when argv is empty. NotFound when there is
// no such program; IOError when it fails (its exit status in the message).
Status RunProgram(const std::vector<std::string>& argv);

}  // namespace returns
