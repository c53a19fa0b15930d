#include "corpus/intake/file_kind.h"

#include <algorithm>
#include <vector>

#include "corpus/base/zip_archive.h"

namespace returns {
namespace {

constexpr std::string_view kSaveSheet = "save it as .xlsx or as CSV UTF-8";
constexpr std::string_view kSaveText = "save it as a Word document (.docx) or plain text (.txt)";

// Files known by their first bytes.
struct Magic {
  std::string_view start;
  FileKind kind;
  bool text = false;  // text in another encoding: --encoding reads it
};

const std::vector<Magic>& Magics() {
  using namespace std::string_view_literals;
  static const std::vector<Magic> kMagics = {
      {"%PDF-"sv, {"a PDF file (.pdf)", InputFormat::kPdf, ""}},
      {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv,
       {"an older Office file (.xls or .doc)", InputFormat::kAuto,
        "save a workbook as .xlsx or CSV UTF-8, a document as .docx"}},
      {"{\\rtf"sv, {"an RTF document (.rtf)", InputFormat::kAuto, kSaveText}},
      {"\x89PNG\r\n\x1A\n"sv, {"a PNG image", InputFormat::kAuto, ""}},
      {"\xFF\xD8\xFF"sv, {"a JPEG image", InputFormat::kAuto, ""}},
      {"GIF87a"sv, {"a GIF image", InputFormat::kAuto, ""}},
      {"GIF89a"sv, {"a GIF image", InputFormat::kAuto, ""}},
      {"\x1F\x8B"sv, {"a gzip file", InputFormat::kAuto, "unpack it and read the files inside"}},
      {"7z\xBC\xAF\x27\x1C"sv, {"a 7-Zip archive", InputFormat::kAuto, "unpack it and read the files inside"}},
      {"Rar!\x1A\x07"sv, {"a RAR archive", InputFormat::kAuto, "unpack it and read the files inside"}},
      {"\xFF\xFE"sv, {"UTF-16 text", InputFormat::kAuto, "read it with --encoding UTF-16, or save it as UTF-8"}, true},
      {"\xFE\xFF"sv, {"UTF-16 text", InputFormat::kAuto, "read it with --encoding UTF-16, or save it as UTF-8"}, true},
  };
  return kMagics;
}

// Zips known by their parts: the first row whose part (or folder, ending
// '/') is in the archive names it.
struct ZipKind {
  std::string_view part;
  FileKind kind;
};

const std::vector<ZipKind>& ZipKinds() {
  static const std::vector<ZipKind> kKinds = {
      {"xl/", {"an Excel workbook (.xlsx)", InputFormat::kXlsx, ""}},
      {"word/", {"a Word document (.docx)", InputFormat::kDocx, ""}},
      {"ppt/", {"a PowerPoint presentation (.pptx)", InputFormat::kAuto, ""}},
  };
  return kKinds;
}

// OpenDocument files, by the zip's "mimetype" part.
struct OpenDocumentKind {
  std::string_view mimetype;
  FileKind kind;
};

const std::vector<OpenDocumentKind>& OpenDocumentKinds() {
  static const std::vector<OpenDocumentKind> kKinds = {
      {"application/vnd.oasis.opendocument.spreadsheet", {"an OpenDocument spreadsheet (.ods)", InputFormat::kAuto, kSaveSheet}},
      {"application/vnd.oasis.opendocument.text", {"an OpenDocument text (.odt)", InputFormat::kAuto, kSaveText}},
  };
  return kKinds;
}

const FileKind kZip = {"a zip archive", InputFormat::kAuto, "unzip it and read the files inside"};
const FileKind kDamagedZip = {"a damaged or incomplete zip archive (an Office file cut short?)", InputFormat::kAuto,
                              "open it where it came from and save or download it again"};
const FileKind kBinary = {"a binary file of a kind returns does not know", InputFormat::kAuto, ""};
const FileKind kZipUnopened = {"a zip archive (a Word, Excel or OpenDocument file?) that this installation cannot "
                               "open: the program's zip module is missing or broken",
                               InputFormat::kAuto, "reinstall returns, or build it again"};

FileKind ZipKindOf(std::string_view bytes) {
  Result<ZipArchive> zip = ZipArchive::Open(bytes, "");
  if (!zip.ok()) return zip.status().code() == Status::Code::kInvalidInput ? kDamagedZip : kZipUnopened;
  if (zip.value().Has("mimetype")) {
    Result<std::string> mimetype = zip.value().Read("mimetype", 200);
    for (const OpenDocumentKind& k : OpenDocumentKinds()) {
      if (mimetype.ok() && mimetype.value() == k.mimetype) return k.kind;
    }
  }
  for (const ZipKind& k : ZipKinds()) {
    for (const std::string& name : zip.value().names()) {
      if (k.part.back() == '/' ? name.rfind(k.part, 0) == 0 : name == k.part) return k.kind;
    }
  }
  return kZip;
}

}  // namespace

std::optional<FileKind> IdentifyBinary(std::string_view bytes, const std::string& encoding) {
  if (LooksLikeZip(bytes)) return ZipKindOf(bytes);
  for (const Magic& m : Magics()) {
    if (bytes.substr(0, m.start.size()) == m.start && !(m.text && !encoding.empty())) return m.kind;
  }
  // Text has no NUL byte (in UTF-8 or any single-byte encoding).
  if (encoding.empty() && bytes.substr(0, 8192).find('\0') != std::string_view::npos) return kBinary;
  return std::nullopt;
}

std::string_view SupportedFormats() {
  return "compiled appendices and return documents (.txt, .md, .docx, .pdf), CSV and TSV (.csv, .tsv), "
         "Excel workbooks (.xlsx) and JSON Lines (.jsonl)";
}

std::string UnreadableMessage(const FileKind& kind) {
  std::string out = "this is " + std::string(kind.what) + ", which returns cannot read";
  if (!kind.advice.empty()) out += ": " + std::string(kind.advice);
  return out + ". Supported formats: " + std::string(SupportedFormats());
}

}  // namespace returns
