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
  if (!ParseInputCommand(args, options, inputs)) return kExitOk;
  if (format != "jsonl" && format != "csv") {
    return Fail(Status::InvalidInput("tag: error: unknown --format '" + format + "' (jsonl or csv)"));
  }
  Result<Matcher> matcher = LoadMatcher(lexicon_path);
  if (!matcher.ok()) return Fail(matcher.status());

  Result<std::vector<TagRecord>> records = Status::OK();
  if (inputs.files.empty() || (inputs.files.size() == 1 && inputs.files[0] == "-")) {
    records = ReadJsonlRecords(std::cin, "<stdin>");
  } else {
    Result<Register> reg = Register::Load(inputs.register_path.empty() ? Register::DefaultPath() : inputs.register_path);
    if (!reg.ok()) return Fail(reg.status());
    records = ReadTagRecords(inputs.files, reg.value());
  }
  if (!records.ok()) return Fail(records.status());

  if (format == "csv") WriteTaggedCsvHeader(std::cout);
  for (const TagRecord& record : records.value()) {
    const Tagging tagging = matcher.value().Tag(record.text, record.question);
    if (format == "csv") WriteTaggedCsv(record, tagging, std::cout);
    else WriteTaggedJsonl(record, tagging, matcher.value(), std::cout);
  }
  std::cerr << "tag: " << records.value().size() << " records tagged with " << matcher.value().name() << " "
            << matcher.value().version() << "\n";
  return kExitOk;
}

}  // namespace returns::cli
