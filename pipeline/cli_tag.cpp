#include <boost/program_options.hpp>

#include <iostream>

#include "lexicon/default_lexicon.h"
#include "lexicon/load_lexicon.h"
#include "pipeline/cli.h"
#include "pipeline/tagged_output.h"

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
  po::options_description options("returns tag [FILE...] [options]  (no FILE or '-': JSON Lines on stdin)");
  options.add_options()
      ("lexicon", po::value(&lexicon_path), "lexicon: .yaml, LIWC .dic or WordStat .cat; default: the bundled codebook")
      ("format", po::value(&format)->default_value("jsonl"), "output: jsonl or csv");
  if (!ParseInputCommand(args, options, inputs, /*format_is_input=*/false)) return kExitOk;
  if (format != "jsonl" && format != "csv") {
    return Fail(Status::InvalidInput("tag: error: unknown --format '" + format + "' (jsonl or csv)"));
  }
  Result<Matcher> matcher = LoadMatcher(lexicon_path);
  if (!matcher.ok()) return Fail(matcher.status());

  Result<IngestOptions> intake_options = MakeIngestOptions(inputs);
  if (!intake_options.ok()) return Fail(intake_options.status());
  Result<TagInput> input = Status::OK();
  if (inputs.files.empty() || (inputs.files.size() == 1 && inputs.files[0] == "-")) {
    input = ReadJsonlRecords(std::cin, "<stdin>");
  } else {
    Result<Register> reg = LoadRegister(inputs);
    if (!reg.ok()) return Fail(reg.status());
    input = ReadTagRecords(inputs.files, reg.value(), intake_options.value());
  }
  if (!input.ok()) return Fail(input.status());
  if (inputs.strict && !input.value().intake.rejects.empty()) return FinishIntake("tag", input.value().intake, inputs);

  if (format == "csv") WriteTaggedCsvHeader(std::cout);
  for (const TagRecord& record : input.value().records) {
    const Tagging tagging = matcher.value().Tag(record.text, record.question);
    if (format == "csv") WriteTaggedCsv(record, tagging, std::cout);
    else WriteTaggedJsonl(record, tagging, matcher.value(), std::cout);
  }
  std::cout.flush();
  std::cerr << "tag: " << input.value().records.size() << " records tagged with " << matcher.value().name() << " "
            << matcher.value().version() << "\n";
  return FinishIntake("tag", input.value().intake, inputs);
}

}  // namespace returns::cli
