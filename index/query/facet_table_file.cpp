#include "index/query/facet_table_file.h"

#include <fcntl.h>
#include <unistd.h>
#include <xapian.h>

#include <bit>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "corpus/base/read_file.h"
#include "index/store/generations.h"
#include "index/store/packed.h"

namespace returns {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kMagic = "returns-facet-table 1\n";
constexpr char kLittle = 'L', kBig = 'B';
constexpr char kNative = std::endian::native == std::endian::little ? kLittle : kBig;

// What the table was built from: every shard's identity, in order. Any
// commit changes a revision; a copied database keeps its UUID but not its
// directory, and the file is read only from the directory it was written to.
Result<std::string> Identity(const IndexReader& index) {
  try {
    std::string id;
    packed::AppendVarint(id, index.shards().size());
    for (const Xapian::Database& shard : index.shards()) {
      packed::AppendString(id, shard.get_uuid());
      packed::AppendVarint(id, shard.get_revision());
      packed::AppendVarint(id, shard.get_doccount());
      packed::AppendVarint(id, shard.get_lastdocid());
    }
    return id;
  } catch (const Xapian::Error& e) {
    return Status::IOError(index.dir(), "cannot read the database's revision: " + e.get_description());
  }
}

// `bytes` in a new file at `path`, synced to disk before it is renamed into
// place (as the stub is: generations.cpp).
Status WriteDurably(const std::string& path, std::string_view bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Status::IOError(path, std::string("cannot write the facet table: ") + std::strerror(errno));
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int err = errno;
      ::close(fd);
      return Status::IOError(path, std::string("cannot write the facet table: ") + std::strerror(err));
    }
    done += static_cast<size_t>(n);
  }
  const bool synced = ::fsync(fd) == 0;
  const int err = errno;
  if (::close(fd) != 0 || !synced) {
    return Status::IOError(path, std::string("cannot write the facet table: ") + std::strerror(synced ? errno : err));
  }
  return Status::OK();
}

void AppendArray(std::string& out, const std::vector<uint32_t>& v) {
  packed::AppendVarint(out, v.size());
  out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(uint32_t));
}

bool ReadArray(std::string_view& in, std::vector<uint32_t>& v) {
  uint64_t n = 0;
  if (!packed::ReadVarint(in, n) || n > in.size() / sizeof(uint32_t)) return false;
  v.resize(n);
  std::memcpy(v.data(), in.data(), n * sizeof(uint32_t));
  in.remove_prefix(n * sizeof(uint32_t));
  return true;
}

void AppendStrings(std::string& out, const std::vector<std::string>& v) {
  packed::AppendVarint(out, v.size());
  for (const std::string& s : v) packed::AppendString(out, s);
}

bool ReadStrings(std::string_view& in, std::vector<std::string>& v) {
  uint64_t n = 0;
  if (!packed::ReadVarint(in, n) || n > in.size()) return false;
  v.resize(n);
  std::string_view s;
  for (std::string& out : v) {
    if (!packed::ReadString(in, s)) return false;
    out = s;
  }
  return true;
}

}  // namespace

// The table's private parts, written and read back.
struct FacetTableFile {
  static std::string Encode(const FacetTable& t, std::string_view identity) {
    std::string out(kMagic);
    out += kNative;
    packed::AppendString(out, identity);
    packed::AppendVarint(out, t.returns_);
    packed::AppendVarint(out, t.collaboratives_);
    packed::AppendVarint(out, t.comments_);
    AppendArray(out, t.slot_);
    packed::AppendVarint(out, t.rows_.size() * 4);  // as AppendArray would write them, a row's four in a row
    for (const FacetTable::Row& r : t.rows_) {
      const uint32_t four[4] = {r.where, r.what, r.ret, r.collaborative};
      out.append(reinterpret_cast<const char*>(four), sizeof four);
    }
    AppendArray(out, t.rank_);
    AppendArray(out, t.in_order_);
    packed::AppendVarint(out, t.wheres_.size());
    for (const FacetTable::Where& w : t.wheres_) AppendStrings(out, {w.district, w.collaborative, w.question, w.round});
    packed::AppendVarint(out, t.whats_.size());
    for (const FacetTable::What& w : t.whats_) {
      AppendStrings(out, w.themes);
      AppendStrings(out, w.pending);
    }
    return out;
  }

