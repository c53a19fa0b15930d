// returns: text mining for narrative returns. See README.md.
#include <boost/program_options/errors.hpp>

#include <iostream>
#include <string>
#include <vector>

#include "pipeline/cli/cli.h"

namespace {

constexpr const char* kUsage =
    "usage: returns <command> [options]\n"
    "\n"
    "commands:\n"
    "  ingest FILE...    read returns and write their comments as JSON Lines\n"
    "  overview FILE...  count returns, comments, districts and collaboratives per question\n"
    "  tag [FILE...]     tag comments or JSON Lines records with the lexicon's themes\n"
    "  evaluate --gold FILE  agreement of the lexicon with hand-coded comments (P, R, F1)\n"
    "  lexicon check FILE    every problem in a lexicon, and rules that never fire\n"
    "  index FILE... --db DIR   tag comments and index them (Xapian)\n"
    "  search [QUERY] --db DIR  search comments by words, phrases, themes and filters\n"
    "  reindex --db DIR --lexicon FILE  re-tag every stored comment\n"
    "  info --db DIR            what a database holds\n"
    "  remove --db DIR --round LABEL [--collaborative NAME]  take returns out of a database\n"
    "  summary [QUERY] --db DIR theme frequencies (text, md, csv, json, html)\n"
    "  appendix [QUERY] --db DIR  quote collection by question, district, collaborative (md, html, csv, docx)\n"
    "  quotes --theme ID --db DIR the most typical comments for a theme\n"
    "\n"
    "Run 'returns <command> --help' for a command's options.\n";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    (args.empty() ? std::cerr : std::cout) << kUsage;
    return args.empty() ? returns::cli::kExitUnusable : returns::cli::kExitOk;
  }
  const std::string command = args[0];
  args.erase(args.begin());
  try {
    if (command == "ingest") return returns::cli::Ingest(args);
    if (command == "overview") return returns::cli::Overview(args);
    if (command == "tag") return returns::cli::Tag(args);
    if (command == "evaluate") return returns::cli::Evaluate(args);
    if (command == "lexicon") return returns::cli::LexiconCommand(args);
    if (command == "index") return returns::cli::Index(args);
    if (command == "reindex") return returns::cli::Reindex(args);
    if (command == "search") return returns::cli::SearchCommand(args);
    if (command == "info") return returns::cli::Info(args);
    if (command == "remove") return returns::cli::Remove(args);
    if (command == "summary") return returns::cli::SummaryCommand(args);
    if (command == "appendix") return returns::cli::AppendixCommand(args);
    if (command == "quotes") return returns::cli::QuotesCommand(args);
  } catch (const boost::program_options::error& e) {
    std::cerr << "returns " << command << ": error: " << e.what() << "\n";
    return returns::cli::kExitUnusable;
  }
  std::cerr << "returns: error: unknown command '" << command << "'\n" << kUsage;
  return returns::cli::kExitUnusable;
}
