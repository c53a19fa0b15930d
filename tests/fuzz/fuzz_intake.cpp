// Fuzz target: every intake reader on arbitrary bytes. The first byte picks
// the reader (appendix, CSV, TSV, return document, JSON Lines returns, Word
// return, Excel workbook, a cell's number format, PDF; '0'…'8' in the seeds);
// the rest is the file. A reader may refuse the input — with a
// Status, never a crash, a hang or a read out of bounds — and what it takes
// must hold together: every record read is a return or a reject.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "corpus/base/pdf_words.h"
#include "corpus/base/utf8.h"
#include "corpus/base/zip_calls.h"
#include "corpus/readers/appendix_reader.h"
#include "corpus/readers/csv_returns.h"
#include "corpus/readers/docx_return.h"
#include "corpus/readers/number_format.h"
#include "corpus/readers/pdf_returns.h"
#include "corpus/readers/xlsx_returns.h"
#include "corpus/readers/jsonl_returns.h"
#include "corpus/readers/return_document.h"
#include "corpus/register/register.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();  // the fuzzer reports it as a crash, with the input
}

const returns::Register& TheRegister() {
  static const returns::Register reg = returns::Register::Load(returns::Register::DefaultPath()).value();
  // The modules the readers call must load here, or every PDF, Word and
  // Excel input would be refused quietly and never fuzzed (module.h).
  static const bool modules = returns::Libzip().ok() && returns::PopplerVersion().ok();
  Check(modules);
  return reg;
}

bool Utf8(std::string_view s) { return returns::CheckUtf8(s, "").ok(); }

// What a reader took holds together: text is valid UTF-8, and records were
// read if anything was taken or rejected.
void CheckTaken(const returns::IntakeResult& r) {
  Check(r.records >= 0);
  Check(r.returns.empty() && r.rejects.empty() ? true : r.records > 0);
  for (const auto& ret : r.returns) Check(Utf8(ret.text));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::string source = "fuzz-input";
  const returns::Register& reg = TheRegister();
  switch (data[0] % 9) {
    case 0: {
      returns::AppendixReader reader(reg);
      const auto read = reader.Read(bytes, source);
      if (read.ok()) {
        for (const auto& ret : read.value().returns) Check(Utf8(ret.text));
      }
      break;
    }
    case 1:
    case 2: {
      if (!Utf8(bytes)) return 0;  // the intake checks UTF-8 before this reader
      const auto read = returns::ReadCsvReturns(bytes, source, data[0] % 9 == 1 ? ',' : '\t', {}, reg);
      if (read.ok()) CheckTaken(read.value());
      break;
    }
    case 3: {
      if (!Utf8(bytes)) return 0;
      const auto read = returns::ReadReturnDocument(bytes, source, reg);
      if (read.ok()) CheckTaken(read.value());
      break;
    }
    case 4: {
      CheckTaken(returns::ReadJsonlReturns(bytes, source, reg));
      break;
    }
    case 5: {
      const auto read = returns::ReadDocxReturn(bytes, source, reg);
      if (read.ok()) CheckTaken(read.value());
      break;
    }
    case 6: {
      const auto read = returns::ReadXlsxReturns(bytes, source, "", {}, reg);
      if (read.ok()) CheckTaken(read.value());  // a cell with bytes that are not UTF-8 is a rejected row
      break;
    }
    case 8: {
      const auto read = returns::ReadPdfReturns(bytes, source, reg);
      if (read.ok()) CheckTaken(read.value());
      break;
    }
    default: {  // a number (8 bytes) shown by a format code (the rest)
      if (bytes.size() < sizeof(double)) return 0;
      double value = 0;
      std::memcpy(&value, bytes.data(), sizeof value);
      const std::string_view code = bytes.substr(sizeof value);
      const std::string shown = returns::FormatCellNumber(value, code);
      Check(shown.size() <= 64 * (code.size() + 1) + 400);  // no runaway output
      if (Utf8(code)) Check(Utf8(shown));
    }
  }
  return 0;
}