  enum class Read { kTable, kOther, kBad };
  // kBad when the bytes are not a table this program wrote, or any index in
  // them points outside what they hold; kOther (the rest unread) when they
  // are one built from another revision, or on a machine of the other byte
  // order.
  static Read Decode(std::string_view in, std::string_view identity, size_t last_docid, FacetTable& t) {
    if (in.substr(0, kMagic.size()) != kMagic) return Read::kBad;
    in.remove_prefix(kMagic.size());
    if (in.empty() || (in.front() != kLittle && in.front() != kBig)) return Read::kBad;
    const bool native = in.front() == kNative;
    in.remove_prefix(1);
    std::string_view saved;
    if (!packed::ReadString(in, saved)) return Read::kBad;
    if (!native || saved != identity) return Read::kOther;
    return DecodeTable(in, last_docid, t) ? Read::kTable : Read::kBad;
  }

  static bool DecodeTable(std::string_view in, size_t last_docid, FacetTable& t) {
    uint64_t returns = 0, collaboratives = 0, comments = 0;
    if (!packed::ReadVarint(in, returns) || !packed::ReadVarint(in, collaboratives) ||
        !packed::ReadVarint(in, comments)) {
      return false;
    }
    std::vector<uint32_t> rows;
    if (!ReadArray(in, t.slot_) || !ReadArray(in, rows) || !ReadArray(in, t.rank_) || !ReadArray(in, t.in_order_)) {
      return false;
    }
    // A slot a docid of the database's; at most a return and a collaborative
    // a row (their counts size arrays where the table is read).
    const size_t n_rows = rows.size() / 4;
    if (t.slot_.size() != last_docid || returns > n_rows || collaboratives > n_rows || comments > n_rows) return false;
    uint64_t n = 0;
    if (!packed::ReadVarint(in, n) || n > in.size() / 5) return false;  // a place: a count and four strings
    t.wheres_.resize(n);
    std::vector<std::string> parts;
    for (FacetTable::Where& w : t.wheres_) {
      if (!ReadStrings(in, parts) || parts.size() != 4) return false;
      w = {parts[0], parts[1], parts[2], parts[3]};
    }
    if (!packed::ReadVarint(in, n) || n > in.size() / 2) return false;  // a theme set: two counts
    t.whats_.resize(n);
    for (FacetTable::What& w : t.whats_) {
      if (!ReadStrings(in, w.themes) || !ReadStrings(in, w.pending)) return false;
    }
    if (!in.empty() || rows.size() % 4 != 0) return false;
    t.rows_.resize(rows.size() / 4);
    for (size_t i = 0; i < t.rows_.size(); ++i) {
      FacetTable::Row& r = t.rows_[i];
      r = {rows[4 * i], rows[4 * i + 1], rows[4 * i + 2], rows[4 * i + 3]};
      if (r.where >= t.wheres_.size() || r.what >= t.whats_.size() || r.ret >= returns || r.collaborative >= collaboratives) {
        return false;
      }
    }
    t.returns_ = returns;
    t.collaboratives_ = collaboratives;
    t.comments_ = comments;
    if (t.rank_.size() != t.rows_.size() || t.in_order_.size() != comments) return false;
    // Every docid a comment's, ascending: the rows the slots name.
    for (uint32_t d = 1; d <= t.slot_.size(); ++d) {
      const uint32_t i = t.slot_[d - 1];
      if (i == FacetTable::kNone) continue;
      if (i >= t.rows_.size()) return false;
      t.docids_.push_back(d);
    }
    if (t.docids_.size() != comments) return false;
    for (const uint32_t d : t.in_order_) {
      if (d == 0 || d > t.slot_.size() || t.slot_[d - 1] == FacetTable::kNone) return false;
    }
    for (const uint32_t r : t.rank_) {
      if (r != FacetTable::kNone && r >= comments) return false;
    }
    t.MakeFilterTerms();
    t.MakeGroups();
    t.MakeFacetNames();
    return true;
  }
};

