// Packing numbers and strings into bytes and reading them back: varints
// (7 bits a byte, low first) and length-prefixed strings, as Xapian packs its
// own values. Used by the facet value (facet_value.h) and the packed tags
// after a document's record (document_codec.h). Any bytes may be packed.
// Plain functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace returns::packed {

inline void AppendVarint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out += static_cast<char>((v & 0x7f) | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
}

inline void AppendString(std::string& out, std::string_view s) {
  AppendVarint(out, s.size());
  out.append(s);
}

// Reads from the front of `in`, which it shortens. False (and `in` left
// anywhere) when the bytes end early or a varint overflows.
inline bool ReadVarint(std::string_view& in, uint64_t& v) {
  v = 0;
  for (unsigned shift = 0; shift < 64; shift += 7) {
    if (in.empty()) return false;
    const auto byte = static_cast<unsigned char>(in.front());
    in.remove_prefix(1);
    v |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if (!(byte & 0x80)) return true;
  }
  return false;
}

inline bool ReadString(std::string_view& in, std::string_view& s) {
  uint64_t n = 0;
  if (!ReadVarint(in, n) || n > in.size()) return false;
  s = in.substr(0, n);
  in.remove_prefix(n);
  return true;
}

}  // namespace returns::packed
