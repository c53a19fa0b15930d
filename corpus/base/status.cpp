#include "corpus/base/status.h"

namespace returns {

std::string Status::ToString() const {
  if (ok()) return "OK";
  return "error: " + message_;
}

}  // namespace returns
