// What summary, appendix and quotes share on the command line: a database,
// search filters and query, theme labels from the lexicon, and where output goes.
#pragma once

#include <boost/program_options.hpp>

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "index/query/selection.h"
#include "index/query/summary.h"
#include "pipeline/writers/docx.h"
#include "lexicon/codebook/lexicon.h"
#include "lexicon/matcher/matcher.h"
#include "lexicon/redact/redaction_setup.h"

namespace returns::cli {

struct SelectionArgs {
  std::vector<std::string> db;
  SearchRequest request;
  std::vector<std::string> query_words;
  std::vector<std::string> attributes;  // --attribute NAME=VALUE, into request.attributes by LoadSelection
  std::string lexicon_path;  // for theme labels; default: the lexicon the database was built with
  std::string out_path;
  std::string register_path;  // for collaborative filters (aliases); default: the bundled register
  // --redact and its settings (AddRedactOptions): personal names replaced in the selected comments.
  bool redact = false;
  bool build_redactor = false;  // build LoadedSelection::redactor without redacting (`returns redactions`)
  std::string redact_style = "name";
  RedactSettings redact_settings;
  // For `summary`: a summary by `by` (with co-occurrence or not) is all that
  // is wanted, so a large selection may be counted from a facet table
  // (SummariseLargeSelection) into LoadedSelection::summary, its comments not read.
  struct SummaryOnly {
    SummaryDimension by = SummaryDimension::kNone;
    bool cooccurrence = false;
  };
  std::optional<SummaryOnly> summary_only;
};

// Adds --db, the filters (--attribute among them), --lexicon, --register, --out and the positional query.
void AddSelectionOptions(boost::program_options::options_description& options,
                         boost::program_options::positional_options_description& positional, SelectionArgs& args);

// The --attribute option (NAME=VALUE, repeatable), for commands with their own filter options (search).
void AddAttributeOption(boost::program_options::options_description& options, std::vector<std::string>& attributes);
// Each --attribute NAME=VALUE into `request.attributes`; InvalidInput on one that is not NAME=VALUE.
Status AddAttributeFilters(const std::vector<std::string>& attributes, SearchRequest& request);

// Adds --redact, --redact-style, --redact-list and --keep-list (README "Redaction").
// `with_redact_switch` false: the options only say what to find (`returns redactions`, which never redacts).
void AddRedactOptions(boost::program_options::options_description& options, SelectionArgs& args,
                      bool with_redact_switch = true);

struct LoadedSelection {
  std::vector<CommentRecord> comments;  // empty when `summary` was counted without them
  std::optional<Summary> summary;       // with args.summary_only, where a large selection was counted from a facet table
  std::vector<ThemeLabel> themes;  // lexicon order
  Lexicon lexicon;                 // the one the labels come from
  std::string description;
  std::optional<Redactor> redactor;  // built when args.redact (the comments above are redacted by it) or args.build_redactor
};

// With `args.redact` the comments come redacted (lexicon/redact/redact_record.h).
Result<LoadedSelection> LoadSelection(SelectionArgs& args);

// The lexicon of a command that may have a database: `lexicon_path`, else
// the one the first database keeps, else the bundled one.
Result<Lexicon> LoadLexiconOf(const std::vector<std::string>& db, const std::string& lexicon_path);

// That lexicon compiled, its load warnings on stderr (as LoadMatcher): what
// evaluate and lexicon suggest tag with, so that after `reindex --lexicon
// FILE` the database's own is measured by `--db DIR`.
Result<Matcher> LoadMatcherOf(const std::vector<std::string>& db, const std::string& lexicon_path);

// Runs `write` on --out FILE (written whole, or not at all on error) or stdout.
Status WriteOutput(const std::string& out_path, const std::function<void(std::ostream&)>& write);

// A binary document (docx, xlsx) to --out FILE, or to stdout when stdout is
// not a terminal; on a terminal InvalidInput asks for --out. `what` names the
// format in that message ("--format docx writes a Word document").
Status WriteDocument(const std::string& out_path, const Result<std::string>& bytes, const std::string& what);
Status CheckDocumentOutput(const std::string& out_path, const std::string& what);

// --page a4|letter and --portrait for the Word documents.
void AddPageOptions(boost::program_options::options_description& options, std::string& paper, bool& portrait);
Result<DocxPage> PageFromOptions(const std::string& paper, bool portrait);

}  // namespace returns::cli
