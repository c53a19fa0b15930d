#include "corpus/base/zip_writer.h"

#include <zip.h>

#include <ctime>
#include <set>

namespace returns {
namespace {

// 1980-01-01 00:00 local time: a zip entry's time is local DOS time, and
// libzip converts it with localtime, so this is the time that survives.
time_t FixedTime() {
  std::tm t{};
  t.tm_year = 80;
  t.tm_mon = 0;
  t.tm_mday = 1;
  t.tm_isdst = -1;
  return std::mktime(&t);
}

Status ZipError(const std::string& where, const std::string& what, zip_error_t* error) {
  return Status::IOError(where, what + " (" + zip_error_strerror(error) + ")");
}

}  // namespace

Result<std::string> WriteZip(const std::vector<ZipPart>& parts, const std::string& where) {
  std::set<std::string> names;
  for (const ZipPart& p : parts) {
    if (p.name.empty()) return Status::InvalidInput(where, "a zip part with no name");
    if (!names.insert(p.name).second) return Status::InvalidInput(where, "two zip parts named '" + p.name + "'");
  }
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr) {
    Status s = ZipError(where, "cannot make a zip in memory", &error);
    zip_error_fini(&error);
    return s;
  }
  zip_source_keep(buffer);  // the archive's bytes outlive the archive
  zip_t* zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (zip == nullptr) {
    Status s = ZipError(where, "cannot make a zip in memory", &error);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return s;
  }
  zip_error_fini(&error);
  const time_t when = FixedTime();
  auto failed = [&](const std::string& what) {
    Status s = Status::IOError(where, what + " (" + zip_strerror(zip) + ")");
    zip_discard(zip);
    zip_source_free(buffer);
    return s;
  };
  for (const ZipPart& p : parts) {
    zip_source_t* part = zip_source_buffer(zip, p.bytes.data(), p.bytes.size(), 0);  // `parts` outlives zip_close
    if (part == nullptr) return failed("cannot add " + p.name);
    const zip_int64_t index = zip_file_add(zip, p.name.c_str(), part, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(part);
      return failed("cannot add " + p.name);
    }
    const auto i = static_cast<zip_uint64_t>(index);
    if (zip_file_set_mtime(zip, i, when, 0) != 0 || zip_set_file_compression(zip, i, ZIP_CM_DEFLATE, 9) != 0) {
      return failed("cannot set up " + p.name);
    }
  }
  if (zip_close(zip) != 0) return failed("cannot write the zip");
  std::string bytes;
  if (zip_source_open(buffer) != 0) {
    zip_source_free(buffer);
    return Status::IOError(where, "cannot read back the zip made in memory");
  }
  zip_source_seek(buffer, 0, SEEK_END);
  const zip_int64_t size = zip_source_tell(buffer);
  zip_source_seek(buffer, 0, SEEK_SET);
  if (size > 0) {
    bytes.resize(static_cast<size_t>(size));
    if (zip_source_read(buffer, bytes.data(), bytes.size()) != size) bytes.clear();
  }
  zip_source_close(buffer);
  zip_source_free(buffer);
  if (bytes.empty()) return Status::IOError(where, "cannot read back the zip made in memory");
  return bytes;
}

}  // namespace returns
