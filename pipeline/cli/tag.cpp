#include <boost/program_options.hpp>

#include <unistd.h>

#include <iostream>

#include "corpus/base/parallel.h"
#include "corpus/intake/ingest.h"
#include "lexicon/codebook/default_lexicon.h"
#include "lexicon/codebook/load_lexicon.h"
#include "pipeline/cli/cli.h"
#include "pipeline/stages/run.h"
#include "pipeline/writers/record_writers.h"
#include "pipeline/writers/tagged_xlsx_sink.h"

namespace po = boost::program_options;

namespace returns::cli {

Result<Matcher> LoadMatcher(const std::string& path) {
  Result<Lexicon> lexicon = LoadLexicon(path.empty() ? DefaultLexiconPath() : path);
  if (!lexicon.ok()) return lexicon.status();
  for (const std::string& w : lexicon.value().warnings) std::cerr << w << "\n";
  return Matcher::Compile(lexicon.value());
}

namespace {

// The output format an --out file's ending names: "csv", "xlsx", else "jsonl".
std::string FormatOfPath(const std::string& path) {
  const std::string ending = LowerExtension(path);
  return ending == ".csv" ? "csv" : ending == ".xlsx" ? "xlsx" : "jsonl";
}

}  // namespace

int Tag(const std::vector<std::string>& args) {
  InputArgs inputs;
  std::string lexicon_path, format, out_path;
  int jobs = 1;
  po::options_description options("returns tag [FILE...] [options]  (no FILE or '-': JSON Lines on stdin)");
  options.add_options()
      ("lexicon", po::value(&lexicon_path), "lexicon: .yaml (ours or quanteda), LIWC .dic or WordStat .cat; default: the bundled codebook")
      ("format", po::value(&format), "output: jsonl, csv or xlsx (Excel)")
      ("out,o", po::value(&out_path), "write here instead of stdout, whole or not at all; a .csv or .xlsx ending chooses that output")
      ("jobs,j", po::value(&jobs)->default_value(1), "threads to tag with (0: all cores); output is the same for any number");
  if (!ParseInputCommand(args, options, inputs, /*format_is_input=*/false)) return kExitOk;
  if (format.empty()) format = FormatOfPath(out_path);
  if (format != "jsonl" && format != "csv" && format != "xlsx") {
    return Fail(Status::InvalidInput("tag", "unknown --format '" + format + "' (jsonl, csv or xlsx)"));
  }
  if (format == "xlsx" && (out_path.empty() || out_path == "-") && isatty(STDOUT_FILENO)) {
    return Fail(Status::InvalidInput("tag", "--format xlsx writes an Excel workbook: give --out tagged.xlsx (or send stdout to a file)"));
  }
  if (jobs < 0) return Fail(Status::InvalidInput("tag", "--jobs is 0 (all cores) or more"));
  if (jobs == 0) jobs = AllCores();
  Result<Matcher> matcher = LoadMatcher(lexicon_path);
  if (!matcher.ok()) return Fail(matcher.status());
  Result<Register> reg = LoadRegister(inputs);
  if (!reg.ok()) return Fail(reg.status());
  Result<std::unique_ptr<RecordSource>> source = OpenSource(inputs, reg.value(), SourceOptions{});
  if (!source.ok()) return Fail(source.status());
  // --strict writes nothing when a record is rejected: stdout is held until the end.
  Result<std::unique_ptr<Output>> out = Output::Open(out_path, /*hold_stdout=*/inputs.strict);
  if (!out.ok()) return Fail(out.status());
  std::unique_ptr<RecordSink> sink;
  if (format == "csv") {
    sink = std::make_unique<TaggedCsvSink>(std::move(out.value()));
  } else if (format == "xlsx") {
    Result<std::unique_ptr<TaggedXlsxSink>> xlsx = TaggedXlsxSink::Open(std::move(out.value()));
    if (!xlsx.ok()) return Fail(xlsx.status());
    sink = std::move(xlsx).value();
  } else {
    sink = std::make_unique<JsonlSink>(std::move(out.value()), matcher.value().name(), matcher.value().version());
  }

  StageOptions stages;
  stages.matcher = &matcher.value();
  stages.jobs = jobs;
  const Result<size_t> ran = RunStages(*source.value(), *sink, stages);
  if (ran.ok()) {
    std::cerr << "tag: " << ran.value() << " records tagged with " << matcher.value().name() << " "
              << matcher.value().version() << "\n";
  }
  return FinishRun("tag", ran, *source.value(), *sink, inputs);
}

}  // namespace returns::cli
