// returns: text mining for narrative returns. See README.md.
//
// The command table: every subcommand, the function that runs it and the
// line `returns --help` shows for it. A command's own options are its
// function's to parse (pipeline/cli/<command>.cpp).
#include <boost/program_options/errors.hpp>

#include <csignal>
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "pipeline/cli/cli.h"
#include "pipeline/cli/help.h"

namespace {

struct Command {
  const char* name;
  int (*run)(const std::vector<std::string>& args);
  const char* synopsis;
  const char* what;
};

using namespace returns::cli;

constexpr Command kCommands[] = {
    {"ingest", Ingest, "ingest FILE...", "read returns and write their comments as JSON Lines"},
    {"overview", Overview, "overview FILE...", "count returns, comments, districts and collaboratives per question"},
    {"tag", Tag, "tag [FILE...]", "tag comments or JSON Lines records with the lexicon's themes"},
    {"evaluate", Evaluate, "evaluate --gold FILE", "agreement of the lexicon with hand-coded comments (P, R, F1)"},
    {"agreement", AgreementCommand, "agreement A.jsonl B.jsonl",
     "agreement of two codings of the same comments (kappa, alpha, P, R, F1)"},
    {"lexicon", LexiconCommand, "lexicon check|suggest", "every problem in a lexicon; words it misses in a gold file"},
    {"index", Index, "index FILE... --db DIR", "tag comments and index them (Xapian)"},
    {"search", SearchCommand, "search [QUERY] --db DIR", "search comments by words, phrases, themes and filters"},
    {"reindex", Reindex, "reindex --db DIR --lexicon FILE", "re-tag every stored comment"},
    {"info", Info, "info --db DIR", "what a database holds"},
    {"themes", Themes, "themes [--db DIR]", "the lexicon's theme ids, labels and parents (with counts)"},
    {"remove", Remove, "remove --db DIR --round LABEL", "take returns out of a database (--collaborative NAME: one)"},
    {"summary", SummaryCommand, "summary [QUERY] --db DIR", "theme frequencies (text, md, csv, json, html, xlsx)"},
    {"appendix", AppendixCommand, "appendix [QUERY] --db DIR",
     "quote collection by question, district, collaborative (md, html, csv, docx, xlsx)"},
    {"quotes", QuotesCommand, "quotes --theme ID --db DIR", "the most typical comments for a theme (also html, docx)"},
    {"report", ReportCommand, "report [QUERY] --db DIR", "per question: themes in words and a chart, typical comments; the appendix (md, html, docx)"},
    {"compare", CompareCommand, "compare --round A --round B --db DIR", "two rounds like for like: themes, collaboratives, changes"},
    {"export", ExportCommand, "export --format qdpx|qdc --db DIR",
     "returns and their tagging as a REFI-QDA project for NVivo, ATLAS.ti, MAXQDA (qdc: the codebook)"},
    {"import-coding", ImportCodingCommand, "import-coding FILE.qdpx",
     "the coding of a REFI-QDA project as a gold file for evaluate and agreement"},
    {"register", RegisterCommand, "register check FILE...", "names of a batch the register does not know (register add: a new one; register list: all)"},
    {"serve", Serve, "serve --db DIR [--port 8080]", "a web page on this machine: search, read returns, review tags, export"},
    {"redactions", RedactionsCommand, "redactions [QUERY] --db DIR",
     "the personal names --redact would take out, each with its comment and context, to check before publishing"},
    {"untagged", UntaggedCommand, "untagged --db DIR", "the comments with no theme, and their most frequent words"},
};

// Whatever the command wrote to stdout reached it: a closed pipe or a full
// disk is an error (exit 3), not a silently short output.
int CheckedStdout(const std::string& command, int status) {
  std::cout.flush();
  const bool failed = !std::cout || std::fflush(stdout) != 0 || std::ferror(stdout);
  if (!failed || status > kExitRejected) return status;  // a failure already said why
  std::cerr << "returns " << command << ": <stdout>: error: write failed (closed pipe or full disk)\n";
  return kExitFailure;
}

std::string Usage() {
  std::string out = "usage: returns <command> [options]\n\ncommands:\n";
  size_t width = 0;
  for (const Command& c : kCommands) width = std::max(width, std::string(c.synopsis).size());
  for (const Command& c : kCommands) {
    std::string line = "  " + std::string(c.synopsis);
    line.append(width + 4 - line.size() + 2, ' ');
    out += line + c.what + "\n";
  }
  out += "\nRun 'returns <command> --help' (or 'returns help <command>') for a command's options and examples,\n"
         "'returns help query' for the query syntax, 'returns --version' for the versions.\n";
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe is a failed write we report, not a silent death
  std::vector<std::string> args(argv + 1, argv + argc);
  // returns help query: the query syntax; returns help COMMAND: its --help.
  if (args.size() >= 2 && args[0] == "help") {
    if (args[1] == "query") {
      std::cout << QuerySyntaxHelp();
      return kExitOk;
    }
    args.erase(args.begin());
    args.push_back("--help");
  }
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    (args.empty() ? std::cerr : std::cout) << Usage();
    return args.empty() ? kExitUnusable : kExitOk;
  }
  if (args[0] == "--version") {
    std::cout << VersionText();
    return kExitOk;
  }
  const std::string command = args[0];
  args.erase(args.begin());
  for (const Command& c : kCommands) {
    if (command != c.name) continue;
    try {
      return CheckedStdout(command, c.run(args));
    } catch (const boost::program_options::error& e) {
      std::cerr << "returns " << command << ": error: " << e.what() << "\n";
      return kExitUnusable;
    } catch (const std::exception& e) {
      // Nothing should get here: libraries return a Status. Say so, in one line.
      std::cout.flush();
      std::cerr << "returns " << command << ": internal error: " << e.what() << "\n";
      return kExitFailure;
    }
  }
  std::cerr << "returns: error: unknown command '" << command << "'\n" << Usage();
  return kExitUnusable;
}
