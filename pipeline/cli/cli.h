// The `returns` command line: one function per subcommand (the command table
// is in main.cpp). Each parses its own options (Boost.Program_options — only
// this layer sees Boost's exceptions), builds the stages from the libraries
// and maps a Status to an exit status:
//   0 done; 1 some records rejected (the rest done); 2 an input or option
//   unusable (missing or malformed file, bad option, corrupt database);
//   3 an internal or I/O failure (a write that failed, a full disk, a closed
//   pipe, the database engine failing).
#pragma once

#include <boost/program_options/options_description.hpp>
#include <boost/program_options/positional_options.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "corpus/base/status.h"
#include "lexicon/matcher/matcher.h"
#include "corpus/intake/ingest.h"
#include "corpus/intake/record_source.h"
#include "corpus/model/record_sink.h"
#include "pipeline/writers/output.h"

namespace returns::cli {

constexpr int kExitOk = 0;
constexpr int kExitRejected = 1;
constexpr int kExitUnusable = 2;
constexpr int kExitFailure = 3;

int Ingest(const std::vector<std::string>& args);
int Overview(const std::vector<std::string>& args);
int Tag(const std::vector<std::string>& args);
int Evaluate(const std::vector<std::string>& args);
int AgreementCommand(const std::vector<std::string>& args);
int LexiconCommand(const std::vector<std::string>& args);
int Index(const std::vector<std::string>& args);
int Reindex(const std::vector<std::string>& args);
int Remove(const std::vector<std::string>& args);
int SearchCommand(const std::vector<std::string>& args);
int Info(const std::vector<std::string>& args);
int Themes(const std::vector<std::string>& args);
// returns --version: the program, the default lexicon, the libraries (version.cpp).
std::string VersionText();
int SummaryCommand(const std::vector<std::string>& args);
int AppendixCommand(const std::vector<std::string>& args);
int QuotesCommand(const std::vector<std::string>& args);
int CompareCommand(const std::vector<std::string>& args);
int ReportCommand(const std::vector<std::string>& args);
int RegisterCommand(const std::vector<std::string>& args);
int RegisterList(const std::vector<std::string>& args);  // register list (register_list.cpp)
int Serve(const std::vector<std::string>& args);
int UntaggedCommand(const std::vector<std::string>& args);
int RedactionsCommand(const std::vector<std::string>& args);
int ExportCommand(const std::vector<std::string>& args);
int ImportCodingCommand(const std::vector<std::string>& args);

// The exit status for a failure of this kind.
int ExitStatus(const Status& status);

// Prints "returns: <where>: error: <problem>" on stderr; returns ExitStatus().
int Fail(const Status& status);

// Adds --help to `options` and parses `args` (with `positional`, if any).
// Returns false when --help was asked for (the help is printed).
bool ParseOptions(const std::vector<std::string>& args, boost::program_options::options_description& options,
                  const boost::program_options::positional_options_description* positional = nullptr);


// What every command that reads returns is given.
struct InputArgs {
  std::vector<std::string> files;
  std::string register_path;  // empty: the bundled register
  std::string format = "auto", encoding, columns, columns_file, sheet, round, rejects_path;
  std::shared_ptr<Output> rejects_out;  // opened by OpenSource when rejects_path is given
  bool strict = false;
};

// The intake options the arguments stand for, or why they are unusable.
Result<IngestOptions> MakeIngestOptions(const InputArgs& inputs);

// Adds how inputs are read — --input-format (and --format when
// `format_is_input`), --encoding, --columns, --round, --register — to `options`.
void AddIntakeOptions(boost::program_options::options_description& options, InputArgs& inputs, bool format_is_input);

// Adds FILE..., the intake options, --rejects and --strict to `options` and parses `args` into `inputs`.
// Returns false when --help was asked for (the help is printed).
// The input format is --input-format, and also --format where the command has
// no output format of its own (`format_is_input`).
bool ParseInputCommand(const std::vector<std::string>& args, boost::program_options::options_description& options,
                       InputArgs& inputs, bool format_is_input = true);

// The lexicon at `path` (the bundled codebook when empty), compiled.
Result<Matcher> LoadMatcher(const std::string& path);

// The record source over the inputs (stdin when none), reading with the
// intake options the arguments stand for. `reg` must outlive the source.
// Opens the --rejects file too, before any work.
Result<std::unique_ptr<RecordSource>> OpenSource(InputArgs& inputs, const Register& reg, SourceOptions options);

// What a run does with the records it took when it rejected some.
enum class OnRejects {
  kWriteTaken,     // ingest, tag: the taken records are written (exit 1)
  kCommitNothing,  // index: nothing is committed, the rejects are listed (exit 1)
  kKeepGoing,      // index --keep-going: the taken records are committed, with a note (exit 1)
};

// Ends a run through the stages: prints the readers' warnings and notes;
// writes the rejects file (--rejects); when the run is good (no failure, and
// no reject under --strict or kCommitNothing) finishes the sink and calls
// `finished` (if any); commits the rejects file; lists the rejects on stderr
// when there is no rejects file, under --strict or when nothing was
// committed for them, and prints the totals line. Returns the exit status: 0
// all taken, 1 some rejected, else the failure's. `ran` is RunStages' result.
int FinishRun(const std::string& command, const Result<size_t>& ran, RecordSource& source, RecordSink& sink,
              const InputArgs& inputs, const std::function<void()>& finished = {},
              OnRejects on_rejects = OnRejects::kWriteTaken);

// The register the arguments name, or the bundled one.
Result<Register> LoadRegister(const InputArgs& inputs);
// The register at `path`, or the bundled one when it is empty.
Result<Register> LoadRegister(const std::string& path);

}  // namespace returns::cli
