#include "tools/graphviz_render.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sstream>
#include <vector>

extern char** environ;

namespace kg::tools {
namespace {

// Writes all of `data` to `fd`; false on a write error (e.g. dot exited).
bool WriteAll(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

Status Spawn(const std::string& format, const std::string& output, int stdin_fd, pid_t* pid) {
  std::string type = "-T" + format;
  std::vector<char*> argv = {const_cast<char*>("dot"), type.data()};
  std::string out_flag = "-o" + output;
  if (!output.empty()) argv.push_back(out_flag.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, stdin_fd, STDIN_FILENO);
  int rc = posix_spawnp(pid, "dot", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc == ENOENT) {
    return Status::NotFound(
        "cannot render " + format + ": Graphviz's 'dot' program was not found on PATH; "
        "install Graphviz (Debian: apt-get install graphviz) or export --format dot");
  }
  if (rc != 0) return Status::IOError("cannot run dot: " + std::string(std::strerror(rc)));
  return Status::OK();
}

}  // namespace

Status RenderWithDot(const std::string& format, const std::string& output,
                     const std::function<Status(std::ostream&)>& write_dot) {
  // The selection is capped (--max-nodes), so its DOT text fits in memory;
  // writing it first means a storage error never leaves dot half-fed.
  std::ostringstream dot_text;
  KG_RETURN_IF_ERROR(write_dot(dot_text));
  int fds[2];
  // Close-on-exec, so dot does not inherit the write end and waits for an
  // EOF that never comes (dup2 onto its stdin clears the flag there).
  if (pipe2(fds, O_CLOEXEC) != 0) return Status::IOError("cannot create a pipe for dot");
  pid_t pid = 0;
  Status s = Spawn(format, output, fds[0], &pid);
  close(fds[0]);
  if (!s.ok()) {
    close(fds[1]);
    return s;
  }
  auto old_handler = std::signal(SIGPIPE, SIG_IGN);  // dot may exit before reading all
  bool written = WriteAll(fds[1], dot_text.str());
  close(fds[1]);
  std::signal(SIGPIPE, old_handler);
  int wstatus = 0;
  while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {
  }
  // Killed by SIGPIPE: whoever read dot's output stopped early (| head),
  // which is not dot's failure nor ours.
  if (WIFSIGNALED(wstatus) && WTERMSIG(wstatus) == SIGPIPE) return Status::OK();
  if (WIFSIGNALED(wstatus)) {
    return Status::IOError("dot -T" + format + " was killed by signal " +
                           std::to_string(WTERMSIG(wstatus)));
  }
  if (WEXITSTATUS(wstatus) != 0) {
    return Status::IOError("dot -T" + format + " failed (exit status " +
                           std::to_string(WEXITSTATUS(wstatus)) + ")");
  }
  if (!written) return Status::IOError("dot stopped reading its input");
  return Status::OK();
}

}  // namespace kg::tools
