// SPDX-License-Identifier: GPL-3.0-or-later
// What a host allows one run of code (the embedding API's Limits, `pyvm
// --max-instructions N --timeout S`): a number of executed instructions
// and a wall-clock deadline.
//
// - The instruction limit is Runtime::instructions_left. While a run in the
//   process has one, the eval loop's dispatch passes through one counting
//   block that takes every instruction from it (vm/interpreter.cpp), and
//   native loops take from it in proportion to their work (poll_interrupt),
//   so that no single instruction can run unbounded either. While no run has
//   one, nothing counts.
// - The deadline is looked at on the step budget's slow path: the budget
//   (Runtime::steps_left, taken by back edges, calls, exception handlers,
//   allocation volume and native work) is handed out in slices, and when a
//   slice is used up Runtime::refill_steps looks at the clock and hands out
//   the next. An unlimited run never reaches the slow path.
#pragma once

#include <chrono>
#include <cstdint>

namespace pyvm {

enum class ExceededLimit : uint8_t { kNone, kInstructions, kTime };

// Runtime::instructions_left while a run has no instruction limit: far from
// both ends, so that the counting's small give-backs (a compare-and-jump
// whose guard failed) and charges never overflow.
constexpr int64_t kNoInstructionLimit = INT64_MAX / 2;

struct StepAllowance {
  // Steps between two looks at the clock.
  static constexpr int64_t kSliceSteps = 4096;
  // False: steps_left is the whole budget, which ends the program when it
  // runs out (the fuzzers set it directly).
  bool active = false;
  // Whether this run has an instruction limit (instructions_left counts).
  bool counts_instructions = false;
  bool has_deadline = false;
  std::chrono::steady_clock::time_point deadline;
  // The limit that ended the run, once one has.
  ExceededLimit exceeded = ExceededLimit::kNone;
};

}  // namespace pyvm
