#include "index/store/index_reader.h"

#include <filesystem>
#include <sstream>

#include "index/store/generations.h"
#include "index/store/index_writer.h"
#include "index/store/schema.h"
#include "index/store/vocabulary.h"

namespace returns {

namespace {

Status NoDatabase(const std::string& dir) {
  return Status::NotFound(dir, "no database here (build one with 'returns index … --db " + dir + "')");
}

}  // namespace

namespace {

// The shards a folder's stub lists as "auto RELATIVE-PATH" (as our writer
// writes them); none when the folder is a Xapian database itself, has no
// stub, or its stub lists anything else (remote shards): Xapian opens those.
std::vector<std::string> LocalShards(const std::string& dir, const std::string& stub) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec) || std::filesystem::exists(std::filesystem::path(dir) / "iamglass", ec)) {
    return {};
  }
  std::vector<std::string> shards;
  std::istringstream lines(stub);
  std::string kind, path;
  while (lines >> kind >> path) {
    if (kind != "auto" || std::filesystem::path(path).is_absolute()) return {};
    shards.push_back(path);
  }
  return shards;
}

}  // namespace

Result<IndexReader> IndexReader::Open(const std::string& dir) {
  std::error_code ec;
  if (!std::filesystem::exists(dir, ec)) return NoDatabase(dir);
  // A writer may switch generations and delete the one the stub named while
  // it is being opened: then the stub has changed, and we open again.
  for (int attempt = 0;; ++attempt) {
    const std::string stub = ReadStub(dir);
    try {
      // The stub's local shards opened one by one and added in its order —
      // as Xapian opens a stub — so that each has a handle of its own.
      Xapian::Database db;
      std::vector<Xapian::Database> shards;
      const std::vector<std::string> local = LocalShards(dir, stub);
      if (local.empty()) {
        db = Xapian::Database(dir);
        // A Xapian database itself is its one shard; a stub Xapian opened may
        // list remote shards, which are not at hand: none then.
        std::error_code missing;
        if (std::filesystem::exists(std::filesystem::path(dir) / "iamglass", missing)) shards.push_back(db);
      } else {
        for (const std::string& shard : local) {
          shards.emplace_back((std::filesystem::path(dir) / shard).string());
          db.add_database(shards.back());
        }
      }
      if (Status s = CheckSchema(db.get_metadata(schema::kSchemaKey), dir); !s.ok()) return s;
      std::vector<Xapian::Database> parts{db};
      return IndexReader(std::move(db), std::move(shards), dir, {dir}, {stub}, std::move(parts));
    } catch (const Xapian::DatabaseCorruptError& e) {
      if (attempt < 5 && ReadStub(dir) != stub) continue;
      return Status::Corruption(dir, "corrupt database: " + e.get_msg());
    } catch (const Xapian::DatabaseNotFoundError&) {
      // A folder (or file) that holds no database: an empty one, any other.
      if (attempt < 5 && ReadStub(dir) != stub) continue;
      return NoDatabase(dir);
    } catch (const Xapian::DatabaseOpeningError& e) {
      if (attempt < 5 && ReadStub(dir) != stub) continue;
      // A file is read as a stub listing databases: any other file is not one.
      if (std::filesystem::is_regular_file(dir, ec)) {
        return Status::InvalidInput(dir, "not a database, nor a stub file listing databases (" + e.get_msg() + ")");
      }
      return Status::IOError(dir, "cannot open the database: " + e.get_description());
    } catch (const Xapian::Error& e) {
      if (attempt < 5 && ReadStub(dir) != stub) continue;
      return Status::IOError(dir, "cannot open the database: " + e.get_description());
    }
  }
}

