#include "index/store/generations.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <xapian.h>

namespace returns {

namespace fs = std::filesystem;

namespace {

constexpr const char* kStubName = "XAPIANDB";
constexpr const char* kLockName = "writer.lock";
constexpr const char* kGenerationPrefix = "gen-";

// A file or directory made durable: its data, or its entries.
bool Sync(const fs::path& path, bool directory) {
  const int fd = ::open(path.c_str(), (directory ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
  if (fd < 0) return false;
  const bool ok = ::fsync(fd) == 0;
  const int error = errno;
  ::close(fd);
  errno = error;  // for the caller's message
  return ok;
}

// The generation number of a name "gen-000007", or -1.
long GenerationNumber(const std::string& name) {
  if (name.rfind(kGenerationPrefix, 0) != 0 || name.size() <= std::strlen(kGenerationPrefix)) return -1;
  long n = 0;
  for (size_t i = std::strlen(kGenerationPrefix); i < name.size(); ++i) {
    if (name[i] < '0' || name[i] > '9' || n > 100000000) return -1;
    n = n * 10 + (name[i] - '0');
  }
  return n;
}

// A file of a Xapian database written before generations, in DIR itself.
bool LegacyDatabaseFile(const std::string& name) {
  return name == "iamglass" || name == "flintlock" ||
         (name.size() > 6 && name.compare(name.size() - 6, 6, ".glass") == 0);
}

}  // namespace

std::string ReadStub(const std::string& dir) {
  std::error_code ec;
  const fs::path path = fs::is_regular_file(dir, ec) ? fs::path(dir) : fs::path(dir) / kStubName;
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Result<std::vector<std::string>> CurrentShards(const std::string& dir) {
  std::error_code ec;
  std::vector<std::string> shards;
  // Xapian opens a Xapian database in DIR before a stub there, so do we.
  if (fs::exists(fs::path(dir) / "iamglass", ec)) return std::vector<std::string>{"."};
  std::istringstream stub(ReadStub(dir));
  std::string kind, path;
  while (stub >> kind >> path) {
    if (kind != "auto" || fs::path(path).is_absolute()) {
      return Status::InvalidInput((fs::path(dir) / kStubName).string(),
                                  "a database written to lists its own shards only ('auto' and a relative path)");
    }
    shards.push_back(path);
  }
  return shards;
}

Result<std::unique_ptr<WriterLock>> WriterLock::Acquire(const std::string& dir, bool wait) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  const fs::path path = fs::path(dir) / kLockName;
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return Status::IOError(dir, std::string("cannot create the writer's lock: ") + std::strerror(errno));
  int r;
  do {
    r = ::flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB));
  } while (r != 0 && errno == EINTR);
  if (r != 0) {
    const int error = errno;
    ::close(fd);
    if (error == EWOULDBLOCK) {
      return Status::IOError(dir, "another writer holds the lock on this database (use --wait to wait for it)");
    }
    return Status::IOError(dir, std::string("cannot lock the database: ") + std::strerror(error));
  }
  return std::unique_ptr<WriterLock>(new WriterLock(fd));
}

WriterLock::~WriterLock() { ::close(fd_); }  // closing releases the flock

std::string NextGeneration(const std::string& dir) {
  long last = 0;
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    last = std::max(last, GenerationNumber(e.path().filename().string()));
  }
  char name[32];
  std::snprintf(name, sizeof name, "%s%06ld", kGenerationPrefix, last + 1);
  return name;
}

Status CopyDatabase(const std::string& dir, const std::string& from, const std::string& to) {
  std::error_code ec;
  const fs::path source = fs::path(dir) / from, target = fs::path(dir) / to;
  fs::create_directories(target, ec);
  if (ec) return Status::IOError(target.string(), "cannot create the new generation: " + ec.message());
  for (const fs::directory_entry& e : fs::directory_iterator(source, ec)) {
    const std::string name = e.path().filename().string();
    if (!e.is_regular_file(ec) || name == "flintlock") continue;
    if (from == "." && !LegacyDatabaseFile(name)) continue;
    fs::copy_file(e.path(), target / name, fs::copy_options::overwrite_existing, ec);
    if (ec || !Sync(target / name, false)) {
      return Status::IOError((target / name).string(), "cannot copy the database: " + ec.message());
    }
  }
  if (ec) return Status::IOError(source.string(), "cannot read the database: " + ec.message());
  if (!Sync(target, true)) return Status::IOError(target.string(), "cannot sync the new generation");
  return Status::OK();
}

