// SPDX-License-Identifier: GPL-3.0-or-later
// The command's limits for untrusted programs: `--max-instructions N`,
// `--timeout S`, `--max-memory MB` (docs/embedding.md has the same limits
// for hosts). A limit that ends the program is reported in one line and
// with its own exit status instead of a traceback.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "runtime/memory_account.h"
#include "runtime/value.h"

namespace pyvm {

class VM;

// The exit status of a program a limit ended.
constexpr int kLimitExitStatus = 3;

struct RunLimits {
  int64_t max_instructions = 0;     // executed instructions; 0: none
  double timeout_seconds = 0;       // 0: none
  size_t max_memory_megabytes = 0;  // 0: none
};

// Whether `arg` is one of the limit options.
bool is_run_limit_option(const std::string& arg);
// Reads the limit option at argv[*i] (its value the next word, or after
// '='), advancing *i past it: -1, or 2 after reporting a bad value.
int parse_run_limit_option(int argc, char** argv, int* i, RunLimits* limits);

// Makes the step and time limits apply to the VM's next run of code.
void start_run_limits(VM& vm, const RunLimits& limits);
// The one-line message for `exception` when a limit is what ended the
// program ("instruction limit exceeded (--max-instructions 1000)"), else "".
// `memory` is the run's account, null without --max-memory.
std::string limit_that_ended(VM& vm, const RunLimits& limits, const MemoryAccount* memory,
                             const Value& exception);

}  // namespace pyvm
