#include <boost/program_options.hpp>

#include <fstream>
#include <iostream>

#include "lexicon/codebook/default_lexicon.h"
#include "lexicon/codebook/load_lexicon.h"
#include "pipeline/cli/cli.h"
#include "corpus/base/parallel.h"
#include "pipeline/stages/tag_stream.h"
#include "pipeline/writers/tagged_output.h"

namespace po = boost::program_options;

namespace returns::cli {

Result<Matcher> LoadMatcher(const std::string& path) {
  Result<Lexicon> lexicon = LoadLexicon(path.empty() ? DefaultLexiconPath() : path);
  if (!lexicon.ok()) return lexicon.status();
  for (const std::string& w : lexicon.value().warnings) std::cerr << w << "\n";
  return Matcher::Compile(lexicon.value());
}

int Tag(const std::vector<std::string>& args) {
  InputArgs inputs;
  std::string lexicon_path, format;
  int jobs = 1;
  po::options_description options("returns tag [FILE...] [options]  (no FILE or '-': JSON Lines on stdin)");
  options.add_options()
      ("lexicon", po::value(&lexicon_path), "lexicon: .yaml, LIWC .dic or WordStat .cat; default: the bundled codebook")
      ("format", po::value(&format)->default_value("jsonl"), "output: jsonl or csv")
      ("jobs,j", po::value(&jobs)->default_value(1), "threads to tag with (0: all cores); output is the same for any number");
  if (!ParseInputCommand(args, options, inputs, /*format_is_input=*/false)) return kExitOk;
  if (format != "jsonl" && format != "csv") {
    return Fail(Status::InvalidInput("tag: error: unknown --format '" + format + "' (jsonl or csv)"));
  }
  if (jobs < 0) return Fail(Status::InvalidInput("tag: error: --jobs is 0 (all cores) or more"));
  if (jobs == 0) jobs = AllCores();
  const TagOutput output = format == "csv" ? TagOutput::kCsv : TagOutput::kJsonl;
  Result<Matcher> matcher = LoadMatcher(lexicon_path);
  if (!matcher.ok()) return Fail(matcher.status());
  Result<IngestOptions> intake_options = MakeIngestOptions(inputs);
  if (!intake_options.ok()) return Fail(intake_options.status());
  Result<Register> reg = LoadRegister(inputs);
  if (!reg.ok()) return Fail(reg.status());
  const bool from_stdin = inputs.files.empty() || (inputs.files.size() == 1 && inputs.files[0] == "-");

  // --strict writes nothing when any record is bad, so it reads everything first.
  if (inputs.strict) {
    Result<TagInput> input = Status::OK();
    if (from_stdin) input = ReadJsonlRecords(std::cin, "<stdin>");
    else input = ReadTagRecords(inputs.files, reg.value(), intake_options.value());
    if (!input.ok()) return Fail(input.status());
    if (!input.value().intake.rejects.empty()) return FinishIntake("tag", input.value().intake, inputs);
    if (output == TagOutput::kCsv) WriteTaggedCsvHeader(std::cout);
    WriteTagged(input.value().records, matcher.value(), output, jobs, std::cout);
    return FinishIntake("tag", input.value().intake, inputs);
  }

  Ingested intake;
  size_t tagged = 0;
  if (output == TagOutput::kCsv) WriteTaggedCsvHeader(std::cout);
  if (from_stdin) {
    tagged = TagJsonlStream(std::cin, "<stdin>", matcher.value(), output, jobs, std::cout, intake);
  } else {
    Result<std::vector<std::string>> files = ExpandPaths(inputs.files);
    if (!files.ok()) return Fail(files.status());
    for (const std::string& file : files.value()) {
      if (IsJsonlInput(file, intake_options.value().format)) {
        std::ifstream in(file, std::ios::binary);
        if (!in) return Fail(Status::IOError(file + ": error: cannot open file"));
        tagged += TagJsonlStream(in, file, matcher.value(), output, jobs, std::cout, intake);
        continue;
      }
      Result<Ingested> ingested = IngestFiles({file}, reg.value(), intake_options.value());
      if (!ingested.ok()) return Fail(ingested.status());
      const std::vector<TagRecord> records = RecordsFromReturns(ingested.value().returns);
      WriteTagged(records, matcher.value(), output, jobs, std::cout);
      tagged += records.size();
      intake.files += ingested.value().files;
      intake.records += ingested.value().records;
      for (Reject& r : ingested.value().rejects) intake.rejects.push_back(std::move(r));
    }
  }
  std::cout.flush();
  std::cerr << "tag: " << tagged << " records tagged with " << matcher.value().name() << " "
            << matcher.value().version() << "\n";
  return FinishIntake("tag", intake, inputs);
}

}  // namespace returns::cli
