#include <boost/program_options.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <set>

#include "index/query/facet_table_file.h"
#include "index/query/filter_values.h"
#include "index/query/search.h"
#include "index/store/document_codec.h"
#include "index/store/schema.h"
#include "index/store/index_reader.h"
#include "index/store/index_writer.h"
#include "lexicon/codebook/default_lexicon.h"
#include "lexicon/codebook/load_lexicon.h"
#include "pipeline/cli/cli.h"
#include "pipeline/stages/index_sink.h"
#include "pipeline/stages/run.h"
#include "pipeline/cli/progress.h"
#include "corpus/base/parallel.h"

namespace po = boost::program_options;

namespace returns::cli {
namespace {

// The database keeps the lexicon's text, not only its path, so that summary,
// quotes and appendix label themes the same from any directory.
Result<IndexWriterOptions> WriterOptions(const Matcher& matcher, const std::string& lexicon_path, bool wait) {
  IndexWriterOptions o;
  o.wait_for_lock = wait;
  o.lexicon_name = matcher.name();
  o.lexicon_version = matcher.version();
  const std::string path = lexicon_path.empty() ? DefaultLexiconPath() : lexicon_path;
  std::error_code ec;
  const std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  o.lexicon_source = ec ? path : absolute.lexically_normal().string();
  Result<LexiconFile> file = ReadLexiconFile(path);
  if (!file.ok()) return file.status();
  Result<Lexicon> lexicon = ParseLexicon(file.value(), path);
  if (!lexicon.ok()) return lexicon.status();
  o.lexicon_themes = KeptThemeNames(lexicon.value(), file.value().text);
  o.lexicon_text = std::move(file.value().text);
  o.lexicon_format = std::move(file.value().format);
  return o;
}

// For the crash-safety test only: abort after this many comments, as a kill would.
long AbortAfter() {
  const char* v = std::getenv("RETURNS_TEST_ABORT_AFTER");
  return v ? std::atol(v) : -1;
}

// The facet table of the run just made current (facet_table_file.h), for
// the commands that read it. A cache: when it cannot be written they read
// the database as before, so this is a note, not a failure of the run.
void KeepFacetTable(const std::string& command, const std::string& db) {
  Result<bool> kept = RefreshFacetTable(db, kTableCommentsInBudget);
  if (!kept.ok()) {
    const Status& s = kept.status();
    std::cerr << (s.location().empty() ? db : s.location()) << ": note: " << command << " kept no facet table ("
              << s.message() << "); searches read every match instead\n";
  }
}

}  // namespace

int Index(const std::vector<std::string>& args) {
  InputArgs inputs;
  std::string db, lexicon_path;
  bool wait = false, keep_going = false;
  unsigned shards = 0;
  int jobs = 1;
  po::options_description options("returns index FILE... --db DIR [options]");
  options.add_options()
      ("db", po::value(&db), "database directory (created when missing)")
      ("shards", po::value(&shards), "a new database in N shards (DIR/gen-N/shard-NN, listed by the DIR/XAPIANDB stub)")
      ("jobs,j", po::value(&jobs)->default_value(1), "threads to tag and write shards with (0: all cores)")
      ("lexicon", po::value(&lexicon_path), "lexicon: .yaml, LIWC .dic or WordStat .cat; default: the bundled codebook")
      ("wait", po::bool_switch(&wait), "wait for another writer to finish instead of failing")
      ("keep-going", po::bool_switch(&keep_going), "commit the taken records even when some were rejected (exit 1 still)");
  if (!ParseInputCommand(args, options, inputs)) return kExitOk;
  if (db.empty()) return Fail(Status::InvalidInput("index", "--db DIR is required"));
  if (inputs.files.empty()) return Fail(Status::InvalidInput("index", "no input files"));

  Result<Matcher> matcher = LoadMatcher(lexicon_path);
  if (!matcher.ok()) return Fail(matcher.status());
  Result<Register> reg = LoadRegister(inputs);
  if (!reg.ok()) return Fail(reg.status());
  if (jobs < 0) return Fail(Status::InvalidInput("index", "--jobs is 0 (all cores) or more"));
  if (jobs == 0) jobs = AllCores();
  SourceOptions read;
  // A comment with no round could be neither replaced nor removed later.
  read.require_round = true;
  // A field too long for a Xapian term rejects its record, not the run.
  read.check = [](const CommentRecord& r) { return TermProblem(r); };
  Result<std::unique_ptr<RecordSource>> source = OpenSource(inputs, reg.value(), read);
  if (!source.ok()) return Fail(source.status());
  Result<IndexWriterOptions> writer_options = WriterOptions(matcher.value(), lexicon_path, wait);
  if (!writer_options.ok()) return Fail(writer_options.status());
  writer_options.value().shards = shards;
  Result<std::unique_ptr<IndexWriter>> writer = IndexWriter::Open(db, writer_options.value());
  if (!writer.ok()) return Fail(writer.status());
  IndexSink sink(std::move(writer.value()), AbortAfter());

  // One read: a reject leaves the run uncommitted (FinishRun), unless --keep-going;
  // --strict also stops reading at the first.
  StageOptions stages;
  stages.matcher = &matcher.value();
  stages.jobs = jobs;
  stages.batch = 8192;
  const Result<size_t> ran = RunStages(*source.value(), sink, stages);
  return FinishRun("index", ran, *source.value(), sink, inputs, [&] {
    KeepFacetTable("index", db);
    // A return indexed again replaces the earlier one: said when that one came from another file.
    for (const std::string& line : DescribeReplaced(sink.replaced_from_other_files())) {
      std::cerr << "index: " << line << "\n";
    }
    // So is a file of the same name from another place, the earlier one gone.
    for (const std::string& line : DescribeReplacedFiles(sink.replaced_files())) std::cerr << "index: " << line << "\n";
    Result<IndexReader> reader = IndexReader::Open(db);
    std::cerr << "index: " << ran.value() << (ran.value() == 1 ? " comment" : " comments") << " indexed into " << db;
    if (Result<IndexInfo> info = reader.ok() ? reader.value().Metadata() : reader.status(); info.ok()) {
      std::cerr << " (" << info.value().documents << (info.value().documents == 1 ? " document)" : " documents)");
    }
    std::cerr << "\n";
  }, keep_going ? OnRejects::kKeepGoing : OnRejects::kCommitNothing);
}

int Reindex(const std::vector<std::string>& args) {
  std::string db, lexicon_path;
  bool wait = false;
  po::options_description options("returns reindex --db DIR --lexicon FILE [--wait]");
  options.add_options()
      ("db", po::value(&db), "database directory")
      ("lexicon", po::value(&lexicon_path), "the lexicon to re-tag with")
      ("wait", po::bool_switch(&wait), "wait for another writer to finish instead of failing");
  if (!ParseOptions(args, options, nullptr)) return kExitOk;
  if (db.empty() || lexicon_path.empty()) {
    return Fail(Status::InvalidInput("reindex", "--db DIR and --lexicon FILE are required"));
  }
  // A database of an older schema is rewritten in this one (upgrade below);
  // nothing is written where there is no database, or into a file.
  if (Result<IndexReader> existing = IndexReader::Open(db);
      !existing.ok() && (existing.status().code() == Status::Code::kNotFound || !std::filesystem::is_directory(db))) {
    return Fail(existing.status());
  }
  Result<Matcher> matcher = LoadMatcher(lexicon_path);
  if (!matcher.ok()) return Fail(matcher.status());
  Result<IndexWriterOptions> writer_options = WriterOptions(matcher.value(), lexicon_path, wait);
  if (!writer_options.ok()) return Fail(writer_options.status());
  writer_options.value().upgrade = true;  // every comment is rewritten: an older schema's database comes up to date
  Result<std::unique_ptr<IndexWriter>> writer = IndexWriter::Open(db, writer_options.value());
  if (!writer.ok()) return Fail(writer.status());
  Result<unsigned> changed = writer.value()->Retag(matcher.value());
  if (!changed.ok()) return Fail(changed.status());
  if (Status s = writer.value()->Commit(); !s.ok()) return Fail(s);
  KeepFacetTable("reindex", db);
  std::cerr << "reindex: " << changed.value() << " comments re-tagged differently with " << matcher.value().name() << " "
            << matcher.value().version() << "\n";
  return kExitOk;
}

}  // namespace returns::cli

