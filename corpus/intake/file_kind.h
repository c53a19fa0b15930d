// What a file is when it is not text, from its bytes: a table of magic
// numbers (PDF, older Office files, images, archives, UTF-16 text), and for a
// zip the parts inside it (an Excel workbook, a Word document, a PowerPoint
// file, OpenDocument files, a plain zip of files). A file no reader takes is
// refused by name — "this is a Word document (.docx) …" — never as invalid
// UTF-8.
//
//   if (std::optional<FileKind> kind = IdentifyBinary(bytes, "")) …
//
// To make a kind readable, give its row a reader's InputFormat (file_kind.cpp).
// Pure functions over constant tables; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "corpus/intake/ingest.h"

namespace returns {

struct FileKind {
  std::string_view what;    // "a Word document (.docx)"
  InputFormat format;       // the reader that takes it; kAuto when none does
  std::string_view advice;  // what to do with it instead, or empty
};

// The kind of a file that is not text, or nullopt for text (of any
// encoding). `encoding`: the --encoding given, if any — UTF-16 text and NUL
// bytes are then the encoding's business, not a binary file's.
std::optional<FileKind> IdentifyBinary(std::string_view bytes, const std::string& encoding);

// "this is a RAR archive, which returns cannot read: <advice>. Supported
// formats: …" — the message for a file of `kind` that no reader takes.
std::string UnreadableMessage(const FileKind& kind);

// The formats returns reads, with their extensions, for messages.
std::string_view SupportedFormats();

}  // namespace returns
