// Reading returns files: one file in, returns out, every record either taken
// or rejected with its reason. Formats: compiled appendices (the seed layout;
// as PDF read by position, see corpus/readers/pdf_returns.h), CSV/TSV exports
// (long or wide), Excel workbooks, single return documents (text/Markdown, or
// Word .docx) and JSON Lines; detected from extension and content unless
// given. A binary file no reader takes is refused naming what it is
// (file_kind.h). The record
// source (record_source.h) runs these over every input. Stateless; thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "corpus/readers/columns.h"
#include "corpus/model/intake.h"
#include "corpus/model/model.h"
#include "corpus/register/name_check.h"
#include "corpus/register/register.h"
#include "corpus/base/status.h"

namespace returns {

enum class InputFormat { kAuto, kAppendix, kCsv, kTsv, kDocument, kJsonl, kDocx, kXlsx, kPdf };

// "auto", "appendix", "csv", "tsv", "document", "jsonl", "docx", "xlsx", "pdf"; false when unknown.
bool ParseInputFormat(const std::string& name, InputFormat& format);

struct IngestOptions {
  InputFormat format = InputFormat::kAuto;
  std::string encoding;  // of CSV/TSV/text input; default UTF-8
  ColumnMap columns;     // header mapping of CSV, TSV and workbooks
  std::string sheet;     // the workbook sheet to read; default: the first that holds returns
  std::string round;     // round label given to every return without one
  bool strict = false;   // stop at the first rejected record
  // Called after each file with the bytes read so far and in all; may be empty.
  std::function<void(uintmax_t done, uintmax_t total)> progress;
};

// What a run read, each figure counted where it happens (never derived from
// the others): input records read — a JSON line, or one answer (a return)
// of any other format: an appendix row, a CSV row's answer, a document's
// answer — those taken into the output, answers that say nothing ("N/A",
// "None at this time.", "-": no_answer.h; counted, neither taken nor
// rejected), answers a later submission of the same form replaced
// (resubmissions.h; neither taken nor rejected), and those rejected with
// their reason. Every record read is one of the four:
// read == taken + no_answer + replaced.size() + rejects.size().
struct Ingested {
  std::vector<Reject> rejects;
  std::vector<Reject> replaced;  // reason reject::kReplaced; written with the rejects, not errors
  std::vector<std::string> warnings;  // "file:line: warning: …", counted as warnings
  std::vector<std::string> notes;     // "file:line: note: …": names read by their normal form
  std::vector<NameFinding> names;     // every name the register did not know exactly (name_check.h)
  int files = 0;
  int records = 0;  // read
  int taken = 0;
  int no_answer = 0;
};

// The format of a file from its extension, else from its first bytes (a
// zip that is an Excel workbook or a Word document is one whatever its name).
InputFormat DetectFormat(const std::string& path, std::string_view text);

// The returns of one file in the format `options` gives (or detected), and
// the records it could not take. Fails (input unusable) when the file cannot
// be read at all, naming it and the problem. Duplicates and the size limit
// are the record source's to check (they span files).
Result<IntakeResult> ReadReturnsFile(const std::string& path, const Register& reg, const IngestOptions& options);

// "read 12, taken 10, rejected 2 (empty answer: 1, duplicate within the batch: 1)",
// each figure as counted; "no answer N" and "replaced N" after "taken" when
// there were some.
std::string TotalsLine(const Ingested& ingested);

// A path's extension in lower case, with its dot ("Return.DOCX" → ".docx"):
// a file's kind by name is told in any case.
std::string LowerExtension(const std::string& path);

// The paths a list of files and directories stands for. A file named is
// itself; a directory stands for its files, recursively and sorted: those
// of a format returns reads (by extension, in any case: .csv, .tsv, .tab,
// .txt, .md, .jsonl, .ndjson, .json, .docx, .xlsx, .pdf) and those of a document or
// workbook format it cannot read (.odt, .ods, .doc, .xls, .rtf, .pages,
// .numbers, .docm, .xlsm, .xlsb, …: read so that the run refuses them by
// name, as when they are named, rather than losing a return unsaid). Other
// files (images, archives, mail…) are left out and, with `skipped`, listed
// there (sorted); README files, Office lock files (~$…), hidden files,
// Thumbs.db and desktop.ini are left out silently.
Result<std::vector<std::string>> ExpandPaths(const std::vector<std::string>& paths,
                                             std::vector<std::string>* skipped = nullptr);

}  // namespace returns
