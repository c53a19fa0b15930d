#include "index/store/index_writer.h"

#include <xapian.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>

#include "index/store/document_codec.h"
#include "index/store/facet_value.h"
#include "index/store/generations.h"
#include "index/store/replaced_returns.h"
#include "index/store/schema.h"
#include "index/store/source_files.h"
#include "index/store/stable_hash.h"
#include "index/store/vocabulary.h"
#include "corpus/base/key_set.h"
#include "corpus/base/parallel.h"

namespace returns {

namespace {

struct Shard {
  Xapian::WritableDatabase db;
  // The shard as the run found it (none for a new database): a return there
  // is replaced, its earlier comments deleted once, at its first comment.
  std::optional<Xapian::Database> before;
  KeySet returns_replaced;  // return terms of `before` already cleared in this run
  unsigned long returns_deleted = 0;  // their comments (counted here: shards run on their own threads)
  std::vector<ReplacedReturn> replaced_elsewhere;  // those indexed from another file than the run's
};

// Documents encoded at once in a batch: bounds the memory they take.
constexpr size_t kEncodeChunk = 1024;

}  // namespace

struct IndexWriter::Impl {
  std::unique_ptr<WriterLock> lock;  // first member: released last
  std::vector<Shard> shards;
  IndexWriterOptions options;
  std::string dir;
  std::string generation, previous;  // the run's generation; the current one when it began
  std::vector<std::string> paths;     // the run's databases, relative to dir
  unsigned long changes = 0;          // since the last commit
  unsigned long run_changes = 0;      // comments written or deleted in the run (but returns_deleted)
  // Comments written or deleted since the database was last compacted, before
  // this run (schema::kUncompactedKey); a database never compacted counts all.
  unsigned long uncompacted = 0;
  bool committed = false;
  // Whether facets may still be counted from term frequencies (schema.h,
  // kFacetTermsKey): each term's name, first seen in this run.
  bool facet_terms_exact = true;
  bool facet_names_stored = true;  // earlier names are in `before` (not in a Retag, which rewrites all)
  std::unordered_map<std::string, std::string> facet_names;
  KeySet sources_replaced;  // source terms (SourceTerm) already cleared in this run
  // The file each source term of the run was read from (source_files.h),
  // kept in every shard at Commit.
  std::unordered_map<std::string, std::string> source_files;
  std::vector<ReplacedFile> replaced_files;  // of files gone, by a file of the same name
  // The words of the texts written in this run (TextTerms), for the
  // database's vocabulary (schema::kVocabularyKey).
  VocabularyBuilder vocabulary;

  // This thread's TextTerms' words since it last gave them, into `vocabulary`.
  void NoteWords() {
    thread_local std::vector<std::string> taken;
    ThreadTextTerms().TakeWords(taken);
    vocabulary.Note(taken);
  }

  ~Impl() {
    if (committed) return;
    for (Shard& shard : shards) {
      try {
        shard.db.close();
      } catch (const Xapian::Error&) {
      }
    }
    // The run's generation never became current (unless only syncing after
    // the switch failed): no reader has it open.
    std::error_code ec;
    if (!generation.empty() && ReadStub(dir).find(" " + generation) == std::string::npos) {
      std::filesystem::remove_all(std::filesystem::path(dir) / generation, ec);
    }
  }

  // Notes the names the comment's facet terms file; two names under one
  // term (here or in the database as it was), or a name with no term, and
  // facets are counted by visiting documents from then on.
  void NoteFacets(const CommentRecord& c) {
    if (!facet_terms_exact) return;
    for (auto& [term, name] : FacetTerms(c)) {
      if (term.size() <= 2) {  // the prefix alone: the name has no term
        facet_terms_exact = false;
        return;
      }
      const auto seen = facet_names.find(term);
      if (seen != facet_names.end()) {
        facet_terms_exact = seen->second == name;
        if (!facet_terms_exact) return;
        continue;
      }
      if (facet_names_stored) {
        for (const Shard& shard : shards) {
          if (!shard.before || !shard.before->term_exists(term)) continue;
          const Xapian::Document first = shard.before->get_document(*shard.before->postlist_begin(term));
          if (NameUnder(first.get_value(schema::kFacetsSlot), term) != name) {
            facet_terms_exact = false;
            return;
          }
          break;
        }
      }
      facet_names.emplace(std::move(term), std::move(name));
    }
  }

