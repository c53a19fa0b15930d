#include <boost/program_options.hpp>

#include <iostream>

#include "pipeline/cli/cli.h"
#include "pipeline/cli/selection_options.h"
#include "pipeline/reports/evaluation.h"

namespace po = boost::program_options;

namespace returns::cli {

// returns evaluate --gold FILE... : each gold set reported apart (and all of
// them pooled with --pooled), as text or JSON.
int Evaluate(const std::vector<std::string>& args) {
  std::vector<std::string> gold_paths;
  std::string lexicon_path, format;
  std::vector<std::string> db;
  bool show = false, pooled = false;
  po::options_description options("returns evaluate --gold FILE [--gold FILE]... [--lexicon FILE | --db DIR] [options]");
  options.add_options()
      ("gold", po::value(&gold_paths), "hand-coded comments: JSON Lines with text, themes and optionally pending; repeatable")
      ("lexicon", po::value(&lexicon_path), "lexicon (YAML); default: of --db, else the bundled codebook")
      ("db", po::value(&db), "the database whose lexicon to measure (the one it was indexed or re-indexed with)")
      ("pooled", po::bool_switch(&pooled), "also report all the gold sets as one")
      ("format", po::value(&format)->default_value("text"), "text or json")
      ("show", po::bool_switch(&show), "print every disagreement in context");
  if (!ParseOptions(args, options, nullptr)) return kExitOk;
  if (gold_paths.empty()) return Fail(Status::InvalidInput("evaluate", "--gold FILE is required"));
  if (format != "text" && format != "json") {
    return Fail(Status::InvalidInput("evaluate", "unknown --format '" + format + "' (text or json)"));
  }
  std::vector<std::vector<CodedComment>> sets;
  for (const std::string& path : gold_paths) {
    Result<std::vector<CodedComment>> gold = ReadCodingFile(path, &std::cerr);
    if (!gold.ok()) return Fail(gold.status());
    sets.push_back(std::move(gold).value());
  }
  Result<Matcher> matcher = LoadMatcherOf(db, lexicon_path);
  if (!matcher.ok()) return Fail(matcher.status());

  std::vector<std::unique_ptr<Evaluation>> evaluations;
  std::vector<CodedComment> all;
  for (size_t i = 0; i < sets.size(); ++i) {
    if (pooled) all.insert(all.end(), sets[i].begin(), sets[i].end());
    evaluations.push_back(returns::Evaluate(std::move(sets[i]), matcher.value(), gold_paths[i]));
  }
  for (const auto& e : evaluations) WarnUnknownThemes(*e, matcher.value().theme_ids(), std::cerr);
  std::unique_ptr<Evaluation> all_sets;
  if (pooled) all_sets = returns::Evaluate(std::move(all), matcher.value(), "(all sets pooled)");
  if (format == "json") {
    nlohmann::ordered_json j;
    j["sets"] = nlohmann::ordered_json::array();
    for (const auto& e : evaluations) j["sets"].push_back(EvaluationJson(*e, show));
    if (all_sets) j["pooled"] = EvaluationJson(*all_sets, show);
    std::cout << j.dump(2) << "\n";
    return kExitOk;
  }
  for (size_t i = 0; i < evaluations.size(); ++i) {
    if (i > 0) std::cout << "\n";
    WriteEvaluation(*evaluations[i], show, std::cout);
  }
  if (all_sets) {
    std::cout << "\n";
    WriteEvaluation(*all_sets, show, std::cout);
  }
  return kExitOk;
}

}  // namespace returns::cli
