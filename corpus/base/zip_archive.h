// Reading the parts of a zip archive held in memory — the container of Office
// Open XML files (.xlsx, .docx). A thin adapter over libzip: names, and one
// part's bytes with a size limit (a zip bomb is refused, not inflated).
//
//   auto zip = ZipArchive::Open(bytes, "returns.xlsx");
//   if (!zip.ok()) return zip.status();
//   auto sheet = zip->Read("xl/worksheets/sheet1.xml");   // Result<std::string>
//
// Errors name the file (`where`) and the part. Not thread-safe; one archive
// per reader.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/base/status.h"

namespace returns {

// True when `bytes` starts with a zip local-file header ("PK\3\4") — also an
// empty zip's end record ("PK\5\6").
bool LooksLikeZip(std::string_view bytes);

class ZipArchive {
 public:
  // The largest part Read inflates, by default.
  static constexpr size_t kMaxPartBytes = size_t{256} << 20;

  // Opens `bytes` (kept alive by the caller for the archive's life); `where`
  // names the file in errors. InvalidInput when it is not a readable zip;
  // IOError when the zip module cannot be loaded (zip_calls.h, module.h).
  static Result<ZipArchive> Open(std::string_view bytes, std::string where);

  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ~ZipArchive();

  // Every part's name, in the archive's order.
  const std::vector<std::string>& names() const { return names_; }
  bool Has(std::string_view name) const;

  // The part's bytes. NotFound when there is no such part; InvalidInput when
  // it cannot be inflated or is larger than `limit`.
  Result<std::string> Read(std::string_view name, size_t limit = kMaxPartBytes) const;

 private:
  struct Handle;
  ZipArchive(std::unique_ptr<Handle> handle, std::string where, std::vector<std::string> names);
  std::unique_ptr<Handle> handle_;
  std::string where_;
  std::vector<std::string> names_;
};

}  // namespace returns