  // Readies the run for the comment, before it is added: the first comment of
  // a source file (a round's) deletes every comment that file gave before,
  // in every shard, whatever their return ids (a register change renames
  // returns). This run's own comments come after, so none is lost.
  Status ReplaceSource(const CommentRecord& c) {
    if (c.round.empty()) {
      return Status::InvalidInput(c.source + (c.line ? ":" + std::to_string(c.line) : ""),
                                  "no round: give --round or a round column");
    }
    const std::string term = SourceTerm(c);
    if (term.empty() || !sources_replaced.Insert(term, 0)) return Status::OK();
    // Kept for the run's file; "" (the stale one cleared) when the records name no file it read.
    const std::string file = c.source_read_here ? ResolvedFile(c.source) : std::string();
    source_files[term] = file;
    unsigned long earlier = 0;
    std::string earlier_file;
    for (const Shard& shard : shards) {
      if (!shard.before || !shard.before->term_exists(term)) continue;
      earlier += shard.before->get_termfreq(term);
      if (earlier_file.empty()) earlier_file = shard.before->get_metadata(SourceFileKey(term));
    }
    if (earlier == 0) return Status::OK();
    // Another file of the same name (source_files.h): refused while it is
    // there, said when it is gone.
    if (!file.empty() && !earlier_file.empty() && earlier_file != file) {
      std::error_code ec;
      // The same file by another resolved path (a folder moved and linked back) is the same file.
      const bool there = std::filesystem::exists(earlier_file, ec);
      if (there && !std::filesystem::equivalent(earlier_file, file, ec)) {
        return SourceFileConflict(c.source, c.round, earlier, earlier_file, file);
      }
      if (!there) replaced_files.push_back(ReplacedFile{c.round, c.source, earlier_file, file, earlier});
    }
    for (Shard& shard : shards) {
      if (!shard.before || !shard.before->term_exists(term)) continue;
      const unsigned n = shard.before->get_termfreq(term);
      shard.db.delete_document(term);
      CommitIfLarge(n);
    }
    return Status::OK();
  }

  // A return's comments always go to the same shard, on any machine.
  size_t ShardIndex(const CommentRecord& c) const { return StableHash(ReturnTerm(c)) % shards.size(); }

  // Adds an encoded comment; commits when the run has changed enough to
  // bound memory (the generation is not current, so readers see nothing).
  void AddTo(Shard& shard, const CommentRecord& comment, const Xapian::Document& doc) {
    const std::string return_term = ReturnTerm(comment);
    if (shard.before && shard.before->term_exists(return_term) && shard.returns_replaced.Insert(return_term, 0)) {
      shard.returns_deleted += shard.before->get_termfreq(return_term);
      if (auto r = ReplacedFromAnotherFile(*shard.before, return_term, comment)) {
        shard.replaced_elsewhere.push_back(std::move(*r));
      }
      shard.db.delete_document(return_term);
    }
    shard.db.replace_document(IdTerm(comment), doc);
  }

