#include "corpus/base/zip_archive.h"

#include <utility>

#include "corpus/base/zip_calls.h"

namespace returns {

bool LooksLikeZip(std::string_view bytes) {
  return bytes.size() >= 4 && bytes[0] == 'P' && bytes[1] == 'K' &&
         ((bytes[2] == '\3' && bytes[3] == '\4') || (bytes[2] == '\5' && bytes[3] == '\6'));
}

struct ZipArchive::Handle {
  explicit Handle(const ZipCalls& calls) : z(calls) {}
  const ZipCalls& z;
  zip_t* zip = nullptr;
  ~Handle() {
    if (zip != nullptr) z.zip_discard(zip);
  }
};

ZipArchive::ZipArchive(std::unique_ptr<Handle> handle, std::string where, std::vector<std::string> names)
    : handle_(std::move(handle)), where_(std::move(where)), names_(std::move(names)) {}
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

Result<ZipArchive> ZipArchive::Open(std::string_view bytes, std::string where) {
  Result<const ZipCalls*> calls = Libzip();
  if (!calls.ok()) return calls.status();
  const ZipCalls& z = *calls.value();
  zip_error_t error;
  z.zip_error_init(&error);
  zip_source_t* source = z.zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    std::string message = z.zip_error_strerror(&error);
    z.zip_error_fini(&error);
    return Status::InvalidInput(where, "not a readable zip archive (" + message + ")");
  }
  auto handle = std::make_unique<Handle>(z);
  handle->zip = z.zip_open_from_source(source, ZIP_RDONLY, &error);
  if (handle->zip == nullptr) {
    std::string message = z.zip_error_strerror(&error);
    z.zip_source_free(source);
    z.zip_error_fini(&error);
    return Status::InvalidInput(where, "not a readable zip archive (" + message + ")");
  }
  z.zip_error_fini(&error);
  std::vector<std::string> names;
  zip_int64_t count = z.zip_get_num_entries(handle->zip, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* name = z.zip_get_name(handle->zip, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
    names.emplace_back(name == nullptr ? "" : name);
  }
  return ZipArchive(std::move(handle), std::move(where), std::move(names));
}

bool ZipArchive::Has(std::string_view name) const {
  for (const std::string& n : names_)
    if (n == name) return true;
  return false;
}

Result<std::string> ZipArchive::Read(std::string_view name, size_t limit) const {
  std::string part(name);
  const ZipCalls& z = handle_->z;
  zip_stat_t stat;
  z.zip_stat_init(&stat);
  if (z.zip_stat(handle_->zip, part.c_str(), 0, &stat) != 0)
    return Status::NotFound(where_, "the archive has no part '" + part + "'");
  if ((stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > limit)
    return Status::InvalidInput(where_, "part '" + part + "' is " + std::to_string(stat.size) +
                                            " bytes inflated, more than the limit of " + std::to_string(limit));
  zip_file_t* file = z.zip_fopen(handle_->zip, part.c_str(), 0);
  if (file == nullptr)
    return Status::InvalidInput(where_, "cannot open part '" + part + "' (" + z.zip_strerror(handle_->zip) + ")");
  std::string out;
  char buffer[1 << 16];
  for (;;) {
    zip_int64_t n = z.zip_fread(file, buffer, sizeof buffer);
    if (n < 0) {
      std::string message = z.zip_file_strerror(file);
      z.zip_fclose(file);
      return Status::InvalidInput(where_, "cannot inflate part '" + part + "' (" + message + ")");
    }
    if (n == 0) break;
    // The stored size can lie; the limit holds on what is actually inflated.
    if (out.size() + static_cast<size_t>(n) > limit) {
      z.zip_fclose(file);
      return Status::InvalidInput(where_, "part '" + part + "' inflates to more than the limit of " +
                                              std::to_string(limit) + " bytes");
    }
    out.append(buffer, static_cast<size_t>(n));
  }
  z.zip_fclose(file);
  return out;
}

}  // namespace returns
