#include "corpus/base/read_file.h"

#include <fstream>
#include <sstream>

namespace returns {

Result<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::InvalidInput(path, "cannot open file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::InvalidInput(path, "cannot read file");
  return buffer.str();
}

}  // namespace returns
