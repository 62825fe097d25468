// SPDX-License-Identifier: GPL-3.0-or-later
// Ctrl-C as the runtime sees it. The pyvm command's SIGINT handler
// (vm/interrupt.h) only sets interrupt_requested; the eval loop polls it at
// backward jumps, and native operations that can run for seconds without
// passing through the eval loop (big-int powers, sorting, joining,
// repeating) poll it between steps with poll_interrupt, or between items
// with an ItemPoll.
#pragma once

#include <csignal>
#include <cstddef>
#include <cstdint>

#include "runtime/runtime.h"

namespace pyvm {

// Set by the signal handler; cleared when the interrupt is raised.
extern volatile std::sig_atomic_t interrupt_requested;

// Raises KeyboardInterrupt if Ctrl-C was pressed: true when it did.
bool take_interrupt(Runtime& rt);

// The check for native loops: one load of the flag while no Ctrl-C is
// pending, and `steps` of the budget (one for a loop's step; more for one
// piece of work worth many, such as a big-int product), so that a long
// native operation counts against it as loops and calls do; as many are
// taken from an instruction limit (step_allowance.h). True with
// KeyboardInterrupt (or a limit's error) raised.
inline bool poll_interrupt(Runtime& rt, int64_t steps = 1) {
  if (interrupt_requested != 0) return take_interrupt(rt);
  rt.steps_left -= steps;
  rt.instructions_left -= steps;
  return (rt.steps_left < 0 || rt.instructions_left < 0) && !rt.refill_steps();
}

// The poll for native loops whose length the input decides (building a
// container from an iterator, joining, summing, searching an iterator,
// repeating): tick() once per item, or with the count of items a step
// handled, and it polls once per kItemsPerPoll items, taking one step of
// the budget each time. Ctrl-C is noticed within a millisecond or so, and
// the count costs nothing next to the items' own work.
class ItemPoll {
 public:
  static constexpr size_t kItemsPerPoll = 1024;

  explicit ItemPoll(Runtime& rt) : rt_(rt) {}

  // Counts `items` more items done; true with KeyboardInterrupt (or the
  // budget's error) raised.
  bool tick(size_t items = 1) {
    pending_ += items;
    if (pending_ < kItemsPerPoll) return false;
    const auto steps = static_cast<int64_t>(pending_ / kItemsPerPoll);
    pending_ %= kItemsPerPoll;
    return poll_interrupt(rt_, steps);
  }

 private:
  Runtime& rt_;
  size_t pending_ = 0;
};

}  // namespace pyvm
