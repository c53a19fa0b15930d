// Databases for the web app's tests, built once per test binary: the bundled
// corpus (tagged with the default lexicon, round 2013-03) and the hostile
// records of tests/data/hostile (markup and scripts in every field and label;
// not the report tests' HostileRecords() of tests/pipeline/reports, which this binary also has).
// Each is indexed with its lexicon's path, text and theme names kept, as `returns index` does.
#pragma once

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "corpus/intake/record_source.h"
#include "index/query/database_lexicon.h"
#include "index/store/index_writer.h"
#include "lexicon/codebook/default_lexicon.h"
#include "lexicon/codebook/load_lexicon.h"
#include "pipeline/serve/app.h"
#include "tests/corpus/bundled_records.h"
#include "tests/temp_dir.h"

namespace returns::test {

inline void BuildDatabase(const std::string& dir, std::vector<CommentRecord> records, const std::string& lexicon_path) {
  auto lexicon = LoadLexicon(lexicon_path);
  REQUIRE(lexicon.ok());
  auto matcher = Matcher::Compile(lexicon.value());
  REQUIRE(matcher.ok());
  IndexWriterOptions options;
  options.lexicon_name = matcher.value().name();
  options.lexicon_version = matcher.value().version();
  options.lexicon_source = lexicon_path;
  auto file = ReadLexiconFile(lexicon_path);
  REQUIRE(file.ok());
  options.lexicon_text = file.value().text;
  options.lexicon_format = file.value().format;
  options.lexicon_themes = KeptThemeNames(lexicon.value(), options.lexicon_text);
  auto writer = IndexWriter::Open(dir, options);
  REQUIRE(writer.ok());
  for (CommentRecord& r : records) {
    r.tags = matcher.value().Tag(r.text, r.question);
    REQUIRE(writer.value()->Add(r).ok());
  }
  REQUIRE(writer.value()->Commit().ok());
}

inline std::vector<CommentRecord> HostileIndexRecords() {
  SourceOptions options;
  auto source = RecordSource::Open({std::string(RETURNS_SOURCE_DIR) + "/tests/data/hostile/records.jsonl"},
                                   BundledRegister(), options);
  REQUIRE(source.ok());
  std::vector<CommentRecord> all, batch;
  while (source.value()->Next(batch, 100)) all.insert(all.end(), batch.begin(), batch.end());
  REQUIRE(source.value()->status().ok());
  REQUIRE(!all.empty());
  return all;
}

struct ServeDatabases {
  TempDir dir;
  std::string corpus = dir / "kent";
  std::string hostile = dir / "hostile";
  ServeDatabases() {
    BuildDatabase(corpus, BundledRecords("2013-03"), DefaultLexiconPath());
    BuildDatabase(hostile, HostileIndexRecords(), std::string(RETURNS_SOURCE_DIR) + "/tests/data/hostile/lexicon.yaml");
  }
};

inline const ServeDatabases& Databases() {
  static const ServeDatabases dbs;
  return dbs;
}

// An App over `db` whose corrections go to `corrections`.
inline std::unique_ptr<serve::App> OpenApp(const std::string& db, const std::string& corrections) {
  serve::ServeOptions options;
  options.db = {db};
  options.corrections_path = corrections;
  auto app = serve::App::Open(options);
  REQUIRE(app.ok());
  return std::move(app).value();
}

inline serve::HttpRequest Get(const std::string& path,
                              std::initializer_list<std::pair<const std::string, std::string>> params = {}) {
  serve::HttpRequest r;
  r.path = path;
  r.params = params;
  r.host = "127.0.0.1:8080";
  return r;
}

}  // namespace returns::test