  void CommitIfLarge(unsigned long more) {
    run_changes += more;
    changes += more;
    if (changes < options.commit_every) return;
    for (Shard& shard : shards) shard.db.commit();
    changes = 0;
  }
};

Status CheckSchema(const std::string& schema_value, const std::string& dir, bool upgrade) {
  if (schema_value == std::to_string(schema::kSchemaVersion)) return Status::OK();
  if (schema_value.empty()) return Status::InvalidInput(dir, "not a returns database (no schema version)");
  int version = 0;
  for (const char c : schema_value) version = std::isdigit(static_cast<unsigned char>(c)) && version < 1000 ? version * 10 + (c - '0') : -1;
  const bool older = version >= schema::kOldestUpgradable && version < schema::kSchemaVersion;
  if (older && upgrade) return Status::OK();
  std::string msg = "database schema version " + schema_value + ", this program reads version " +
                    std::to_string(schema::kSchemaVersion);
  if (older) return Status::InvalidInput(dir, msg + "; re-index with: returns reindex --db " + dir + " --lexicon FILE");
  return Status::InvalidInput(dir, msg + "; rebuild it with 'returns index'");
}

Result<std::unique_ptr<IndexWriter>> IndexWriter::Open(const std::string& dir, const IndexWriterOptions& options) {
  namespace fs = std::filesystem;
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->dir = dir;
  Result<std::unique_ptr<WriterLock>> lock = WriterLock::Acquire(dir, options.wait_for_lock);
  if (!lock.ok()) return lock.status();
  impl->lock = std::move(lock).value();
  Result<std::vector<std::string>> current = CurrentShards(dir);
  if (!current.ok()) return current.status();
  const std::vector<std::string>& from = current.value();
  size_t count = std::max(1u, options.shards);
  if (!from.empty()) {
    if (options.shards > 1 && from.size() == 1) return Status::InvalidInput(dir, "a database already here is not sharded");
    if (options.shards > 0 && options.shards != from.size()) {
      return Status::InvalidInput(dir, "the database has " + std::to_string(from.size()) + " shards, not " +
                                  std::to_string(options.shards));
    }
    count = from.size();
    if (from.front().rfind("gen-", 0) == 0) impl->previous = fs::path(from.front()).begin()->string();
  }
  impl->generation = NextGeneration(dir);
  for (size_t i = 0; i < count; ++i) {
    char shard[32];
    std::snprintf(shard, sizeof shard, "shard-%02zu", i);
    impl->paths.push_back(count == 1 ? impl->generation : impl->generation + "/" + shard);
    if (i < from.size()) {
      if (Status s = CopyDatabase(dir, from[i], impl->paths[i]); !s.ok()) return s;
    } else if (std::error_code ec; !fs::create_directories(fs::path(dir) / impl->paths[i], ec) && ec) {
      return Status::IOError(dir, "cannot create the new generation: " + ec.message());
    }
  }
  try {
    impl->shards.resize(count);
    for (size_t i = 0; i < count; ++i) {
      Shard& shard = impl->shards[i];
      shard.db = Xapian::WritableDatabase((fs::path(dir) / impl->paths[i]).string(), Xapian::DB_CREATE_OR_OPEN);
      if (i < from.size()) shard.before = Xapian::Database((fs::path(dir) / from[i]).string());
      const std::string schema_value = shard.db.get_metadata(schema::kSchemaKey);
      if (shard.db.get_doccount() > 0 || !schema_value.empty()) {
        if (Status s = CheckSchema(schema_value, dir, options.upgrade); !s.ok()) return s;
        if (shard.db.get_metadata(schema::kFacetTermsKey) != "exact") impl->facet_terms_exact = false;
      }
    }
    // Changes since the last compaction: as recorded (every shard is
    // compacted together), or every comment when it never was.
    const std::string recorded = impl->shards.front().db.get_metadata(schema::kUncompactedKey);
    if (recorded.empty() || recorded.size() > 18 || recorded.find_first_not_of("0123456789") != std::string::npos) {
      for (const Shard& shard : impl->shards) impl->uncompacted += shard.db.get_doccount();
    } else {
      impl->uncompacted = std::stoul(recorded);
    }
  } catch (const Xapian::DatabaseCorruptError& e) {
    return Status::Corruption(dir, "corrupt database: " + e.get_msg());
  } catch (const Xapian::Error& e) {
    return Status::IOError(dir, "cannot open the database for writing: " + e.get_description());
  }
  return std::unique_ptr<IndexWriter>(new IndexWriter(std::move(impl)));
}

IndexWriter::IndexWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

IndexWriter::~IndexWriter() = default;  // Impl discards an uncommitted run

unsigned IndexWriter::shard_count() const { return static_cast<unsigned>(impl_->shards.size()); }

std::vector<ReplacedReturn> IndexWriter::replaced_from_other_files() const {
  std::vector<ReplacedReturn> out;
  for (const Shard& shard : impl_->shards) {
    out.insert(out.end(), shard.replaced_elsewhere.begin(), shard.replaced_elsewhere.end());
  }
  std::sort(out.begin(), out.end(), [](const ReplacedReturn& a, const ReplacedReturn& b) {
    return std::tie(a.source, a.line, a.round, a.return_id) < std::tie(b.source, b.line, b.round, b.return_id);
  });
  return out;
}

std::vector<ReplacedFile> IndexWriter::replaced_files() const {
  std::vector<ReplacedFile> out = impl_->replaced_files;
  std::sort(out.begin(), out.end(), [](const ReplacedFile& a, const ReplacedFile& b) {
    return std::tie(a.source, a.round) < std::tie(b.source, b.round);
  });
  return out;
}

Status IndexWriter::Add(const CommentRecord& comment) {
  try {
    if (Status s = impl_->ReplaceSource(comment); !s.ok()) return s;
    impl_->NoteFacets(comment);
    impl_->AddTo(impl_->shards[impl_->ShardIndex(comment)], comment, EncodeComment(comment, ThreadTextTerms()));
    impl_->NoteWords();
    impl_->CommitIfLarge(1);
  } catch (const Xapian::Error& e) {
    return Status::IOError(impl_->dir, "cannot add " + comment.comment_key() + ": " + e.get_description());
  }
  return Status::OK();
}

Status IndexWriter::AddBatch(const std::vector<CommentRecord>& comments, int jobs) {
  std::vector<Xapian::Document> docs;
  std::vector<std::vector<std::string>> words;  // each document's, as its text's words were noted
  std::vector<std::vector<size_t>> per_shard(impl_->shards.size());
  std::vector<std::string> errors(impl_->shards.size());
  for (size_t at = 0; at < comments.size(); at += kEncodeChunk) {
    const size_t n = std::min(kEncodeChunk, comments.size() - at);
    // Encoding (the text's terms) on the run's threads; then each shard
    // adds its documents, in input order, on its own thread.
    // Each slot its own empty document: Xapian's reference counts are not
    // atomic, so slots sharing one (as assign(n, Document()) makes them)
    // would be released concurrently by the threads below.
    docs.clear();
    docs.resize(n);
    words.assign(n, {});
    ParallelFor(n, jobs, [&](size_t i) {
      docs[i] = EncodeComment(comments[at + i], ThreadTextTerms());
      std::vector<std::string>& ws = words[i];
      ThreadTextTerms().TakeWords(ws);
      std::sort(ws.begin(), ws.end());  // each once, here on the run's threads
      ws.erase(std::unique(ws.begin(), ws.end()), ws.end());
    });
    for (std::vector<std::string>& ws : words) impl_->vocabulary.Note(ws);
    for (auto& p : per_shard) p.clear();
    try {
      for (size_t i = 0; i < n; ++i) {
        if (Status s = impl_->ReplaceSource(comments[at + i]); !s.ok()) return s;
        impl_->NoteFacets(comments[at + i]);
        per_shard[impl_->ShardIndex(comments[at + i])].push_back(i);
      }
    } catch (const Xapian::Error& e) {
      return Status::IOError(impl_->dir, "cannot read the database: " + e.get_description());
    }
    ParallelFor(impl_->shards.size(), jobs, [&](size_t s) {
      try {
        for (size_t i : per_shard[s]) impl_->AddTo(impl_->shards[s], comments[at + i], docs[i]);
      } catch (const Xapian::Error& e) {
        errors[s] = e.get_description();
      }
    });
    for (const std::string& e : errors) {
      if (!e.empty()) return Status::IOError(impl_->dir, "cannot add comments: " + e);
    }
    try {
      impl_->CommitIfLarge(n);
    } catch (const Xapian::Error& e) {
      return Status::IOError(impl_->dir, "cannot write comments: " + e.get_description());
    }
  }
  return Status::OK();
}

Result<unsigned> IndexWriter::Retag(const Matcher& matcher) {
  unsigned changed = 0;
  // Every comment is rewritten: its facet names are all this run's.
  impl_->facet_terms_exact = true;
  impl_->facet_names_stored = false;
  impl_->vocabulary.Replace();
  impl_->facet_names.clear();
  try {
    for (Shard& shard : impl_->shards) {
    // The ids first: the database is committed (and changes under an
    // iterator) as the run goes.
    std::vector<Xapian::docid> ids;
    for (auto it = shard.db.postlist_begin(""); it != shard.db.postlist_end(""); ++it) ids.push_back(*it);
    for (const Xapian::docid id : ids) {
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
      impl_->NoteFacets(c.value());
      shard.db.replace_document(id, EncodeComment(c.value(), ThreadTextTerms()));
      impl_->NoteWords();
      impl_->CommitIfLarge(1);
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
      impl_->run_changes += ids.size();
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
  // Compacted when the changes since the last compaction, this run's with
  // them, are an eighth of the database or more.
  unsigned long documents = 0, changes = impl_->uncompacted + impl_->run_changes;
  bool compact = false;
  try {
    for (const Shard& shard : impl_->shards) {
      documents += shard.db.get_doccount();  // uncommitted changes included
      changes += shard.returns_deleted;
    }
    compact = impl_->options.compact && (impl_->options.compact_always || changes * 8 >= documents);
    const std::string vocabulary = impl_->vocabulary.Kept(impl_->shards.front().db.get_metadata(schema::kVocabularyKey));
    for (Shard& shard : impl_->shards) {
      shard.db.set_metadata(schema::kUncompactedKey, std::to_string(compact ? 0 : changes));
      shard.db.set_metadata(schema::kSchemaKey, std::to_string(schema::kSchemaVersion));
      shard.db.set_metadata(schema::kLexiconNameKey, impl_->options.lexicon_name);
      shard.db.set_metadata(schema::kLexiconVersionKey, impl_->options.lexicon_version);
      shard.db.set_metadata(schema::kLexiconSourceKey, impl_->options.lexicon_source);
      shard.db.set_metadata(schema::kLexiconTextKey, impl_->options.lexicon_text);
      shard.db.set_metadata(schema::kLexiconFormatKey, impl_->options.lexicon_format);
      shard.db.set_metadata(schema::kLexiconThemesKey, impl_->options.lexicon_themes);
      shard.db.set_metadata(schema::kWrittenAtKey, when);
      shard.db.set_metadata(schema::kFacetTermsKey, impl_->facet_terms_exact ? "exact" : "");
      shard.db.set_metadata(schema::kVocabularyKey, vocabulary);
      // An empty value deletes the key: a file's records that named no file here leave none kept.
      for (const auto& [term, file] : impl_->source_files) shard.db.set_metadata(SourceFileKey(term), file);
      shard.db.commit();
    }
    for (Shard& shard : impl_->shards) shard.db.close();
  } catch (const Xapian::Error& e) {
    return Status::IOError(impl_->dir, "commit failed: " + e.get_description());
  }
  if (compact) {
    for (const std::string& path : impl_->paths) {
      if (Status s = CompactDatabase(impl_->dir, path); !s.ok()) return s;
    }
  }
  // The run becomes visible whole, here and nowhere else.
  if (Status s = SwitchTo(impl_->dir, impl_->paths); !s.ok()) return s;
  impl_->committed = true;
  RemoveStale(impl_->dir, impl_->generation, impl_->previous);
  impl_->lock.reset();  // the writer is done: the next may begin
  return Status::OK();
}

}  // namespace returns
