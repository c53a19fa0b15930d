#include "corpus/base/status.h"

namespace returns {

std::string Status::ToString() const {
  if (ok()) return "OK";
  return (location_.empty() ? std::string() : location_ + ": ") + "error: " + message_;
}

}  // namespace returns
