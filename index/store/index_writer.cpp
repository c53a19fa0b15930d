#include "index/store/index_writer.h"

#include <xapian.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <set>

#include "index/store/document_codec.h"
#include "index/store/schema.h"
#include "corpus/base/parallel.h"

namespace returns {

namespace {

struct Shard {
  Xapian::WritableDatabase db;
  Xapian::TermGenerator termgen;
  std::set<std::string> returns_replaced;  // return terms already cleared in this run
};

constexpr const char* kStubName = "XAPIANDB";

// FNV-1a: a return's comments always go to the same shard, on any machine.
uint64_t StableHash(const std::string& s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

std::string ShardName(unsigned i) {
  char name[24];
  std::snprintf(name, sizeof name, "shard-%02u", i);
  return name;
}

}  // namespace

struct IndexWriter::Impl {
  std::vector<Shard> shards;
  IndexWriterOptions options;
  std::string dir;
  bool committed = false;

  Shard& ShardOf(const CommentRecord& c) { return shards[StableHash(ReturnTerm(c)) % shards.size()]; }

  static void AddTo(Shard& shard, const CommentRecord& comment) {
    const Xapian::Document doc = EncodeComment(comment, shard.termgen);
    const std::string return_term = ReturnTerm(comment);
    if (shard.returns_replaced.insert(return_term).second) shard.db.delete_document(return_term);
    shard.db.replace_document(IdTerm(comment), doc);
  }
};

Status CheckSchema(const std::string& schema_value, const std::string& dir) {
  if (schema_value == std::to_string(schema::kSchemaVersion)) return Status::OK();
  if (schema_value.empty()) return Status::InvalidInput(dir, "not a returns database (no schema version)");
  return Status::InvalidInput(dir, "database schema version " + schema_value + ", this program reads version " +
                              std::to_string(schema::kSchemaVersion) + "; rebuild it with 'returns index'");
}

Result<std::unique_ptr<IndexWriter>> IndexWriter::Open(const std::string& dir, const IndexWriterOptions& options) {
  namespace fs = std::filesystem;
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->dir = dir;
  std::error_code ec;
  const fs::path stub = fs::path(dir) / kStubName;
  std::vector<std::string> paths;
  if (fs::exists(stub, ec)) {
    std::ifstream in(stub);
    std::string kind, path;
    while (in >> kind >> path) {
      if (kind != "auto") return Status::InvalidInput(stub.string(), "a writable stub lists 'auto' shards only");
      paths.push_back((fs::path(dir) / path).string());
    }
    if (options.shards > 0 && options.shards != paths.size()) {
      return Status::InvalidInput(dir, "the database has " + std::to_string(paths.size()) + " shards, not " +
                                  std::to_string(options.shards));
    }
  } else if (options.shards > 1) {
    const bool fresh = !fs::exists(dir, ec) || fs::is_empty(dir, ec);
    if (!fresh) return Status::InvalidInput(dir, "a database already here is not sharded");
    fs::create_directories(dir, ec);
    std::ofstream out(stub);
    for (unsigned i = 0; i < options.shards; ++i) {
      out << "auto " << ShardName(i) << "\n";
      paths.push_back((fs::path(dir) / ShardName(i)).string());
    }
    if (!out.flush()) return Status::IOError(stub.string(), "cannot write the stub file");
  } else {
    paths.push_back(dir);
  }
  try {
    const int flags = Xapian::DB_CREATE_OR_OPEN | (options.wait_for_lock ? Xapian::DB_RETRY_LOCK : 0);
    impl->shards.resize(paths.size());
    for (size_t i = 0; i < paths.size(); ++i) {
      Shard& shard = impl->shards[i];
      shard.db = Xapian::WritableDatabase(paths[i], flags);
      const std::string schema_value = shard.db.get_metadata(schema::kSchemaKey);
      if (shard.db.get_doccount() > 0 || !schema_value.empty()) {
        if (Status s = CheckSchema(schema_value, dir); !s.ok()) return s;
      }
      shard.termgen.set_stemmer(Xapian::Stem("english"));
      // Stemmed terms with positions too, so that a phrase matches its
      // inflections ("learning walk" finds "Learning Walks").
      shard.termgen.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME_FULL_POS);
      shard.db.begin_transaction();
    }
  } catch (const Xapian::DatabaseLockError&) {
    return Status::IOError(dir, "another writer holds the lock on this database (use --wait to wait for it)");
  } catch (const Xapian::DatabaseCorruptError& e) {
    return Status::Corruption(dir, "corrupt database: " + e.get_msg());
  } catch (const Xapian::Error& e) {
    return Status::IOError(dir, "cannot open the database for writing: " + e.get_description());
  }
  return std::unique_ptr<IndexWriter>(new IndexWriter(std::move(impl)));
}

IndexWriter::IndexWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

IndexWriter::~IndexWriter() {
  if (!impl_ || impl_->committed) return;
  for (Shard& shard : impl_->shards) {
    try {
      shard.db.cancel_transaction();
      shard.db.close();
    } catch (const Xapian::Error&) {
      // Closing without commit discards the transaction anyway.
    }
  }
}

unsigned IndexWriter::shard_count() const { return static_cast<unsigned>(impl_->shards.size()); }

Status IndexWriter::Add(const CommentRecord& comment) {
  try {
    Impl::AddTo(impl_->ShardOf(comment), comment);
  } catch (const Xapian::Error& e) {
    return Status::IOError(impl_->dir, "cannot add " + comment.comment_key() + ": " + e.get_description());
  }
  return Status::OK();
}

Status IndexWriter::AddBatch(const std::vector<CommentRecord>& comments, int jobs) {
  std::vector<std::vector<const CommentRecord*>> per_shard(impl_->shards.size());
  for (const CommentRecord& c : comments) {
    per_shard[StableHash(ReturnTerm(c)) % impl_->shards.size()].push_back(&c);
  }
  std::vector<std::string> errors(impl_->shards.size());
  ParallelFor(impl_->shards.size(), jobs, [&](size_t s) {
    try {
      for (const CommentRecord* c : per_shard[s]) Impl::AddTo(impl_->shards[s], *c);
    } catch (const Xapian::Error& e) {
      errors[s] = e.get_description();
    }
  });
  for (const std::string& e : errors) {
    if (!e.empty()) return Status::IOError(impl_->dir, "cannot add comments: " + e);
  }
  return Status::OK();
}

Result<unsigned> IndexWriter::Retag(const Matcher& matcher) {
  unsigned changed = 0;
  try {
    for (Shard& shard : impl_->shards) {
    for (auto it = shard.db.postlist_begin(""); it != shard.db.postlist_end(""); ++it) {
      const Xapian::docid id = *it;
      Result<CommentRecord> c = DecodeComment(shard.db.get_document(id));
      if (!c.ok()) return Status::Corruption(impl_->dir, c.status().message());
      Tagging tagging = matcher.Tag(c.value().text, c.value().question);
      const Tagging& before = c.value().tagging();
      const bool same = tagging.themes == before.themes && tagging.pending == before.pending &&
                        std::equal(tagging.matches.begin(), tagging.matches.end(), before.matches.begin(),
                                   before.matches.end(), [](const ThemeMatch& a, const ThemeMatch& b) {
                                     return a.theme == b.theme && a.rule == b.rule && a.start == b.start &&
                                            a.end == b.end && a.pending == b.pending;
                                   });
      c.value().tags = std::move(tagging);
      shard.db.replace_document(id, EncodeComment(c.value(), shard.termgen));
      if (!same) ++changed;
    }
    }
  } catch (const Xapian::Error& e) {
    return Status::IOError(impl_->dir, "re-tagging failed: " + e.get_description());
  }
  return changed;
}

Result<unsigned> IndexWriter::Remove(const std::string& round, const std::string& collaborative) {
  try {
    Xapian::Query query(std::string(schema::kRoundPrefix) + schema::FilterValue(round));
    if (!collaborative.empty()) {
      query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                            Xapian::Query(std::string(schema::kCollaborativePrefix) + schema::FilterValue(collaborative)));
    }
    unsigned removed = 0;
    for (Shard& shard : impl_->shards) {
      Xapian::Enquire enquire(shard.db);
      enquire.set_query(query);
      const Xapian::MSet mset = enquire.get_mset(0, shard.db.get_doccount());
      std::vector<Xapian::docid> ids;
      for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(*it);
      for (Xapian::docid id : ids) shard.db.delete_document(id);
      removed += static_cast<unsigned>(ids.size());
    }
    return removed;
  } catch (const Xapian::Error& e) {
    return Status::IOError(impl_->dir, "cannot remove: " + e.get_description());
  }
}

Status IndexWriter::Commit() {
  char when[32];
  const std::time_t now = std::time(nullptr);
  std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  try {
    for (Shard& shard : impl_->shards) {
      shard.db.set_metadata(schema::kSchemaKey, std::to_string(schema::kSchemaVersion));
      shard.db.set_metadata(schema::kLexiconNameKey, impl_->options.lexicon_name);
      shard.db.set_metadata(schema::kLexiconVersionKey, impl_->options.lexicon_version);
      shard.db.set_metadata(schema::kLexiconSourceKey, impl_->options.lexicon_source);
      shard.db.set_metadata(schema::kLexiconTextKey, impl_->options.lexicon_text);
      shard.db.set_metadata(schema::kLexiconFormatKey, impl_->options.lexicon_format);
      shard.db.set_metadata(schema::kWrittenAtKey, when);
      shard.db.commit_transaction();
    }
    for (Shard& shard : impl_->shards) shard.db.close();
    impl_->committed = true;
  } catch (const Xapian::Error& e) {
    return Status::IOError(impl_->dir, "commit failed: " + e.get_description());
  }
  return Status::OK();
}

}  // namespace returns
