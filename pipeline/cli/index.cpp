#include <boost/program_options.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "index/store/index_reader.h"
#include "index/store/index_writer.h"
#include "lexicon/codebook/default_lexicon.h"
#include "pipeline/cli/cli.h"
#include "pipeline/stages/index_records.h"
#include "pipeline/cli/progress.h"
#include "corpus/base/parallel.h"

namespace po = boost::program_options;

namespace returns::cli {
namespace {

IndexWriterOptions WriterOptions(const Matcher& matcher, const std::string& lexicon_path, bool wait) {
  IndexWriterOptions o;
  o.wait_for_lock = wait;
  o.lexicon_name = matcher.name();
  o.lexicon_version = matcher.version();
  o.lexicon_source = lexicon_path.empty() ? DefaultLexiconPath() : lexicon_path;
  return o;
}

// For the crash-safety test only: abort after this many comments, as a kill would.
long AbortAfter() {
  const char* v = std::getenv("RETURNS_TEST_ABORT_AFTER");
  return v ? std::atol(v) : -1;
}

}  // namespace

int Index(const std::vector<std::string>& args) {
  InputArgs inputs;
  std::string db, lexicon_path;
  bool wait = false;
  unsigned shards = 0;
  int jobs = 1;
  po::options_description options("returns index FILE... --db DIR [options]");
  options.add_options()
      ("db", po::value(&db), "database directory (created when missing)")
      ("shards", po::value(&shards), "a new database in N shards (DIR/shard-NN and a DIR/XAPIANDB stub)")
      ("jobs,j", po::value(&jobs)->default_value(1), "threads to tag and write shards with (0: all cores)")
      ("lexicon", po::value(&lexicon_path), "lexicon: .yaml, LIWC .dic or WordStat .cat; default: the bundled codebook")
      ("wait", po::bool_switch(&wait), "wait for another writer to finish instead of failing");
  if (!ParseInputCommand(args, options, inputs)) return kExitOk;
  if (db.empty()) return Fail(Status::InvalidInput("index: error: --db DIR is required"));
  if (inputs.files.empty()) return Fail(Status::InvalidInput("index: error: no input files"));

  Result<Matcher> matcher = LoadMatcher(lexicon_path);
  if (!matcher.ok()) return Fail(matcher.status());
  Result<IngestOptions> intake_options = MakeIngestOptions(inputs);
  if (!intake_options.ok()) return Fail(intake_options.status());
  Result<Register> reg = LoadRegister(inputs);
  if (!reg.ok()) return Fail(reg.status());
  if (jobs < 0) return Fail(Status::InvalidInput("index: error: --jobs is 0 (all cores) or more"));
  if (jobs == 0) jobs = AllCores();
  Result<std::vector<std::string>> files = ExpandPaths(inputs.files);
  if (!files.ok()) return Fail(files.status());
  // --strict writes nothing when any record is bad: check everything first.
  if (inputs.strict) {
    Result<TagInput> input = ReadTagRecords(inputs.files, reg.value(), intake_options.value());
    if (!input.ok()) return Fail(input.status());
    if (!input.value().intake.rejects.empty()) return FinishIntake("index", input.value().intake, inputs);
  }
  IndexWriterOptions writer_options = WriterOptions(matcher.value(), lexicon_path, wait);
  writer_options.shards = shards;
  Result<std::unique_ptr<IndexWriter>> writer = IndexWriter::Open(db, writer_options);
  if (!writer.ok()) return Fail(writer.status());

  const long abort_after = AbortAfter();
  size_t added = 0;
  Ingested intake;
  // Tags a batch on `jobs` threads and writes it (each shard on its own thread).
  auto index_batch = [&](const std::vector<TagRecord>& records) -> Status {
    std::vector<IndexedComment> batch(records.size());
    ParallelFor(records.size(), jobs, [&](size_t i) {
      batch[i] = ToIndexedComment(records[i], matcher.value().Tag(records[i].text, records[i].question), inputs.round);
    });
    if (Status s = writer.value()->AddBatch(batch, jobs); !s.ok()) return s;
    added += records.size();
    if (abort_after >= 0 && added >= static_cast<size_t>(abort_after)) std::abort();
    return Status::OK();
  };
  constexpr size_t kBatch = 8192;
  for (const std::string& file : files.value()) {
    if (IsJsonlInput(file, intake_options.value().format)) {
      // Streamed: memory stays flat however large the file.
      std::ifstream in(file, std::ios::binary);
      if (!in) return Fail(Status::IOError(file + ": error: cannot open file"));
      ++intake.files;
      ProgressBar bar("MB indexed", std::filesystem::file_size(file) >> 20, 20);
      std::vector<TagRecord> records;
      Status failed = Status::OK();
      ForEachLine(in, [&](int number, const std::string& line) {
        if (!failed.ok()) return;
        ++intake.records;
        TagRecord record;
        Reject reject;
        if (ParseJsonlRecord(line, file, number, record, reject)) records.push_back(std::move(record));
        else intake.rejects.push_back(std::move(reject));
        if (records.size() == kBatch) {
          failed = index_batch(records);
          records.clear();
          bar.Update(static_cast<uintmax_t>(in.tellg()) >> 20);
        }
      });
      if (!failed.ok()) return Fail(failed);
      if (Status s = index_batch(records); !s.ok()) return Fail(s);
      bar.Update(std::filesystem::file_size(file) >> 20);
      continue;
    }
    Result<Ingested> ingested = IngestFiles({file}, reg.value(), intake_options.value());
    if (!ingested.ok()) return Fail(ingested.status());
    const std::vector<TagRecord> records = RecordsFromReturns(ingested.value().returns);
    for (size_t start = 0; start < records.size(); start += kBatch) {
      const std::vector<TagRecord> batch(records.begin() + static_cast<long>(start),
                                         records.begin() + static_cast<long>(std::min(records.size(), start + kBatch)));
      if (Status s = index_batch(batch); !s.ok()) return Fail(s);
    }
    intake.files += ingested.value().files;
    intake.records += ingested.value().records;
    for (Reject& r : ingested.value().rejects) intake.rejects.push_back(std::move(r));
  }
  if (Status s = writer.value()->Commit(); !s.ok()) return Fail(s);
  Result<IndexReader> reader = IndexReader::Open(db);
  if (!reader.ok()) return Fail(reader.status());
  std::cerr << "index: " << added << " comments indexed into " << db << " (" << reader.value().Info().documents
            << " documents)\n";
  return FinishIntake("index", intake, inputs);
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
    return Fail(Status::InvalidInput("reindex: error: --db DIR and --lexicon FILE are required"));
  }
  if (Result<IndexReader> existing = IndexReader::Open(db); !existing.ok()) return Fail(existing.status());
  Result<Matcher> matcher = LoadMatcher(lexicon_path);
  if (!matcher.ok()) return Fail(matcher.status());
  Result<std::unique_ptr<IndexWriter>> writer = IndexWriter::Open(db, WriterOptions(matcher.value(), lexicon_path, wait));
  if (!writer.ok()) return Fail(writer.status());
  Result<unsigned> changed = writer.value()->Retag(matcher.value());
  if (!changed.ok()) return Fail(changed.status());
  if (Status s = writer.value()->Commit(); !s.ok()) return Fail(s);
  std::cerr << "reindex: " << changed.value() << " comments re-tagged differently with " << matcher.value().name() << " "
            << matcher.value().version() << "\n";
  return kExitOk;
}

}  // namespace returns::cli

