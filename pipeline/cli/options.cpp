#include <boost/program_options.hpp>

#include <set>
#include <sstream>
#include <memory>
#include <iostream>

#include "corpus/base/utf8.h"
#include "pipeline/cli/cli.h"
#include "pipeline/cli/help.h"
#include "pipeline/cli/progress.h"
#include "pipeline/writers/output.h"
#include "pipeline/writers/rejects_jsonl.h"

namespace po = boost::program_options;

namespace returns::cli {

int ExitStatus(const Status& status) {
  switch (status.code()) {
    case Status::Code::kOk: return kExitOk;
    case Status::Code::kNotFound:
    case Status::Code::kInvalidInput:
    case Status::Code::kCorruption: return kExitUnusable;
    case Status::Code::kIOError:
    case Status::Code::kInternal: return kExitFailure;
  }
  return kExitFailure;
}

int Fail(const Status& status) {
  std::cerr << "returns: " << status.ToString() << "\n";
  return ExitStatus(status);
}

bool ParseOptions(const std::vector<std::string>& args, po::options_description& options,
                  const po::positional_options_description* positional) {
  // Every value on the command line is UTF-8 (file names, filters, queries),
  // or the command stops here naming it.
  for (size_t i = 0; i < args.size(); ++i) {
    if (!CheckUtf8(args[i], "").ok()) {
      throw po::error("argument " + std::to_string(i + 2) + " is not UTF-8: '" + ShowInvalidBytes(args[i]) + "'");
    }
  }
  options.add_options()("help,h", "show this help");
  po::command_line_parser parser(args);
  parser.options(options);
  if (positional) parser.positional(*positional);
  po::variables_map vm;
  po::store(parser.run(), vm);
  po::notify(vm);
  if (vm.count("help")) {
    std::cout << FormatHelp(options, positional);
    return false;
  }
  return true;
}

void AddIntakeOptions(po::options_description& options, InputArgs& inputs, bool format_is_input) {
  static const char* kFormats = "input: auto, appendix, csv, tsv, xlsx, document, jsonl, docx, pdf";
  options.add_options()("input-format", po::value(&inputs.format), kFormats);
  if (format_is_input) options.add_options()("format", po::value(&inputs.format), kFormats);
  options.add_options()
      ("encoding", po::value(&inputs.encoding), "input encoding when not UTF-8, e.g. windows-1252, latin1")
      ("columns", po::value(&inputs.columns), "header mapping (CSV, TSV, xlsx): district=Area,collaborative=Group,ignore=Notes")
      ("columns-file", po::value(&inputs.columns_file), "header mappings kept in a file: one FIELD=HEADER a line, # comments")
      ("sheet", po::value(&inputs.sheet), "the workbook sheet to read (default: the first holding returns)")
      ("round", po::value(&inputs.round), "round label of this batch, e.g. 2014-03")
      ("register", po::value(&inputs.register_path), "register of collaboratives (CSV); default: the bundled one");
}

bool ParseInputCommand(const std::vector<std::string>& args, po::options_description& options, InputArgs& inputs,
                       bool format_is_input) {
  AddIntakeOptions(options, inputs, format_is_input);
  options.add_options()
      ("rejects", po::value(&inputs.rejects_path), "write rejected records here (JSON Lines)")
      ("strict", po::bool_switch(&inputs.strict), "stop at the first rejected record")
      ("file", po::value(&inputs.files), "input file or directory (read recursively, sorted)");
  po::positional_options_description positional;
  positional.add("file", -1);
  return ParseOptions(args, options, &positional);
}

Result<IngestOptions> MakeIngestOptions(const InputArgs& inputs) {
  IngestOptions options;
  if (!ParseInputFormat(inputs.format, options.format)) {
    return Status::InvalidInput("unknown --format '" + inputs.format +
                                "' (auto, appendix, csv, tsv, xlsx, document, jsonl, docx, pdf)");
  }
  options.encoding = inputs.encoding;
  // The file's mappings, then those of --columns.
  if (!inputs.columns_file.empty()) {
    Result<ColumnMap> columns = ReadColumnsFile(inputs.columns_file);
    if (!columns.ok()) return columns.status();
    options.columns = columns.value();
  }
  if (!inputs.columns.empty()) {
    Result<ColumnMap> columns = ParseColumnMap(inputs.columns);
    if (!columns.ok()) return columns.status();
    options.columns.insert(columns.value().begin(), columns.value().end());
  }
  options.sheet = inputs.sheet;
  options.round = inputs.round;
  options.strict = inputs.strict;
  // Bytes read, shown for inputs over 4 MB when stderr is a terminal.
  options.progress = [bar = std::shared_ptr<ProgressBar>()](uintmax_t done, uintmax_t total) mutable {
    if (!bar) bar = std::make_shared<ProgressBar>("bytes read", total, uintmax_t{4} << 20);
    bar->Update(done);
  };
  return options;
}

Result<Register> LoadRegister(const InputArgs& inputs) { return LoadRegister(inputs.register_path); }

Result<Register> LoadRegister(const std::string& path) {
  return Register::Load(path.empty() ? Register::DefaultPath() : path);
}

Result<std::unique_ptr<RecordSource>> OpenSource(InputArgs& inputs, const Register& reg, SourceOptions options) {
  if (!inputs.rejects_path.empty()) {  // opened before any work: a bad path fails now, not after
    Result<std::unique_ptr<Output>> out = Output::Open(inputs.rejects_path);
    if (!out.ok()) return out.status();
    inputs.rejects_out = std::move(out.value());
  }
  Result<IngestOptions> intake = MakeIngestOptions(inputs);
  if (!intake.ok()) return intake.status();
  options.intake = std::move(intake.value());
  return RecordSource::Open(inputs.files, reg, std::move(options));
}

namespace {

// What to do about the rejects of one reason, when there is more to say than
// the reason; "" when not. `held`: the run committed nothing (index).
std::string RejectAdvice(const std::string& reason, bool held) {
  if (reason == reject::kInvalidUtf8) {
    return "a file that is not UTF-8 needs --encoding (Excel's \"CSV (Comma delimited)\" is --encoding windows-1252)";
  }
  if (reason == reject::kDuplicate) {
    return std::string("the same return (round, collaborative, lead school, question) was read twice; ") +
           (held ? "--keep-going would keep the first read, so take the copy you do not want out of the input"
                 : "the first read was kept: take the copy you do not want out of the input if it is the other") +
           " (within one Forms export with a Completion time column the later submission is kept by itself; "
           "two downloads of the same form hold the same answers: read only the later download)";
  }
  return "";
}

}  // namespace

int FinishRun(const std::string& command, const Result<size_t>& ran, RecordSource& source, RecordSink& sink,
              const InputArgs& inputs, const std::function<void()>& finished, OnRejects on_rejects) {
  for (const std::string& w : source.totals().warnings) std::cerr << w << "\n";
  for (const std::string& n : source.totals().notes) std::cerr << n << "\n";
  if (!ran.ok()) return Fail(ran.status());
  const Ingested& intake = source.totals();
  // The rejects file is written before the run is made visible, so a rejects
  // file that cannot be written stops the run with nothing committed.
  if (inputs.rejects_out) {
    std::ostringstream rejects;
    WriteRejectsJsonl(intake.rejects, rejects);
    WriteRejectsJsonl(intake.replaced, rejects);
    if (Status s = inputs.rejects_out->Write(rejects.str()); !s.ok()) return Fail(s);
  }
  const bool rejected = !intake.rejects.empty();
  // All or nothing: a batch with rejects is not made visible in part.
  const bool hold = rejected && (inputs.strict || on_rejects == OnRejects::kCommitNothing);
  if (!hold) {
    if (Status s = sink.Finish(); !s.ok()) return Fail(s);
    if (finished) finished();
  }
  if (inputs.rejects_out) {
    if (Status s = inputs.rejects_out->Commit(); !s.ok()) return Fail(s);
  }
  if (hold || !inputs.rejects_out) {
    for (const Reject& r : intake.rejects) {
      std::cerr << r.source << ":" << r.line << ": " << (hold ? "error" : "rejected") << ": " << r.reason
                << (r.detail.empty() ? "" : " (" + r.detail + ")") << "\n";
    }
  }
  if (rejected && !inputs.strict && on_rejects == OnRejects::kCommitNothing) {
    std::cerr << command << ": nothing committed: " << intake.rejects.size()
              << (intake.rejects.size() == 1 ? " record was" : " records were")
              << " rejected (the database has none of this batch); correct "
              << (intake.rejects.size() == 1 ? "it" : "them") << " and run again";
    // --keep-going is advice only when it would index something.
    if (intake.taken > 0) std::cerr << ", or use --keep-going to index the " << intake.taken << " taken without them";
    std::cerr << "\n";
  }
  if (hold && inputs.strict) {
    // The totals below count what was taken; none of it was written.
    const size_t n = intake.rejects.size();
    const bool index = command == "index";  // a database run: committed, or not
    std::cerr << command << ": nothing " << (index ? "committed" : "written")
              << " (--strict): " << n << (n == 1 ? " record was" : " records were") << " rejected; correct "
              << (n == 1 ? "it" : "them") << " and run again, or run without --strict to "
              << (index ? "see every reject, and with --keep-going to index the rest"
                        : "write the rest and list the rejects")
              << " (the totals below are of what was read before --strict stopped)\n";
  }
  if (rejected) {
    std::set<std::string> reasons;
    for (const Reject& r : intake.rejects) reasons.insert(r.reason);
    for (const std::string& reason : reasons) {
      if (const std::string advice = RejectAdvice(reason, hold); !advice.empty()) {
        std::cerr << command << ": " << reason << ": " << advice << "\n";
      }
    }
  }
  if (rejected && !hold && on_rejects == OnRejects::kKeepGoing) {
    std::cerr << command << ": --keep-going: the taken records were committed without the " << intake.rejects.size()
              << " rejected\n";
  }
  std::cerr << command << ": " << TotalsLine(intake) << "\n";
  return intake.rejects.empty() ? kExitOk : kExitRejected;
}

}  // namespace returns::cli
