// SPDX-License-Identifier: GPL-3.0-or-later
// Ctrl-C: SIGINT to a running pyvm raises KeyboardInterrupt in the program.
// Uncaught, it prints the traceback and the process ends by SIGINT (as
// CPython, so a shell sees status 130); caught, the program goes on.
#include <gtest/gtest.h>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>

namespace {

struct Finished {
  std::string out;
  std::string err;
  int status = 0;
};

std::string read_all(int fd) {
  std::string text;
  char buffer[4096];
  ssize_t n;
  while ((n = read(fd, buffer, sizeof buffer)) > 0) text.append(buffer, static_cast<size_t>(n));
  return text;
}

// Runs `pyvm -c program` (its stdin an idle pipe), waits until it prints
// "ready\n", then sends SIGINT — again every 200 ms until its output ends,
// in case the first one came before it started waiting — and collects what
// it prints.
Finished interrupt_when_ready(const std::string& program) {
  int in_pipe[2], out_pipe[2], err_pipe[2];
  EXPECT_EQ(pipe(in_pipe), 0);
  EXPECT_EQ(pipe(out_pipe), 0);
  EXPECT_EQ(pipe(err_pipe), 0);
  const pid_t child = fork();
  if (child == 0) {
    dup2(in_pipe[0], 0);
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    close(in_pipe[1]);
    close(out_pipe[0]);
    close(err_pipe[0]);
    execl(PYVM_BINARY, PYVM_BINARY, "-c", program.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(in_pipe[0]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  Finished result;
  while (result.out.find("ready\n") == std::string::npos) {
    char c;
    if (read(out_pipe[0], &c, 1) != 1) break;
    result.out.push_back(c);
  }
  for (int attempt = 0; attempt < 100; ++attempt) {
    kill(child, SIGINT);
    pollfd watched{out_pipe[0], POLLIN, 0};
    if (poll(&watched, 1, 200) == 0) continue;
    char buffer[4096];
    const ssize_t n = read(out_pipe[0], buffer, sizeof buffer);
    if (n <= 0) break;
    result.out.append(buffer, static_cast<size_t>(n));
  }
  result.out += read_all(out_pipe[0]);
  result.err = read_all(err_pipe[0]);
  close(in_pipe[1]);
  close(out_pipe[0]);
  close(err_pipe[0]);
  waitpid(child, &result.status, 0);
  return result;
}

TEST(Interrupt, UncaughtKeyboardInterruptEndsTheProcessBySigint) {
  const Finished run = interrupt_when_ready(
      "import sys\n"
      "print('ready', flush=True)\n"
      "while True:\n"
      "    pass\n");
  EXPECT_TRUE(WIFSIGNALED(run.status) && WTERMSIG(run.status) == SIGINT) << run.status;
  EXPECT_NE(run.err.find("Traceback (most recent call last):\n"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("\nKeyboardInterrupt\n"), std::string::npos) << run.err;
}

TEST(Interrupt, ProgramCanCatchKeyboardInterrupt) {
  const Finished run = interrupt_when_ready(
      "print('ready', flush=True)\n"
      "try:\n"
      "    while True:\n"
      "        pass\n"
      "except KeyboardInterrupt as e:\n"
      "    print('caught', type(e).__name__, isinstance(e, BaseException), isinstance(e, Exception))\n");
  EXPECT_TRUE(WIFEXITED(run.status) && WEXITSTATUS(run.status) == 0) << run.status;
  EXPECT_EQ(run.out, "ready\ncaught KeyboardInterrupt True False\n");
}

TEST(Interrupt, InputIsInterrupted) {
  const Finished run = interrupt_when_ready(
      "print('ready', flush=True)\n"
      "try:\n"
      "    input()\n"
      "except KeyboardInterrupt:\n"
      "    print('interrupted')\n");
  EXPECT_EQ(run.out, "ready\ninterrupted\n");
}

}  // namespace
