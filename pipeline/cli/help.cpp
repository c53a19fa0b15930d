#include "pipeline/cli/help.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <set>
#include <sstream>

namespace po = boost::program_options;

namespace returns::cli {
namespace {

// Examples run from the project directory once scripts/run has built
// out/kent-2013/db (help_test.sh runs each one).
const std::vector<CommandHelp> kHelp = {
    {"ingest", "read returns (appendices, CSV, Excel, Word, PDF, Markdown) and write their comments as JSON Lines",
     {"returns ingest corpus/kent-2013 --round 2013-03 --out comments.jsonl",
      "returns ingest corpus/kent-2013/q2-progress.txt --format appendix"}},
    {"overview", "count returns, comments, districts and collaboratives per question",
     {"returns overview corpus/kent-2013"}},
    {"tag", "tag each comment with the lexicon's themes (and which are only planned)",
     {"returns tag corpus/kent-2013 --round 2013-03 --jobs 2", "returns tag corpus/kent-2013 --out tagged.xlsx"}},
    {"evaluate", "how far the lexicon agrees with comments coded by hand (precision, recall, F1 per theme)",
     {"returns evaluate --gold tests/data/gold/themes-gold-heldout.jsonl --gold tests/data/gold/heldout-2014-1.jsonl --gold tests/data/gold/heldout-2014-7.jsonl"}},
    {"agreement", "agreement of two codings of the same comments: kappa, alpha, P/R/F1, the disagreements",
     {"returns agreement tests/data/gold/agreement-a.jsonl tests/data/gold/agreement-b.jsonl --show"}},
    {"lexicon check", "every problem in a lexicon file, and (with --corpus) the rules that never fire",
     {"returns lexicon check lexicon/themes.yaml", "returns lexicon check lexicon/themes.yaml --corpus corpus/kent-2013"}},
    {"lexicon suggest", "words a coder's themes have that the lexicon misses, and rules that fire too often",
     {"returns lexicon suggest --gold tests/data/gold/themes-gold-dev.jsonl"}},
    {"index", "tag comments and add them to a searchable database (re-indexing a return replaces it)",
     {"returns index corpus/kent-2013 --db out/kent-2013/db --round 2013-03",
      "returns index corpus/kent-2013 --db out/kent-2013/db --round 2013-03 --jobs 2"}},
    {"search", "find comments by words, phrases, themes, districts, collaboratives, questions and rounds",
     {"returns search --db out/kent-2013/db --theme moderation --district Dover",
      "returns search --db out/kent-2013/db '\"learning walk\" NOT theme:ofsted'",
      "returns search --db out/kent-2013/db 'theme:\"Trust and relationships\" heads' --format json"}},
    {"reindex", "tag every comment of a database again with another lexicon",
     {"returns reindex --db out/kent-2013/db --lexicon lexicon/themes.yaml"}},
    {"info", "what a database holds: comments, returns, rounds, lexicon", {"returns info --db out/kent-2013/db"}},
    {"themes", "the lexicon's theme ids, labels and parents (with --db: how many comments carry each)",
     {"returns themes --db out/kent-2013/db", "returns themes --format ids"}},
    {"remove", "take a round's returns, or one collaborative's, out of a database",
     {"returns remove --db out/kent-2013/db --round 2013-03 --collaborative RAiD"}},
    {"summary", "theme frequencies: comments, returns and share of collaboratives per theme",
     {"returns summary --db out/kent-2013/db --by district --format md",
      "returns summary --db out/kent-2013/db --question 3 --format html --out summary-q3.html"}},
    {"appendix", "every selected comment as a quote table by question, district and collaborative",
     {"returns appendix --db out/kent-2013/db --question 3 --format md --out appendix-q3.md",
      "returns appendix --db out/kent-2013/db --theme moderation --district Dover",
      "returns appendix --db out/kent-2013/db --district Dover --redact --out appendix-dover.md"}},
    {"quotes", "the most typical comments for a theme, to quote in a report",
     {"returns quotes --db out/kent-2013/db --theme relationships --count 3",
      "returns quotes --db out/kent-2013/db --theme \"Shared resources and joint procurement\""}},
    {"report", "the report officers write from the returns: per question the themes in words and a chart, "
               "typical comments, what is still planned, the appendix attached",
     {"returns report --db out/kent-2013/db --question 3 --no-appendix",
      "returns report --db out/kent-2013/db --format docx --out report.docx",
      "returns report --db out/kent-2013/db --district Dover --format html --out report-dover.html"}},
    {"compare", "two rounds like for like: each theme's share of collaboratives in each, the change, who joined or "
                "left (a second round to try it on: README, Rounds compared)",
     {"returns compare --db out/kent-2013/db --round 2013-03 --round 2014-03"}},
    {"export", "a selection and its tagging as a REFI-QDA project, to go on coding in NVivo, ATLAS.ti, MAXQDA or "
               "QualCoder (qdc: the codebook alone)",
     {"returns export --db out/kent-2013/db --question 2 --out kent-q2.qdpx",
      "returns export --format qdc --out themes.qdc"}},
    {"import-coding", "a coder's REFI-QDA project (or our export, coded on) as a gold file for evaluate and agreement",
     {"returns import-coding kent-q2.qdpx --db out/kent-2013/db --out coder.jsonl"}},
    {"register check", "the names in a batch of returns that the register of collaboratives does not know",
     {"returns register check corpus/kent-2013"}},
    {"register add", "add a collaborative to a register (a copy of the bundled one, or yours)",
     {"returns register add --collaborative \"Hythe Schools Partnership\" --district Shepway --alias HSP "
      "--register my-register.csv"}},
    {"register list", "the collaboratives a register knows, with their districts, other names and lead schools",
     {"returns register list", "returns register list --districts"}},
    {"serve", "a web page on this machine: search, read whole returns, review tags, export",
     {"returns serve --db out/kent-2013/db --port 8080"}},
    {"redactions", "the personal names --redact takes out of appendix, quotes and report, each with its comment, "
                   "the rule that found it and the words around it, to check before publishing",
     {"returns redactions --db out/kent-2013/db --district Dover",
      "returns redactions --db out/kent-2013/db --format csv --out redactions.csv"}},
    {"untagged", "the comments with no theme, and the words they use most",
     {"returns untagged --db out/kent-2013/db --district Dover"}},
};

constexpr std::string_view kQuerySyntax =
    "Query syntax (search, summary, appendix, quotes, untagged and the web page):\n"
    "  visit                 the word in any form: visits, visited (English stemming)\n"
    "  moderation training   every word (AND is the default)\n"
    "  \"learning walk\"       a phrase, any inflection and any case: finds \"Learning Walks\"\n"
    "  A OR B, A AND B, NOT A, A -B, (A OR B) C\n"
    "  observ*               words that start so\n"
    "  theme:moderation      a theme, by id or label: theme:\"Trust and relationships\"\n"
    "  theme:none            comments with no theme (NOT theme:none: with one)\n"
    "  pending:governance    a theme only planned, not yet done\n"
    "  district:Dover  collaborative:RAiD  lead:\"Lyminge School\"  question:3  round:2013-03\n"
    "                        filters; quote values with spaces: district:\"Tonbridge & Malling\"\n"
    "  attribute:email=jo@school.org  attribute:respondent=\"Jo Smith\"\n"
    "                        a return's attribute (a Forms column), its value exact but for case;\n"
    "                        one name twice: either value; two names: both\n"
    "An empty query lists every comment the filters select, in appendix order; otherwise\n"
    "best first. 'returns themes' lists the theme ids and labels.\n";

// Columns the terminal has (stdout), else 80; kept between 60 and 120.
unsigned Width() {
  winsize w{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &w) == 0 && w.ws_col > 0) {
    return std::clamp<unsigned>(w.ws_col, 60, 120);
  }
  return 80;
}

// "returns lexicon check FILE [...]" → "lexicon check" when the table has it, else "lexicon".
std::string CommandOf(const std::string& caption) {
  std::istringstream words(caption);
  std::string returns, first, second;
  words >> returns >> first >> second;
  if (FindCommandHelp(first + " " + second)) return first + " " + second;
  return first;
}

enum Group { kInput, kFilters, kOutput, kOther };

Group GroupOf(const std::string& name, bool selects) {
  static const std::set<std::string> input = {"db",          "gold",   "corpus", "lexicon",  "register", "input-format",
                                              "encoding",    "columns", "columns-file", "sheet", "corrections", "strict"};
  static const std::set<std::string> filters = {"theme", "district", "collaborative", "question", "lead-school", "attribute"};
  static const std::set<std::string> output = {"out",   "format", "limit", "offset", "rejects", "count", "words",
                                               "by",    "sort",   "show",  "pooled", "top",     "page", "portrait",
                                               "landscape", "reference-doc", "no-facets", "quoted-themes",
                                               "no-appendix"};
  if (name == "round") return selects ? kFilters : kInput;
  if (input.count(name)) return kInput;
  if (filters.count(name)) return selects ? kFilters : kOther;
  if (output.count(name)) return kOutput;
  return kOther;
}

}  // namespace

