#include "index/index_writer.h"

#include <xapian.h>

#include <ctime>
#include <set>

#include "index/document_codec.h"
#include "index/schema.h"

namespace returns {

struct IndexWriter::Impl {
  Xapian::WritableDatabase db;
  Xapian::TermGenerator termgen;
  IndexWriterOptions options;
  std::string dir;
  bool committed = false;
  std::set<std::string> returns_replaced;  // return terms already cleared in this run
};

Status CheckSchema(const std::string& schema_value, const std::string& dir) {
  if (schema_value == std::to_string(schema::kSchemaVersion)) return Status::OK();
  if (schema_value.empty()) return Status::InvalidInput(dir + ": error: not a returns database (no schema version)");
  return Status::InvalidInput(dir + ": error: database schema version " + schema_value + ", this program reads version " +
                              std::to_string(schema::kSchemaVersion) + "; rebuild it with 'returns index'");
}

Result<std::unique_ptr<IndexWriter>> IndexWriter::Open(const std::string& dir, const IndexWriterOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->dir = dir;
  try {
    const int flags = Xapian::DB_CREATE_OR_OPEN | (options.wait_for_lock ? Xapian::DB_RETRY_LOCK : 0);
    impl->db = Xapian::WritableDatabase(dir, flags);
    const std::string schema_value = impl->db.get_metadata(schema::kSchemaKey);
    if (impl->db.get_doccount() > 0 || !schema_value.empty()) {
      if (Status s = CheckSchema(schema_value, dir); !s.ok()) return s;
    }
    impl->termgen.set_stemmer(Xapian::Stem("english"));
    impl->termgen.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    impl->db.begin_transaction();
  } catch (const Xapian::DatabaseLockError&) {
    return Status::IOError(dir + ": error: another writer holds the lock on this database (use --wait to wait for it)");
  } catch (const Xapian::DatabaseCorruptError& e) {
    return Status::Corruption(dir + ": error: corrupt database: " + e.get_msg());
  } catch (const Xapian::Error& e) {
    return Status::IOError(dir + ": error: cannot open the database for writing: " + e.get_description());
  }
  return std::unique_ptr<IndexWriter>(new IndexWriter(std::move(impl)));
}

IndexWriter::IndexWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

IndexWriter::~IndexWriter() {
  if (!impl_ || impl_->committed) return;
  try {
    impl_->db.cancel_transaction();
    impl_->db.close();
  } catch (const Xapian::Error&) {
    // Closing without commit discards the transaction anyway.
  }
}

Status IndexWriter::Add(const IndexedComment& comment) {
  try {
    const Xapian::Document doc = EncodeComment(comment, impl_->termgen);
    const std::string return_term = ReturnTerm(comment);
    if (impl_->returns_replaced.insert(return_term).second) impl_->db.delete_document(return_term);
    impl_->db.replace_document(IdTerm(comment), doc);
  } catch (const Xapian::Error& e) {
    return Status::IOError(impl_->dir + ": error: cannot add " + comment.comment_id + ": " + e.get_description());
  }
  return Status::OK();
}

Result<unsigned> IndexWriter::Retag(const Matcher& matcher) {
  unsigned changed = 0;
  try {
    for (auto it = impl_->db.postlist_begin(""); it != impl_->db.postlist_end(""); ++it) {
      const Xapian::docid id = *it;
      Result<IndexedComment> c = DecodeComment(impl_->db.get_document(id));
      if (!c.ok()) return Status::Corruption(impl_->dir + ": error: " + c.status().message());
      Tagging tagging = matcher.Tag(c.value().text, c.value().question);
      const bool same = tagging.themes == c.value().tagging.themes && tagging.pending == c.value().tagging.pending &&
                        tagging.matches.size() == c.value().tagging.matches.size();
      c.value().tagging = std::move(tagging);
      impl_->db.replace_document(id, EncodeComment(c.value(), impl_->termgen));
      if (!same) ++changed;
    }
  } catch (const Xapian::Error& e) {
    return Status::IOError(impl_->dir + ": error: re-tagging failed: " + e.get_description());
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
    Xapian::Enquire enquire(impl_->db);
    enquire.set_query(query);
    const Xapian::MSet mset = enquire.get_mset(0, impl_->db.get_doccount());
    std::vector<Xapian::docid> ids;
    for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(*it);
    for (Xapian::docid id : ids) impl_->db.delete_document(id);
    return static_cast<unsigned>(ids.size());
  } catch (const Xapian::Error& e) {
    return Status::IOError(impl_->dir + ": error: cannot remove: " + e.get_description());
  }
}

Status IndexWriter::Commit() {
  try {
    impl_->db.set_metadata(schema::kSchemaKey, std::to_string(schema::kSchemaVersion));
    impl_->db.set_metadata(schema::kLexiconNameKey, impl_->options.lexicon_name);
    impl_->db.set_metadata(schema::kLexiconVersionKey, impl_->options.lexicon_version);
    impl_->db.set_metadata(schema::kLexiconSourceKey, impl_->options.lexicon_source);
    char when[32];
    const std::time_t now = std::time(nullptr);
    std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
    impl_->db.set_metadata(schema::kWrittenAtKey, when);
    impl_->db.commit_transaction();
    impl_->db.close();
    impl_->committed = true;
  } catch (const Xapian::Error& e) {
    return Status::IOError(impl_->dir + ": error: commit failed: " + e.get_description());
  }
  return Status::OK();
}

}  // namespace returns