Result<IndexReader> IndexReader::Open(const std::vector<std::string>& dirs) {
  if (dirs.empty()) return Status::InvalidInput("no database given (--db DIR)");
  Result<IndexReader> first = Open(dirs.front());
  if (!first.ok() || dirs.size() == 1) return first;
  Xapian::Database all = first.value().db_;
  std::vector<Xapian::Database> shards = first.value().shards_;
  bool all_local = !shards.empty();
  std::vector<Xapian::Database> parts = first.value().parts_;
  std::string names = dirs.front();
  for (size_t i = 1; i < dirs.size(); ++i) {
    Result<IndexReader> more = Open(dirs[i]);
    if (!more.ok()) return more.status();
    all.add_database(more.value().db_);
    parts.push_back(more.value().db_);
    all_local = all_local && !more.value().shards_.empty();
    shards.insert(shards.end(), more.value().shards_.begin(), more.value().shards_.end());
    names += "+" + dirs[i];
    first.value().stubs_.push_back(more.value().stubs_.front());
  }
  if (!all_local) shards.clear();
  return IndexReader(std::move(all), std::move(shards), names, dirs, std::move(first.value().stubs_), std::move(parts));
}

bool IndexReader::FacetsFromTerms() const {
  // Several databases: one's terms may name what another's name otherwise.
  return dirs_.size() == 1 && db_.get_metadata(schema::kFacetTermsKey) == "exact";
}

Result<IndexInfo> IndexReader::Metadata() const try {
  IndexInfo info;
  info.documents = db_.get_doccount();
  info.lexicon_name = db_.get_metadata(schema::kLexiconNameKey);
  info.lexicon_version = db_.get_metadata(schema::kLexiconVersionKey);
  info.lexicon_source = db_.get_metadata(schema::kLexiconSourceKey);
  info.lexicon_text = db_.get_metadata(schema::kLexiconTextKey);
  info.lexicon_format = db_.get_metadata(schema::kLexiconFormatKey);
  info.lexicon_themes = db_.get_metadata(schema::kLexiconThemesKey);
  info.schema_version = db_.get_metadata(schema::kSchemaKey);
  info.written_at = db_.get_metadata(schema::kWrittenAtKey);
  return info;
} catch (const Xapian::Error& e) {
  return Status::IOError(dir_, "cannot read the database: " + e.get_description());
}

Result<IndexInfo> IndexReader::Info() const try {
  Result<IndexInfo> read = Metadata();
  if (!read.ok()) return read.status();
  IndexInfo info = std::move(read).value();
  for (auto it = db_.allterms_begin(schema::kReturnPrefix); it != db_.allterms_end(schema::kReturnPrefix); ++it) {
    ++info.returns;
  }
  const std::string round_prefix = schema::kRoundPrefix;
  for (auto it = db_.allterms_begin(round_prefix); it != db_.allterms_end(round_prefix); ++it) {
    info.rounds.push_back((*it).substr(round_prefix.size()));
  }
  return info;
} catch (const Xapian::Error& e) {
  return Status::IOError(dir_, "cannot read the database: " + e.get_description());
}

Result<std::shared_ptr<const std::vector<std::string>>> IndexReader::Vocabulary() const try {
  if (!vocabulary_) {
    auto words = std::make_shared<std::vector<std::string>>();
    for (const Xapian::Database& part : parts_) AddVocabulary(part.get_metadata(schema::kVocabularyKey), *words);
    vocabulary_ = std::move(words);
  }
  return vocabulary_;
} catch (const Xapian::Error& e) {
  return Status::IOError(dir_, "cannot read the database: " + e.get_description());
}

Result<bool> IndexReader::Reopen() try {
  for (size_t i = 0; i < dirs_.size(); ++i) {
    if (ReadStub(dirs_[i]) == stubs_[i]) continue;
    // A new generation: Xapian's reopen() stays with the databases it has.
    Result<IndexReader> fresh = Open(dirs_);
    if (!fresh.ok()) return fresh.status();
    *this = std::move(fresh).value();
    return true;
  }
  const bool moved = db_.reopen();
  if (moved) vocabulary_.reset();
  return moved;
} catch (const Xapian::Error& e) {
  return Status::IOError(dir_, "cannot reopen the database: " + e.get_description());
}

}  // namespace returns
