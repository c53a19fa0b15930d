// One CSV field, quoted by libcsv (RFC 4180: always quoted, quotes doubled).
#pragma once

#include <string>

namespace returns {

std::string CsvField(const std::string& text);

}  // namespace returns