const CommandHelp* FindCommandHelp(std::string_view command) {
  for (const CommandHelp& h : kHelp) {
    if (h.command == command) return &h;
  }
  return nullptr;
}

const std::vector<CommandHelp>& AllCommandHelp() { return kHelp; }

std::string QuerySyntaxHelp() { return std::string(kQuerySyntax); }

std::string FormatHelp(const po::options_description& options, const po::positional_options_description* positional) {
  // Boost 1.74 has no caption(): the caption is the first line it prints, before a ':'.
  std::ostringstream printed;
  printed << options;
  std::string caption = printed.str().substr(0, printed.str().find('\n'));
  if (!caption.empty() && caption.back() == ':') caption.pop_back();
  const std::string command = CommandOf(caption);
  const CommandHelp* help = FindCommandHelp(command);
  std::set<std::string> hidden = {"queries"};  // a benchmark's
  if (positional) {
    for (unsigned i = 0; i < positional->max_total_count() && i < 8; ++i) hidden.insert(positional->name_for_position(i));
  }
  const auto& all = options.options();
  const bool selects = std::any_of(all.begin(), all.end(), [](const auto& o) { return o->long_name() == "theme"; }) &&
                       std::any_of(all.begin(), all.end(), [](const auto& o) { return o->long_name() == "db"; });
  // `ingest --format` is its input format: --input-format, its other name, is not shown twice.
  const auto format = std::find_if(all.begin(), all.end(), [](const auto& o) { return o->long_name() == "format"; });
  const bool format_is_input = format != all.end() && (*format)->description().rfind("input:", 0) == 0;
  if (format_is_input) hidden.insert("input-format");
  const unsigned width = Width();
  po::options_description groups[] = {{"input", width, width / 2}, {"filters", width, width / 2},
                                      {"output", width, width / 2}, {"other", width, width / 2}};
  bool used[4] = {};
  for (const auto& o : all) {
    if (hidden.count(o->long_name())) continue;
    const Group g = o->long_name() == "help"                          ? kOther
                    : o->long_name() == "format" && format_is_input ? kInput
                                                                    : GroupOf(o->long_name(), selects);
    groups[g].add(o);
    used[g] = true;
  }
  std::ostringstream out;
  out << "usage: " << caption << "\n";
  if (help) out << "\n" << help->purpose << "\n";
  for (int g = 0; g < 4; ++g) {
    if (used[g]) out << "\n" << groups[g];
  }
  if (help && !help->examples.empty()) {
    out << "\nexamples (from the project directory, after scripts/run):\n";
    for (std::string_view e : help->examples) out << "  " << e << "\n";
  }
  if (command == "search") out << "\n" << kQuerySyntax;
  return out.str();
}

}  // namespace returns::cli