Status CompactDatabase(const std::string& dir, const std::string& path) {
  const fs::path target = fs::path(dir) / path, compacted = target / "compact";
  const std::string generation = fs::path(path).begin()->string();
  if (GenerationNumber(generation) < 0 || ReadStub(dir).find(" " + generation) != std::string::npos) {
    return Status::InvalidInput(target.string(), "only an unfinished generation is compacted in place");
  }
  try {
    fs::remove_all(compacted);
    Xapian::Database(target.string()).compact(compacted.string(), Xapian::DBCOMPACT_NO_RENUMBER | Xapian::Compactor::FULL);
    // The compacted files take the place of the originals (no reader has
    // this database open: it is not current).
    for (const fs::directory_entry& e : fs::directory_iterator(target)) {
      if (e.is_regular_file() && LegacyDatabaseFile(e.path().filename().string())) fs::remove(e.path());
    }
    for (const fs::directory_entry& e : fs::directory_iterator(compacted)) {
      const fs::path to = target / e.path().filename();
      fs::rename(e.path(), to);
      if (!Sync(to, false)) return Status::IOError(to.string(), std::string("cannot sync: ") + std::strerror(errno));
    }
    fs::remove(compacted);
  } catch (const Xapian::Error& e) {
    return Status::IOError(target.string(), "cannot compact the database: " + e.get_description());
  } catch (const fs::filesystem_error& e) {
    return Status::IOError(target.string(), std::string("cannot place the compacted database: ") + e.what());
  }
  if (!Sync(target, true)) return Status::IOError(target.string(), std::string("cannot sync: ") + std::strerror(errno));
  return Status::OK();
}

Status SwitchTo(const std::string& dir, const std::vector<std::string>& shards) {
  const fs::path stub = fs::path(dir) / kStubName;
  const fs::path temp = fs::path(dir) / (std::string(kStubName) + ".tmp");
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    for (const std::string& s : shards) out << "auto " << s << "\n";
    if (!out.flush()) return Status::IOError(temp.string(), "cannot write the stub file");
  }
  // The generation's entries (its shards' directories) durable before the
  // stub names them, and the directory holding it.
  for (const std::string& s : shards) {
    for (fs::path p = fs::path(s).parent_path(); !p.empty(); p = p.parent_path()) {
      if (!Sync(fs::path(dir) / p, true)) {
        return Status::IOError((fs::path(dir) / p).string(), std::string("cannot sync: ") + std::strerror(errno));
      }
    }
  }
  if (!Sync(dir, true)) return Status::IOError(dir, std::string("cannot sync the database directory: ") + std::strerror(errno));
  if (!Sync(temp, false)) return Status::IOError(temp.string(), "cannot sync the stub file");
  std::error_code ec;
  fs::rename(temp, stub, ec);
  if (ec) return Status::IOError(stub.string(), "cannot switch to the new generation: " + ec.message());
  // A database from before generations in DIR itself hides the stub from
  // Xapian; unlinking its version file is the switch then.
  fs::remove(fs::path(dir) / "iamglass", ec);
  if (!Sync(dir, true)) return Status::IOError(dir, "cannot sync the database directory");
  return Status::OK();
}

void RemoveStale(const std::string& dir, const std::string& current, const std::string& previous) {
  std::error_code ec;
  std::vector<fs::path> stale;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    const bool generation = GenerationNumber(name) >= 0 && name != current && name != previous;
    const bool legacy_shard = name.rfind("shard-", 0) == 0 && e.is_directory(ec);
    if (generation || legacy_shard || LegacyDatabaseFile(name)) stale.push_back(e.path());
  }
  for (const fs::path& p : stale) fs::remove_all(p, ec);
}

}  // namespace returns
