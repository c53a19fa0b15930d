#include <boost/program_options.hpp>

#include <fstream>
#include <iostream>

#include "pipeline/cli/cli.h"
#include "pipeline/reports/evaluation.h"

namespace po = boost::program_options;

namespace returns::cli {

int Evaluate(const std::vector<std::string>& args) {
  std::string gold_path, lexicon_path;
  bool show = false;
  po::options_description options("returns evaluate --gold FILE [--lexicon FILE] [--show]");
  options.add_options()
      ("gold", po::value(&gold_path), "hand-coded comments: JSON Lines with text and themes")
      ("lexicon", po::value(&lexicon_path), "lexicon (YAML); default: the bundled codebook")
      ("show", po::bool_switch(&show), "print every disagreement in context");
  if (!ParseOptions(args, options, nullptr)) return kExitOk;
  if (gold_path.empty()) return Fail(Status::InvalidInput("evaluate", "--gold FILE is required"));
  std::ifstream in(gold_path, std::ios::binary);
  if (!in) return Fail(Status::InvalidInput(gold_path, "cannot open file"));
  Result<std::vector<GoldComment>> gold = ReadGold(in, gold_path);
  if (!gold.ok()) return Fail(gold.status());
  Result<Matcher> matcher = LoadMatcher(lexicon_path);
  if (!matcher.ok()) return Fail(matcher.status());
  WriteEvaluation(returns::Evaluate(gold.value(), matcher.value()), show, std::cout);
  return kExitOk;
}

}  // namespace returns::cli
