#include "pipeline/writers/csv_field.h"

#include <csv.h>

namespace returns {

std::string CsvField(const std::string& text) {
  std::string buffer(text.size() * 2 + 2, '\0');
  buffer.resize(csv_write(buffer.data(), buffer.size(), text.data(), text.size()));
  return buffer;
}

}  // namespace returns