std::string FacetTablePath(const IndexReader& index) {
  std::error_code ec;
  if (index.shards().empty() || !fs::is_directory(index.dir(), ec)) return "";
  return (fs::path(index.dir()) / "facet-table").string();
}

Status SaveFacetTable(const IndexReader& index, const FacetTable& table) {
  const std::string path = FacetTablePath(index);
  if (path.empty()) return Status::OK();
  Result<std::string> identity = Identity(index);
  if (!identity.ok()) return identity.status();
  const std::string bytes = FacetTableFile::Encode(table, identity.value());
  // A temporary name of this process's: two writers finishing together each
  // write their own and the last rename wins (a reader checks the identity).
  const std::string temp = path + "." + std::to_string(::getpid()) + ".tmp";
  if (Status s = WriteDurably(temp, bytes); !s.ok()) {
    std::error_code ec;
    fs::remove(temp, ec);
    return s;
  }
  std::error_code ec;
  fs::rename(temp, path, ec);
  if (ec) {
    fs::remove(temp, ec);
    return Status::IOError(path, "cannot write the facet table: " + ec.message());
  }
  return Status::OK();
}

Result<bool> RefreshFacetTable(const std::string& dir, size_t max_comments) {
  // Under the writer's lock: the revision read is the current one until the
  // table is in place. Another writer at work writes its own when it is done.
  Result<std::unique_ptr<WriterLock>> lock = WriterLock::Acquire(dir, false);
  if (!lock.ok()) return false;
  // Temporary tables of runs killed while writing one.
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.rfind("facet-table.", 0) == 0 && name.size() > 4 && name.compare(name.size() - 4, 4, ".tmp") == 0) {
      fs::remove(e.path(), ec);
    }
  }
  Result<IndexReader> index = IndexReader::Open(dir);
  if (!index.ok()) return index.status();
  const std::string path = FacetTablePath(index.value());
  if (path.empty()) return false;
  try {
    if (index.value().db().get_doccount() > max_comments) {
      fs::remove(path, ec);  // another revision's: no use to anyone
      return false;
    }
  } catch (const Xapian::Error& e) {
    return Status::IOError(dir, "cannot read the database: " + e.get_description());
  }
  Result<FacetTable> table = FacetTable::Build(index.value());
  if (!table.ok()) return table.status();
  if (Status s = SaveFacetTable(index.value(), table.value()); !s.ok()) return s;
  return true;
}

Result<std::optional<FacetTable>> LoadFacetTable(const IndexReader& index) {
  const std::string path = FacetTablePath(index);
  std::error_code ec;
  if (path.empty() || !fs::exists(path, ec)) return std::optional<FacetTable>();
  Result<std::string> identity = Identity(index);
  if (!identity.ok()) return identity.status();
  Result<std::string> bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  FacetTable table;
  size_t last_docid = 0;
  try {
    last_docid = index.db().get_lastdocid();
  } catch (const Xapian::Error& e) {
    return Status::IOError(index.dir(), "cannot read the database: " + e.get_description());
  }
  switch (FacetTableFile::Decode(bytes.value(), identity.value(), last_docid, table)) {
    case FacetTableFile::Read::kBad:
      return Status::Corruption(path, "not a facet table this program wrote, or damaged; `returns index` writes it again");
    case FacetTableFile::Read::kOther:
      return std::optional<FacetTable>();  // another revision's
    case FacetTableFile::Read::kTable:
      break;
  }
  return std::optional<FacetTable>(std::move(table));
}

std::optional<FacetTable> FacetTableFor(const IndexReader& index) {
  Result<std::optional<FacetTable>> table = LoadFacetTable(index);
  return table.ok() ? std::move(table).value() : std::nullopt;
}

}  // namespace returns
