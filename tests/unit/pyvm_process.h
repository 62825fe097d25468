// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the pyvm command in a child process for the tests that need the
// operating system around it: output to /dev/full or into a pipe closed
// early, a virtual-memory limit, a SIGINT after a delay.
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <stdlib.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace pyvm_test {

struct PyvmRun {
  explicit PyvmRun(std::vector<std::string> arguments) : arguments(std::move(arguments)) {}
  std::vector<std::string> arguments;  // after the command name
  // When not empty, stdout is this file (/dev/full) instead of a pipe.
  std::string stdout_path;
  // The test stops reading stdout (closes the pipe) after this many bytes.
  size_t stdout_bytes_wanted = static_cast<size_t>(-1);
  // RLIMIT_AS for the child, in bytes (0: none).
  rlim_t address_space_limit = 0;
  // Sends SIGINT this long after the start (negative: never).
  std::chrono::milliseconds interrupt_after{-1};
  // The child is killed after this long (the test then fails on its status).
  std::chrono::milliseconds timeout{60000};
};

struct PyvmResult {
  std::string out;
  std::string err;
  int status = 0;  // as waitpid reports it
  std::chrono::milliseconds elapsed{0};
  bool timed_out = false;
};

[[noreturn]] inline void exec_pyvm(const PyvmRun& run) {
  if (run.address_space_limit != 0) {
    const rlimit limit{run.address_space_limit, run.address_space_limit};
    setrlimit(RLIMIT_AS, &limit);
  }
  // Buffered stdout whatever the test's environment says: the tests of lost
  // output depend on when it is written.
  unsetenv("PYTHONUNBUFFERED");
  std::vector<char*> argv{const_cast<char*>(PYVM_BINARY)};
  for (const std::string& argument : run.arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  execv(PYVM_BINARY, argv.data());
  _exit(127);
}

inline PyvmResult run_pyvm(const PyvmRun& run) {
  using Clock = std::chrono::steady_clock;
  int out_pipe[2], err_pipe[2];
  if (pipe(out_pipe) != 0 || pipe(err_pipe) != 0) return {};
  const auto start = Clock::now();
  const pid_t child = fork();
  if (child == 0) {
    const int out = run.stdout_path.empty() ? out_pipe[1] : open(run.stdout_path.c_str(), O_WRONLY);
    dup2(out, 1);
    dup2(err_pipe[1], 2);
    for (const int fd : {out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1], out}) close(fd);
    exec_pyvm(run);
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  PyvmResult result;
  int out_fd = out_pipe[0];
  int err_fd = err_pipe[0];
  bool interrupted = run.interrupt_after.count() < 0;
  while (out_fd >= 0 || err_fd >= 0) {
    const auto now = Clock::now();
    if (!interrupted && now - start >= run.interrupt_after) {
      kill(child, SIGINT);
      interrupted = true;
    }
    if (now - start >= run.timeout) {
      kill(child, SIGKILL);
      result.timed_out = true;
      break;
    }
    pollfd watched[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
    if (poll(watched, 2, 20) <= 0) continue;
    char buffer[4096];
    for (int i = 0; i < 2; ++i) {
      if (watched[i].revents == 0) continue;
      const ssize_t n = read(watched[i].fd, buffer, sizeof buffer);
      std::string& text = i == 0 ? result.out : result.err;
      if (n > 0) text.append(buffer, static_cast<size_t>(n));
      const bool enough = i == 0 && result.out.size() >= run.stdout_bytes_wanted;
      if (n <= 0 || enough) {
        close(watched[i].fd);
        (i == 0 ? out_fd : err_fd) = -1;
      }
    }
  }
  if (out_fd >= 0) close(out_fd);
  if (err_fd >= 0) close(err_fd);
  waitpid(child, &result.status, 0);
  result.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
  return result;
}

inline bool exited_with(const PyvmResult& result, int status) {
  return WIFEXITED(result.status) && WEXITSTATUS(result.status) == status;
}

}  // namespace pyvm_test
