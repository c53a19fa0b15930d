#include "pipeline/writers/output.h"

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "tests/temp_dir.h"

namespace fs = std::filesystem;

namespace {

using returns::Output;
using returns::Status;
using returns::test::ReadBytes;
using returns::test::TempDir;
using returns::test::WriteBytes;

// Sends fd 1 to a file until Restore() (or the end of the scope). Catch2
// reports on stdout, so check only after restoring.
class CapturedStdout {
 public:
  explicit CapturedStdout(std::string path) : path_(std::move(path)) {
    std::fflush(stdout);
    saved_ = dup(STDOUT_FILENO);
    const int fd = open(path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(fd, STDOUT_FILENO);
    close(fd);
  }
  ~CapturedStdout() { Restore(); }
  // What reached fd 1 so far (stdout's buffer flushed first).
  std::string Text() {
    std::fflush(stdout);
    return ReadBytes(path_);
  }
  void Restore() {
    if (saved_ < 0) return;
    std::fflush(stdout);
    dup2(saved_, STDOUT_FILENO);
    close(saved_);
    saved_ = -1;
  }

 private:
  std::string path_;
  int saved_ = -1;
};

// 1 MiB: more than any stdio buffer, so a failing device fails the Write.
const std::string kMegabyte(1 << 20, 'x');

}  // namespace

TEST_CASE("a file output appears only on Commit: PATH.partial before, renamed after", "[output]") {
  TempDir tmp;
  const std::string path = tmp / "out.jsonl";
  auto out = Output::Open(path);
  REQUIRE(out.ok());
  CHECK(out.value()->name() == path);
  CHECK(fs::exists(path + ".partial"));
  CHECK_FALSE(fs::exists(path));
  REQUIRE(out.value()->Write("first\n").ok());
  REQUIRE(out.value()->Write("").ok());
  REQUIRE(out.value()->Write("second\n").ok());
  CHECK_FALSE(fs::exists(path));
  REQUIRE(out.value()->Commit().ok());
  CHECK(ReadBytes(path) == "first\nsecond\n");
  CHECK_FALSE(fs::exists(path + ".partial"));
  // Dropping a committed output keeps the file.
  out.value().reset();
  CHECK(ReadBytes(path) == "first\nsecond\n");
}

TEST_CASE("an output dropped without Commit leaves no file", "[output]") {
  TempDir tmp;
  const std::string path = tmp / "out.csv";
  {
    auto out = Output::Open(path);
    REQUIRE(out.ok());
    REQUIRE(out.value()->Write(kMegabyte).ok());
  }
  CHECK_FALSE(fs::exists(path));
  CHECK_FALSE(fs::exists(path + ".partial"));
  CHECK(fs::is_empty(tmp.path));
}

TEST_CASE("an output dropped without Commit leaves the file already at PATH untouched", "[output]") {
  TempDir tmp;
  const std::string path = tmp / "tagged.jsonl";
  WriteBytes(path, "the last good run\n");
  {
    auto out = Output::Open(path);
    REQUIRE(out.ok());
    CHECK(ReadBytes(path) == "the last good run\n");  // not truncated by opening
    REQUIRE(out.value()->Write("half a run").ok());
    CHECK(ReadBytes(path) == "the last good run\n");
  }
  CHECK(ReadBytes(path) == "the last good run\n");
  CHECK_FALSE(fs::exists(path + ".partial"));
  // Committed, the new run replaces it whole.
  auto out = Output::Open(path);
  REQUIRE(out.ok());
  REQUIRE(out.value()->Write("a new run\n").ok());
  REQUIRE(out.value()->Commit().ok());
  CHECK(ReadBytes(path) == "a new run\n");
}

TEST_CASE("a write to a full device fails with a status naming the output", "[output]") {
  TempDir tmp;
  const std::string path = tmp / "out.jsonl";
  // The partial file is where the bytes go: make it the full device.
  fs::create_symlink("/dev/full", path + ".partial");
  auto out = Output::Open(path);
  REQUIRE(out.ok());
  Status s = out.value()->Write(kMegabyte);
  if (s.ok()) s = out.value()->Commit();  // a buffered write fails when flushed
  CHECK(s.code() == Status::Code::kIOError);
  CHECK(s.location() == path);
  CHECK(s.message().find("write failed") != std::string::npos);
  CHECK(s.message().find("No space left on device") != std::string::npos);
  out.value().reset();
  CHECK_FALSE(fs::exists(path));
}

TEST_CASE("a write that fails at the flush fails the Commit, and nothing is renamed into place", "[output]") {
  TempDir tmp;
  const std::string path = tmp / "out.jsonl";
  fs::create_symlink("/dev/full", path + ".partial");
  auto out = Output::Open(path);
  REQUIRE(out.ok());
  REQUIRE(out.value()->Write("short enough to sit in the buffer\n").ok());
  const Status s = out.value()->Commit();
  CHECK(s.code() == Status::Code::kIOError);
  CHECK(s.location() == path);
  CHECK_FALSE(fs::exists(path));
}

TEST_CASE("an output in a missing directory fails at Open with the path named", "[output]") {
  TempDir tmp;
  const std::string path = tmp / "no-such-dir/out.jsonl";
  const auto out = Output::Open(path);
  REQUIRE_FALSE(out.ok());
  CHECK(out.status().code() == Status::Code::kInvalidInput);
  CHECK(out.status().location() == path);
  CHECK(out.status().message().find("No such file or directory") != std::string::npos);
  CHECK(out.status().ToString().rfind(path + ": error: cannot write", 0) == 0);
}

TEST_CASE("held stdout writes nothing to fd 1 until Commit", "[output][stdout]") {
  TempDir tmp;
  std::string before, after;
  Status write, commit;
  std::string name;
  {
    CapturedStdout captured(tmp / "stdout");
    auto out = Output::Open("-", /*hold_stdout=*/true);
    if (!out.ok()) {
      captured.Restore();
      FAIL(out.status().ToString());
    }
    name = out.value()->name();
    write = out.value()->Write("held line 1\n");
    if (write.ok()) write = out.value()->Write(kMegabyte);
    before = captured.Text();
    commit = out.value()->Commit();
    after = captured.Text();
  }
  CHECK(name == "<stdout>");
  CHECK(write.ok());
  CHECK(commit.ok());
  CHECK(before.empty());
  CHECK(after == "held line 1\n" + kMegabyte);
}

TEST_CASE("held stdout dropped without Commit writes nothing at all", "[output][stdout]") {
  TempDir tmp;
  std::string text;
  bool wrote = false;
  {
    CapturedStdout captured(tmp / "stdout");
    {
      auto out = Output::Open("", /*hold_stdout=*/true);
      if (!out.ok()) {
        captured.Restore();
        FAIL(out.status().ToString());
      }
      wrote = out.value()->Write("rejected run\n").ok();
    }
    text = captured.Text();
  }
  CHECK(wrote);
  CHECK(text.empty());
}

TEST_CASE("stdout not held is written as it goes", "[output][stdout]") {
  TempDir tmp;
  std::string before, after;
  bool ok = false;
  {
    CapturedStdout captured(tmp / "stdout");
    auto out = Output::Open("-");
    if (!out.ok()) {
      captured.Restore();
      FAIL(out.status().ToString());
    }
    ok = out.value()->Write(kMegabyte).ok();
    before = captured.Text();
    ok = ok && out.value()->Commit().ok();
    after = captured.Text();
  }
  CHECK(ok);
  CHECK(before == kMegabyte);
  CHECK(after == kMegabyte);
}

TEST_CASE("stdout on a closed pipe fails with <stdout> named", "[output][stdout]") {
  // In a child process: its stdout and SIGPIPE are its own.
  std::fflush(stdout);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    signal(SIGPIPE, SIG_IGN);
    int fds[2];
    if (pipe(fds) != 0) _exit(10);
    close(fds[0]);
    dup2(fds[1], STDOUT_FILENO);
    close(fds[1]);
    auto out = Output::Open("-");
    if (!out.ok()) _exit(11);
    Status s = out.value()->Write(kMegabyte);
    if (s.ok()) s = out.value()->Commit();
    if (s.ok()) _exit(12);
    if (s.code() != Status::Code::kIOError || s.location() != "<stdout>") _exit(13);
    if (s.message().find("Broken pipe") == std::string::npos) _exit(14);
    _exit(0);
  }
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);  // 12: the write "succeeded"; 13, 14: the wrong status
}
