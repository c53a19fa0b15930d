#include "corpus/intake/ingest.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <optional>

#include "corpus/intake/file_kind.h"
#include "corpus/readers/appendix_reader.h"
#include "corpus/readers/csv_returns.h"
#include "corpus/readers/docx_return.h"
#include "corpus/readers/xlsx_returns.h"
#include "corpus/base/encoding.h"
#include "corpus/base/read_file.h"
#include "corpus/base/zip_archive.h"
#include "corpus/readers/return_document.h"
#include "corpus/base/utf8.h"
#include "corpus/text/words.h"
#include "corpus/readers/jsonl_returns.h"
#include "corpus/readers/pdf_returns.h"
#include "corpus/base/pdf_words.h"

namespace returns {
namespace {

namespace fs = std::filesystem;

const std::vector<std::pair<std::string, InputFormat>>& FormatNames() {
  static const std::vector<std::pair<std::string, InputFormat>> kNames = {
      {"auto", InputFormat::kAuto},         {"appendix", InputFormat::kAppendix}, {"csv", InputFormat::kCsv},
      {"tsv", InputFormat::kTsv},           {"document", InputFormat::kDocument}, {"jsonl", InputFormat::kJsonl},
      {"docx", InputFormat::kDocx},         {"xlsx", InputFormat::kXlsx},         {"pdf", InputFormat::kPdf}};
  return kNames;
}

std::string FormatName(InputFormat format) {
  for (const auto& [n, f] : FormatNames()) {
    if (f == format) return n;
  }
  return "auto";
}

// In a directory, files of returns; README files document the folder, and
// "~$…" files are the lock files Word and Excel leave beside a file they have open.
// What a file found in a folder is to the run.
enum class InFolder {
  kRead,     // a format returns reads
  kRefused,  // a document or workbook it cannot read: read, so that its reader refuses it by name
  kSkipped,  // anything else: left out, and said
  kIgnored,  // README files, Office lock files, the file system's own: left out silently
};

InFolder WhatInFolder(const fs::path& p) {
  const std::string name = p.filename().string();
  if (name.rfind("README", 0) == 0 || name.rfind("~$", 0) == 0 || name.rfind('.', 0) == 0 || name == "Thumbs.db" ||
      name == "desktop.ini") {
    return InFolder::kIgnored;
  }
  static const std::vector<std::string> kRead = {".txt", ".md",   ".markdown", ".csv",  ".tsv", ".tab",
                                                 ".jsonl", ".ndjson", ".json", ".docx", ".xlsx", ".pdf"};
  // Returns are written in these too; their reader says how to save them.
  static const std::vector<std::string> kRefused = {".odt", ".ods", ".doc", ".xls",  ".rtf",  ".pages", ".numbers",
                                                    ".docm", ".dotx", ".xlsm", ".xlsb", ".xltx", ".wpd",   ".wps"};
  const std::string ext = LowerExtension(p.string());
  if (std::find(kRead.begin(), kRead.end(), ext) != kRead.end()) return InFolder::kRead;
  if (std::find(kRefused.begin(), kRefused.end(), ext) != kRefused.end()) return InFolder::kRefused;
  return InFolder::kSkipped;
}

// A binary file read by its format's reader, or refused naming what it is;
// nullopt for text.
std::optional<Result<IntakeResult>> ReadBinaryFile(const std::string& path, const std::string& bytes,
                                                   const Register& reg, const IngestOptions& options) {
  const std::optional<FileKind> kind = IdentifyBinary(bytes, options.encoding);
  InputFormat format = options.format;
  const std::string ext = LowerExtension(path);
  if (format == InputFormat::kAuto) {
    // A file named .xlsx or .docx that is a zip (or not binary at all) is
    // its reader's, which says what is wrong with a damaged one.
    if (ext == ".xlsx" && (!kind || LooksLikeZip(bytes))) format = InputFormat::kXlsx;
    else if (ext == ".docx" && (!kind || LooksLikeZip(bytes))) format = InputFormat::kDocx;
    else if (ext == ".pdf") format = InputFormat::kPdf;  // its reader says when it is not one
    else if (kind) format = kind->format;
  } else if (format == InputFormat::kDocument && kind && kind->format == InputFormat::kDocx) {
    format = InputFormat::kDocx;  // a return document written in Word
  }
  switch (format) {
    case InputFormat::kXlsx: return ReadXlsxReturns(bytes, path, options.sheet, options.columns, reg);
    case InputFormat::kDocx: return ReadDocxReturn(bytes, path, reg);
    case InputFormat::kPdf: return ReadPdfReturns(bytes, path, reg);
    default: break;
  }
  if (!kind) return std::nullopt;
  if (kind->format == InputFormat::kAuto) return Status::InvalidInput(path, UnreadableMessage(*kind));
  return Status::InvalidInput(path, "this is " + std::string(kind->what) + ", not " + FormatName(options.format) +
                                        " (leave out --format)");
}

// A first line of three or more cells split by `delimiter`, one of them
// "District" or "Collaborative" (in any case, quoted or not): the header of
// a table export. An appendix's header is those words with spaces between.
bool DelimitedHeader(std::string_view line, char delimiter) {
  if (line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
  size_t cells = 0;
  bool named = false;
  for (size_t at = 0; at <= line.size();) {
    const size_t end = std::min(line.find(delimiter, at), line.size());
    std::string_view cell = Trim(line.substr(at, end - at));
    if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"') cell = Trim(cell.substr(1, cell.size() - 2));
    std::string lower(cell);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    named = named || lower == "district" || lower == "collaborative";
    ++cells;
    at = end + 1;
  }
  return cells >= 3 && named;
}

}  // namespace

std::string LowerExtension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

InputFormat DetectFormat(const std::string& path, std::string_view text) {
  const std::string ext = LowerExtension(path);
  if (ext == ".pdf") return InputFormat::kPdf;
  if (ext == ".xlsx") return InputFormat::kXlsx;
  if (ext == ".docx") return InputFormat::kDocx;
  if (const std::optional<FileKind> kind = IdentifyBinary(text, ""); kind && kind->format != InputFormat::kAuto) {
    return kind->format;
  }
  if (ext == ".csv") return InputFormat::kCsv;
  if (ext == ".tsv" || ext == ".tab") return InputFormat::kTsv;
  if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json") return InputFormat::kJsonl;
  const std::string_view start = Trim(text.substr(0, 4096));
  if (!start.empty() && start.front() == '{') return InputFormat::kJsonl;
  const std::string_view first_line = start.substr(0, start.find('\n'));
  // A table export under another name (.txt, or text named .xls).
  if (DelimitedHeader(first_line, '\t')) return InputFormat::kTsv;
  if (DelimitedHeader(first_line, ',')) return InputFormat::kCsv;
  if (first_line.find("District") != std::string_view::npos && first_line.find("Collaborative") != std::string_view::npos) {
    return InputFormat::kAppendix;
  }
  if (LooksLikeReturnDocument(text)) return InputFormat::kDocument;
  if (ext == ".md" || ext == ".markdown") return InputFormat::kDocument;
  if (first_line.find('\t') != std::string_view::npos) return InputFormat::kTsv;
  return InputFormat::kAppendix;
}

Result<IntakeResult> ReadReturnsFile(const std::string& path, const Register& reg, const IngestOptions& options) {
  Result<std::string> bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  if (std::optional<Result<IntakeResult>> binary = ReadBinaryFile(path, bytes.value(), reg, options)) {
    return std::move(*binary);
  }
  Result<std::string> text = ToUtf8(bytes.value(), options.encoding, path);
  if (!text.ok()) return text.status();
  const InputFormat format = options.format == InputFormat::kAuto ? DetectFormat(path, text.value()) : options.format;
  switch (format) {
    case InputFormat::kCsv:
    case InputFormat::kTsv:
      return ReadCsvReturns(text.value(), path, format == InputFormat::kTsv ? '\t' : ',', options.columns, reg);
    case InputFormat::kJsonl:
      return ReadJsonlReturns(text.value(), path, reg);
    case InputFormat::kDocx:  // read above
    case InputFormat::kDocument: {
      if (Status s = CheckUtf8(text.value(), path); !s.ok()) return s;
      return ReadReturnDocument(ToNfc(text.value()), path, reg);
    }
    case InputFormat::kPdf:   // binary: read above
    case InputFormat::kXlsx:  // binary: read above
    case InputFormat::kAppendix:
    case InputFormat::kAuto: {
      Result<AppendixRead> read = AppendixReader(reg).Read(text.value(), path);
      if (!read.ok()) return read.status();
      return IntakeOf(std::move(read).value());
    }
  }
  return Status::Internal(path, "unknown format");
}

bool ParseInputFormat(const std::string& name, InputFormat& format) {
  for (const auto& [n, f] : FormatNames()) {
    if (n == name) {
      format = f;
      return true;
    }
  }
  return false;
}

namespace {

// A file name that is not UTF-8 cannot be named in output (source fields,
// rejects, messages): it is refused, shown with its bad bytes as \xNN.
Status CheckFileName(const std::string& path) {
  if (CheckUtf8(path, path).ok()) return Status::OK();
  return Status::InvalidInput(ShowInvalidBytes(path), "the file name is not UTF-8; rename the file");
}

}  // namespace

Result<std::vector<std::string>> ExpandPaths(const std::vector<std::string>& paths, std::vector<std::string>* skipped) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    if (Status s = CheckFileName(path); !s.ok()) return s;
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        // A hidden folder (.git, .Trash) is not walked.
        if (it->is_directory(ec) && it->path().filename().string().rfind('.', 0) == 0) {
          it.disable_recursion_pending();
          continue;
        }
        if (!it->is_regular_file(ec)) continue;
        const InFolder what = WhatInFolder(it->path());
        if (what == InFolder::kIgnored) continue;
        if (what == InFolder::kSkipped) {  // named as it can be: a name that is not UTF-8 shown with \xNN
          if (skipped) skipped->push_back(ShowInvalidBytes(it->path().string()));
          continue;
        }
        if (Status s = CheckFileName(it->path().string()); !s.ok()) return s;
        found.push_back(it->path().string());
      }
      if (ec) return Status::InvalidInput(path, "cannot list directory: " + ec.message());
      std::sort(found.begin(), found.end());
      if (skipped) std::sort(skipped->begin(), skipped->end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (!fs::exists(path, ec)) {
      return Status::NotFound(path, "no such file");
    } else {
      files.push_back(path);
    }
  }
  return files;
}

std::string TotalsLine(const Ingested& ingested) {
  std::map<std::string, int> by_reason;
  for (const Reject& r : ingested.rejects) ++by_reason[r.reason];
  std::string line = "read " + std::to_string(ingested.records) + ", taken " + std::to_string(ingested.taken);
  if (ingested.no_answer > 0) line += ", no answer " + std::to_string(ingested.no_answer);
  if (!ingested.replaced.empty()) line += ", replaced " + std::to_string(ingested.replaced.size());
  line += ", rejected " + std::to_string(ingested.rejects.size());
  if (!by_reason.empty()) {
    line += " (";
    bool first = true;
    for (const auto& [reason, n] : by_reason) {
      line += (first ? "" : ", ") + reason + ": " + std::to_string(n);
      first = false;
    }
    line += ")";
  }
  return line;
}

}  // namespace returns
