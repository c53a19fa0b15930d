#include "pipeline/cli/selection_options.h"

#include <sstream>

#include "lexicon/codebook/default_lexicon.h"
#include "lexicon/codebook/load_lexicon.h"
#include "pipeline/writers/output.h"

namespace po = boost::program_options;

namespace returns::cli {
namespace {

// The lexicon whose labels a selection shows: --lexicon, else the one the
// database keeps (its text, so the labels do not depend on where the command
// runs), else — a database written without it — the default.
Result<Lexicon> LoadLabels(const IndexReader& index, const std::string& lexicon_path) {
  if (!lexicon_path.empty()) return LoadLexicon(lexicon_path);
  Result<IndexInfo> info = index.Info();
  if (!info.ok()) return info.status();
  if (info.value().lexicon_text.empty()) return LoadLexicon(DefaultLexiconPath());
  return ParseLexicon({info.value().lexicon_text, info.value().lexicon_format},
                      index.dir() + " (the lexicon kept in the database)");
}

}  // namespace

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
  positional.add("query", -1);
}

Result<LoadedSelection> LoadSelection(SelectionArgs& args) {
  if (args.db.empty()) return Status::InvalidInput("--db DIR is required");
  if (args.request.question < 0 || args.request.question > 5) return Status::InvalidInput("--question is 1-5");
  for (const std::string& w : args.query_words) args.request.query += (args.request.query.empty() ? "" : " ") + w;
  Result<IndexReader> index = IndexReader::Open(args.db);
  if (!index.ok()) return index.status();
  Result<Lexicon> lexicon = LoadLabels(index.value(), args.lexicon_path);
  if (!lexicon.ok()) return lexicon.status();
  LoadedSelection out;
  for (const Theme& t : lexicon.value().themes) out.themes.push_back({t.id, t.label});
  out.lexicon = std::move(lexicon).value();
  Result<Register> reg = Register::Load(args.register_path.empty() ? Register::DefaultPath() : args.register_path);
  if (!reg.ok()) return reg.status();
  args.request.reg = &reg.value();
  Result<std::vector<CommentRecord>> comments = Select(index.value(), args.request);
  args.request.reg = nullptr;  // the register ends here
  if (!comments.ok()) return comments.status();
  out.comments = std::move(comments).value();
  out.description = DescribeSelection(args.request);
  return out;
}

Result<Lexicon> LoadLexiconOf(const std::vector<std::string>& db, const std::string& lexicon_path) {
  if (!lexicon_path.empty() || db.empty()) return LoadLexicon(lexicon_path.empty() ? DefaultLexiconPath() : lexicon_path);
  Result<IndexReader> index = IndexReader::Open(db);
  if (!index.ok()) return index.status();
  return LoadLabels(index.value(), lexicon_path);
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

}  // namespace returns::cli
