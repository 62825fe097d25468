// SPDX-License-Identifier: GPL-3.0-or-later
// What a host allows one run of code (the embedding API's Limits, `pyvm
// --max-instructions N --timeout S`): a number of steps of the runtime's
// step budget and a wall-clock deadline. The budget (Runtime::steps_left)
// is handed out in slices; when a slice is used up, the budget's slow path
// (Runtime::refill_steps) looks at the clock and takes the next slice from
// what is left, so a limited run costs the eval loop nothing more than the
// decrement it always does, and an unlimited one nothing at all.
#pragma once

#include <chrono>
#include <cstdint>

namespace pyvm {

enum class ExceededLimit : uint8_t { kNone, kSteps, kTime };

struct StepAllowance {
  // Steps between two looks at the clock.
  static constexpr int64_t kSliceSteps = 4096;
  // False: steps_left is the whole budget, which ends the program when it
  // runs out (the fuzzers set it directly).
  bool active = false;
  int64_t steps_in_reserve = 0;  // beyond the current slice
  bool has_deadline = false;
  std::chrono::steady_clock::time_point deadline;
  // The limit that ended the run, once one has.
  ExceededLimit exceeded = ExceededLimit::kNone;
};

}  // namespace pyvm
