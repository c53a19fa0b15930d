#include "pipeline/cli/selection_options.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <unistd.h>

#include "index/query/database_lexicon.h"
#include "index/query/summary_table.h"
#include "index/query/filter_values.h"
#include "lexicon/codebook/default_lexicon.h"
#include "lexicon/codebook/load_lexicon.h"
#include "lexicon/redact/redact_record.h"
#include "pipeline/cli/cli.h"
#include "pipeline/writers/output.h"

namespace po = boost::program_options;

namespace returns::cli {
void AddSelectionOptions(po::options_description& options, po::positional_options_description& positional,
                         SelectionArgs& args) {
  options.add_options()
      ("db", po::value(&args.db), "database: a directory, a sharded directory or a stub file; repeatable")
      ("theme", po::value(&args.request.themes), "only comments with this theme (repeat: all of them)")
      ("district", po::value(&args.request.district), "only this district")
      ("collaborative", po::value(&args.request.collaborative), "only this collaborative (its canonical name or an alias)")
      ("question", po::value(&args.request.question), "only this question, 1-5")
      ("round", po::value(&args.request.round), "only this round")
      ("lexicon", po::value(&args.lexicon_path), "lexicon for theme labels; default: the one the database was built with")
      ("out,o", po::value(&args.out_path), "write here instead of stdout")
      ("register", po::value(&args.register_path), "register of collaboratives for collaborative filters; default: the bundled one")
      ("query", po::value(&args.query_words), "query words");
  AddAttributeOption(options, args.attributes);
  positional.add("query", -1);
}

void AddAttributeOption(po::options_description& options, std::vector<std::string>& attributes) {
  options.add_options()("attribute", po::value(&attributes),
                        "only comments whose return has this attribute, NAME=VALUE (email=jo@school.org; any case; "
                        "repeat: one name twice is either value, different names all)");
}

Status AddAttributeFilters(const std::vector<std::string>& attributes, SearchRequest& request) {
  for (const std::string& a : attributes) {
    Result<std::pair<std::string, std::string>> filter = ParseAttributeFilter(a);
    if (!filter.ok()) return Status::InvalidInput("--" + filter.status().message());
    request.attributes.push_back(std::move(filter).value());
  }
  return Status::OK();
}

void AddRedactOptions(po::options_description& options, SelectionArgs& args, bool with_redact_switch) {
  if (with_redact_switch) {
    options.add_options()("redact", po::bool_switch(&args.redact),
                          "replace personal names in comments by [name] (README \"Redaction\"; check them with `returns redactions`)");
  }
  options.add_options()
      ("redact-style", po::value(&args.redact_style)->default_value("name"), "redaction: name ([name]) or initials (B.P.)")
      ("redact-list", po::value(&args.redact_settings.redact_list), "redaction: a file of names always redacted, one a line")
      ("keep-list", po::value(&args.redact_settings.keep_list), "redaction: a file of names and words never redacted, one a line");
}

Result<LoadedSelection> LoadSelection(SelectionArgs& args) {
  if (args.db.empty()) return Status::InvalidInput("--db DIR is required");
  if (args.request.question < 0 || args.request.question > 5) return Status::InvalidInput("--question is 1-5");
  Result<RedactStyle> style = ParseRedactStyle(args.redact_style);
  if (!style.ok()) return style.status();
  args.redact_settings.style = style.value();
  if (Status s = AddAttributeFilters(args.attributes, args.request); !s.ok()) return s;
  for (const std::string& w : args.query_words) args.request.query += (args.request.query.empty() ? "" : " ") + w;
  Result<IndexReader> index = IndexReader::Open(args.db);
  if (!index.ok()) return index.status();
  Result<Lexicon> lexicon = DatabaseLexicon(index.value(), args.lexicon_path);
  if (!lexicon.ok()) return lexicon.status();
  // Themes by id or label; an unknown one is an error with the nearest (filter_values.h).
  const ThemeNames names = ThemeNamesOf(lexicon.value());
  if (Status s = ResolveThemes(args.request.themes, names); !s.ok()) return s;
  Result<std::string> query = ResolveQueryThemes(args.request.query, names);
  if (!query.ok()) return query.status();
  args.request.query = query.value();
  LoadedSelection out;
  for (const Theme& t : lexicon.value().themes) out.themes.push_back({t.id, t.label});
  out.lexicon = std::move(lexicon).value();
  Result<Register> reg = Register::Load(args.register_path.empty() ? Register::DefaultPath() : args.register_path);
  if (!reg.ok()) return reg.status();
  args.request.reg = &reg.value();
  out.description = DescribeSelection(args.request);
  if (args.summary_only && !args.redact) {
    Result<std::optional<Summary>> counted = SummariseLargeSelection(
        index.value(), args.request, out.themes, args.summary_only->by, args.summary_only->cooccurrence);
    if (!counted.ok()) {
      args.request.reg = nullptr;  // the register ends here
      return counted.status();
    }
    if (counted.value()) {
      args.request.reg = nullptr;
      out.summary = std::move(counted).value();
      return out;
    }
  }
  Result<std::vector<CommentRecord>> comments = Select(index.value(), args.request);
  // Nothing selected: a value nothing holds is a typo to report, not an empty answer.
  if (comments.ok() && comments.value().empty()) {
    if (Status s = CheckEmptySelection(index.value(), args.request, &reg.value()); !s.ok()) return s;
  }
  args.request.reg = nullptr;  // the register ends here
  if (!comments.ok()) return comments.status();
  out.comments = std::move(comments).value();
  if (args.redact || args.build_redactor) {
    Result<Redactor> redactor = BuildRedactor(reg.value(), out.lexicon, args.redact_settings);
    if (!redactor.ok()) return redactor.status();
    if (args.redact) RedactRecords(out.comments, redactor.value());
    out.redactor = std::move(redactor).value();
  }
  return out;
}

Result<Lexicon> LoadLexiconOf(const std::vector<std::string>& db, const std::string& lexicon_path) {
  if (!lexicon_path.empty() || db.empty()) return LoadLexicon(lexicon_path.empty() ? DefaultLexiconPath() : lexicon_path);
  Result<IndexReader> index = IndexReader::Open(db);
  if (!index.ok()) return index.status();
  return DatabaseLexicon(index.value(), lexicon_path);
}

Result<Matcher> LoadMatcherOf(const std::vector<std::string>& db, const std::string& lexicon_path) {
  if (db.empty()) return LoadMatcher(lexicon_path);
  Result<Lexicon> lexicon = LoadLexiconOf(db, lexicon_path);
  if (!lexicon.ok()) return lexicon.status();
  for (const std::string& w : lexicon.value().warnings) std::cerr << w << "\n";
  return Matcher::Compile(lexicon.value());
}

Status WriteOutput(const std::string& out_path, const std::function<void(std::ostream&)>& write) {
  // Through Output: a file appears whole (written beside, then renamed) or not at all.
  std::ostringstream text;
  write(text);
  Result<std::unique_ptr<Output>> out = Output::Open(out_path);
  if (!out.ok()) return out.status();
  if (Status s = out.value()->Write(text.str()); !s.ok()) return s;
  return out.value()->Commit();
}

Status CheckDocumentOutput(const std::string& out_path, const std::string& what) {
  if ((out_path.empty() || out_path == "-") && isatty(STDOUT_FILENO)) {
    return Status::InvalidInput(what + ": give --out FILE (or send stdout to a file)");
  }
  return Status::OK();
}

Status WriteDocument(const std::string& out_path, const Result<std::string>& bytes, const std::string& what) {
  if (Status s = CheckDocumentOutput(out_path, what); !s.ok()) return s;
  if (!bytes.ok()) return bytes.status();
  Result<std::unique_ptr<Output>> out = Output::Open(out_path);
  if (!out.ok()) return out.status();
  if (Status s = out.value()->Write(bytes.value()); !s.ok()) return s;
  return out.value()->Commit();
}

void AddPageOptions(po::options_description& options, std::string& paper, bool& portrait) {
  options.add_options()
      ("page", po::value(&paper)->default_value("a4"), "docx: paper size, a4 or letter")
      ("portrait", po::bool_switch(&portrait), "docx: portrait pages (default: landscape)");
}

Result<DocxPage> PageFromOptions(const std::string& paper, bool portrait) {
  DocxPage page;
  if (paper == "a4") page.paper = PaperSize::kA4;
  else if (paper == "letter") page.paper = PaperSize::kLetter;
  else return Status::InvalidInput("unknown --page '" + paper + "' (a4 or letter)");
  page.orientation = portrait ? PageOrientation::kPortrait : PageOrientation::kLandscape;
  return page;
}

}  // namespace returns::cli
