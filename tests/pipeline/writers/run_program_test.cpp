#include "pipeline/writers/run_program.h"

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/temp_dir.h"

namespace fs = std::filesystem;

namespace {

using returns::RunProgram;
using returns::Status;
using returns::test::TempDir;

std::vector<std::string> Names(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// Makes `dir` the working directory for the scope, so that a command a
// shell ran by mistake ("touch PWNED") leaves its file where the test looks,
// and nowhere else.
class InDirectory {
 public:
  explicit InDirectory(const fs::path& dir) : saved_(fs::current_path()) { fs::current_path(dir); }
  ~InDirectory() { fs::current_path(saved_); }

 private:
  fs::path saved_;
};

}  // namespace

TEST_CASE("a program that succeeds is OK", "[run_program]") {
  CHECK(RunProgram({"true"}).ok());
  CHECK(RunProgram({"/bin/sh", "-c", "exit 0"}).ok());
}

TEST_CASE("a program that fails is an IOError with its exit status", "[run_program]") {
  const Status s = RunProgram({"false"});
  CHECK(s.code() == Status::Code::kIOError);
  CHECK(s.location() == "false");
  CHECK(s.message() == "failed with exit status 1");
  const Status three = RunProgram({"sh", "-c", "exit 3"});
  CHECK(three.code() == Status::Code::kIOError);
  CHECK(three.message() == "failed with exit status 3");
}

TEST_CASE("a program stopped by a signal is an IOError naming the signal", "[run_program]") {
  const Status s = RunProgram({"sh", "-c", "kill -TERM $$"});
  CHECK(s.code() == Status::Code::kIOError);
  CHECK(s.message() == "stopped by signal 15");
}

TEST_CASE("a program that does not exist is NotFound", "[run_program]") {
  const Status s = RunProgram({"returns-no-such-program-xyzzy", "--version"});
  CHECK(s.code() == Status::Code::kNotFound);
  CHECK(s.location() == "returns-no-such-program-xyzzy");
  TempDir tmp;
  CHECK(RunProgram({tmp / "missing"}).code() == Status::Code::kNotFound);
}

TEST_CASE("a file that is not executable cannot be started: IOError, not NotFound", "[run_program]") {
  TempDir tmp;
  returns::test::WriteBytes(tmp / "script", "#!/bin/sh\nexit 0\n");
  fs::permissions(tmp / "script", fs::perms::owner_read | fs::perms::owner_write);
  const Status s = RunProgram({tmp / "script"});
  CHECK(s.code() == Status::Code::kIOError);
  CHECK(s.message().rfind("cannot start", 0) == 0);
}

TEST_CASE("arguments reach the program verbatim: no shell between", "[run_program]") {
  TempDir tmp;
  // Each a file name a shell would have read as more than a name.
  const std::vector<std::string> names = {
      "x';touch PWNED;'",
      "y\";touch PWNED;\"",
      "$(touch PWNED)",
      "`touch PWNED`",
      "a b && touch PWNED",
      "St John's.docx",
      "back\\slash|pipe>redirect<*?",
      "new\nline",
  };
  std::vector<std::string> argv = {"touch"};
  for (const std::string& n : names) argv.push_back(tmp / n);
  Status s;
  {
    InDirectory cwd(tmp.path);
    s = RunProgram(argv);
  }
  CHECK(s.ok());
  std::vector<std::string> expected = names;
  std::sort(expected.begin(), expected.end());
  CHECK(Names(tmp.path) == expected);  // exactly those files, and no PWNED (tmp is the working directory)
}

TEST_CASE("a quote and a semicolon in one argument make exactly one file", "[run_program]") {
  TempDir tmp;
  const std::string name = tmp / "x';touch PWNED;'";
  Status s;
  {
    InDirectory cwd(tmp.path);
    s = RunProgram({"touch", name});
  }
  CHECK(s.ok());
  CHECK(Names(tmp.path) == std::vector<std::string>{"x';touch PWNED;'"});
  CHECK(fs::exists(name));
  CHECK_FALSE(fs::exists(tmp / "PWNED"));  // tmp was the working directory
}

TEST_CASE("the program's stdout is discarded", "[run_program]") {
  TempDir tmp;
  std::fflush(stdout);
  const int saved = dup(STDOUT_FILENO);
  const int fd = open((tmp / "stdout").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  dup2(fd, STDOUT_FILENO);
  close(fd);
  const Status s = RunProgram({"echo", "this must not reach stdout"});
  std::fflush(stdout);
  dup2(saved, STDOUT_FILENO);
  close(saved);
  CHECK(s.ok());
  CHECK(returns::test::ReadBytes(tmp / "stdout").empty());
}