namespace returns::cli {

int Remove(const std::vector<std::string>& args) {
  std::string db, round, collaborative, register_path;
  bool wait = false;
  po::options_description options("returns remove --db DIR --round LABEL [--collaborative NAME]");
  options.add_options()
      ("db", po::value(&db), "database directory")
      ("round", po::value(&round), "the round to take out")
      ("collaborative", po::value(&collaborative), "only this collaborative's returns (its canonical name or an alias)")
      ("register", po::value(&register_path), "register of collaboratives for the names --collaborative stands for; default: the bundled one")
      ("wait", po::bool_switch(&wait), "wait for another writer to finish instead of failing");
  if (!ParseOptions(args, options, nullptr)) return kExitOk;
  if (db.empty() || round.empty()) return Fail(Status::InvalidInput("remove", "--db DIR and --round LABEL are required"));
  Result<IndexReader> existing = IndexReader::Open(db);
  if (!existing.ok()) return Fail(existing.status());
  const Result<IndexInfo> read = existing.value().Metadata();
  if (!read.ok()) return Fail(read.status());
  const IndexInfo& info = read.value();
  // A collaborative stands for every name the register gives it, as in search
  // ("RAiD" removes "Raising Achievement in Dover (RAiD)"); a comment holds one
  // collaborative term, so removing name by name counts each comment once.
  Result<Register> reg = LoadRegister(register_path);
  if (!reg.ok()) return Fail(reg.status());
  // Nothing to take out is found before any writing: a writer's new
  // generation starts as a copy of the database, which is not made for nothing.
  SearchRequest wanted;
  wanted.round = round;
  wanted.collaborative = collaborative;
  wanted.reg = &reg.value();
  wanted.limit = 1;
  wanted.facets = false;
  const Result<SearchResults> found = Search(existing.value(), wanted);
  if (!found.ok()) return Fail(found.status());
  if (found.value().hits.empty()) {
    // A round or collaborative the database does not hold is a typo: say so, with the nearest.
    if (Status s = CheckEmptySelection(existing.value(), wanted, &reg.value()); !s.ok()) return Fail(s);
    std::cerr << "remove: no comments of round " << round
              << (collaborative.empty() ? "" : ", collaborative " + collaborative) << " in " << db
              << ": nothing changed\n";
    return kExitOk;
  }
  IndexWriterOptions o;
  o.wait_for_lock = wait;
  o.lexicon_name = info.lexicon_name;
  o.lexicon_version = info.lexicon_version;
  o.lexicon_source = info.lexicon_source;
  o.lexicon_text = info.lexicon_text;
  o.lexicon_format = info.lexicon_format;
  o.lexicon_themes = info.lexicon_themes;
  Result<std::unique_ptr<IndexWriter>> writer = IndexWriter::Open(db, o);
  if (!writer.ok()) return Fail(writer.status());
  std::vector<std::string> names{collaborative};
  if (!collaborative.empty()) names = reg.value().NamesOf(collaborative);
  std::set<std::string> seen;
  unsigned removed = 0;
  for (const std::string& name : names) {
    if (!seen.insert(schema::FilterValue(name)).second) continue;
    Result<unsigned> n = writer.value()->Remove(round, name);
    if (!n.ok()) return Fail(n.status());
    removed += n.value();
  }
  if (Status s = writer.value()->Commit(); !s.ok()) return Fail(s);
  KeepFacetTable("remove", db);
  std::cerr << "remove: " << removed << " comments of round " << round
            << (collaborative.empty() ? "" : ", collaborative " + collaborative) << " removed from " << db << "\n";
  return kExitOk;
}

}  // namespace returns::cli
