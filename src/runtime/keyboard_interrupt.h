// Ctrl-C as the runtime sees it. The pyvm command's SIGINT handler
// (vm/interrupt.h) only sets interrupt_requested; the eval loop polls it at
// backward jumps, and native operations that can run for seconds without
// passing through the eval loop (big-int powers, sorting, joining,
// repeating) poll it between steps with poll_interrupt.
#pragma once

#include <csignal>
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
// native operation counts against it as loops and calls do. True with
// KeyboardInterrupt (or the budget's error) raised.
inline bool poll_interrupt(Runtime& rt, int64_t steps = 1) {
  if (interrupt_requested != 0) return take_interrupt(rt);
  rt.steps_left -= steps;
  return rt.steps_left < 0 && !rt.raise_out_of_steps();
}

}  // namespace pyvm