namespace returns::cli {

int Remove(const std::vector<std::string>& args) {
  std::string db, round, collaborative;
  bool wait = false;
  po::options_description options("returns remove --db DIR --round LABEL [--collaborative NAME]");
  options.add_options()
      ("db", po::value(&db), "database directory")
      ("round", po::value(&round), "the round to take out")
      ("collaborative", po::value(&collaborative), "only this collaborative's returns")
      ("wait", po::bool_switch(&wait), "wait for another writer to finish instead of failing");
  if (!ParseOptions(args, options, nullptr)) return kExitOk;
  if (db.empty() || round.empty()) return Fail(Status::InvalidInput("remove: error: --db DIR and --round LABEL are required"));
  Result<IndexReader> existing = IndexReader::Open(db);
  if (!existing.ok()) return Fail(existing.status());
  const IndexInfo info = existing.value().Info();
  IndexWriterOptions o;
  o.wait_for_lock = wait;
  o.lexicon_name = info.lexicon_name;
  o.lexicon_version = info.lexicon_version;
  o.lexicon_source = info.lexicon_source;
  Result<std::unique_ptr<IndexWriter>> writer = IndexWriter::Open(db, o);
  if (!writer.ok()) return Fail(writer.status());
  Result<unsigned> removed = writer.value()->Remove(round, collaborative);
  if (!removed.ok()) return Fail(removed.status());
  if (Status s = writer.value()->Commit(); !s.ok()) return Fail(s);
  std::cerr << "remove: " << removed.value() << " comments of round " << round
            << (collaborative.empty() ? "" : ", collaborative " + collaborative) << " removed from " << db << "\n";
  return kExitOk;
}

}  // namespace returns::cli
