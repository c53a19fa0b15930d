#include "pipeline/writers/run_program.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

extern char** environ;

namespace returns {

Status RunProgram(const std::vector<std::string>& argv) {
  if (argv.empty()) return Status::InvalidInput("no program to run");
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc == ENOENT) return Status::NotFound(argv[0], "no such program on PATH");
  if (rc != 0) return Status::IOError(argv[0], std::string("cannot start: ") + std::strerror(rc));
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return Status::IOError(argv[0], std::string("lost track of it: ") + std::strerror(errno));
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return Status::OK();
  if (WIFEXITED(status)) return Status::IOError(argv[0], "failed with exit status " + std::to_string(WEXITSTATUS(status)));
  return Status::IOError(argv[0], "stopped by signal " + std::to_string(WTERMSIG(status)));
}

}  // namespace returns
