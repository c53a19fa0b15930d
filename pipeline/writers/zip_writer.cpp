#include "pipeline/writers/zip_writer.h"

#include <ctime>

#include "corpus/base/zip_calls.h"

namespace returns {
namespace {

Status ZipError(const ZipCalls& z, const std::string& what, zip_error_t* error) {
  Status s = Status::IOError("zip", what + ": " + z.zip_error_strerror(error));
  z.zip_error_fini(error);
  return s;
}

// 1980-01-01 00:00, the zip format's first date, in local time as libzip reads it.
time_t FixedTime() {
  std::tm t{};
  t.tm_year = 80;
  t.tm_mon = 0;
  t.tm_mday = 1;
  t.tm_hour = 12;  // midday: no time zone moves it to another day
  t.tm_isdst = -1;
  return std::mktime(&t);
}

}  // namespace

Result<std::string> ZipWriter::Finish() const {
  Result<const ZipCalls*> calls = Libzip();
  if (!calls.ok()) return calls.status();
  const ZipCalls& z = *calls.value();
  zip_error_t error;
  z.zip_error_init(&error);
  zip_source_t* buffer = z.zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr) return ZipError(z, "cannot make a buffer", &error);
  zip_t* zip = z.zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (zip == nullptr) {
    z.zip_source_free(buffer);
    return ZipError(z, "cannot open an archive", &error);
  }
  z.zip_source_keep(buffer);  // the bytes outlive the archive
  const time_t when = FixedTime();
  for (const auto& [name, bytes] : parts_) {
    if (name.empty()) {
      z.zip_discard(zip);
      z.zip_source_free(buffer);
      return Status::InvalidInput("zip", "a part with no name");
    }
    zip_source_t* part = z.zip_source_buffer(zip, bytes.data(), bytes.size(), 0);
    const zip_int64_t index = part == nullptr ? -1 : z.zip_file_add(zip, name.c_str(), part, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      if (part != nullptr) z.zip_source_free(part);
      Status s = Status::IOError("zip", "cannot add " + name + ": " + z.zip_strerror(zip));
      z.zip_discard(zip);
      z.zip_source_free(buffer);
      return s;
    }
    z.zip_set_file_compression(zip, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 6);
    z.zip_file_set_mtime(zip, static_cast<zip_uint64_t>(index), when, 0);
  }
  if (z.zip_close(zip) != 0) {
    Status s = Status::IOError("zip", std::string("cannot write the archive: ") + z.zip_strerror(zip));
    z.zip_discard(zip);
    z.zip_source_free(buffer);
    return s;
  }
  std::string out;
  zip_stat_t stat;
  if (z.zip_source_stat(buffer, &stat) != 0 || z.zip_source_open(buffer) != 0) {
    z.zip_source_free(buffer);
    return Status::IOError("zip", "cannot read the written archive");
  }
  out.resize(static_cast<size_t>(stat.size));
  const zip_int64_t got = z.zip_source_read(buffer, out.data(), out.size());
  z.zip_source_close(buffer);
  z.zip_source_free(buffer);
  if (got < 0 || static_cast<size_t>(got) != out.size()) return Status::IOError("zip", "cannot read the written archive");
  return out;
}

}  // namespace returns
