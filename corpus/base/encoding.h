// Converting input bytes to UTF-8 with ICU's converters (Windows-1252,
// Latin-1, …): a whole text (pure; thread-safe), or a stream a chunk at a
// time (Utf8StreamBuf; one thread) — ICU's converter keeps a character split
// between chunks, so the text is the same either way.
#pragma once

#include <istream>
#include <memory>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/base/status.h"

namespace returns {

// `encoding` as ICU names it ("windows-1252", "latin1", "utf-8"); UTF-8 input
// is returned unchanged. Fails on an unknown encoding name.
Result<std::string> ToUtf8(std::string_view bytes, const std::string& encoding, const std::string& source);

// The bytes of `in`, in `encoding`, read as UTF-8. Does not own `in`.
//
//   Result<std::unique_ptr<Utf8StreamBuf>> buf = Utf8StreamBuf::Open(file, "windows-1252", path);
//   std::istream text(buf.value().get());
class Utf8StreamBuf : public std::streambuf {
 public:
  // Fails on an unknown encoding name; nullptr for UTF-8 (read `in` itself).
  static Result<std::unique_ptr<Utf8StreamBuf>> Open(std::istream& in, const std::string& encoding,
                                                     const std::string& source);
  ~Utf8StreamBuf() override;

  // A conversion failure ends the stream (badbit) and is said here.
  const Status& status() const { return status_; }

 protected:
  int_type underflow() override;

 private:
  Utf8StreamBuf(std::istream& in, void* converter, std::string encoding, std::string source);

  std::istream& in_;
  void* converter_;  // UConverter*
  std::string encoding_, source_;
  std::vector<char> bytes_;
  std::vector<char16_t> utf16_;
  std::string utf8_;
  bool flushed_ = false;
  Status status_;
};

}  // namespace returns
