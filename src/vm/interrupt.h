// Ctrl-C: the pyvm command installs a SIGINT handler that only sets a flag;
// the eval loop polls the flag where every loop passes (backward jumps) and
// raises KeyboardInterrupt there, as CPython's eval breaker does. Reading
// input is interrupted too (the handler does not restart system calls).
#pragma once

#include <csignal>

namespace pyvm {

class VM;

// Set by the signal handler; cleared when the interrupt is raised.
extern volatile std::sig_atomic_t interrupt_requested;

// Installs the SIGINT handler (for the pyvm command; embedding hosts keep
// their own signal handling).
void install_interrupt_handler();

// Raises KeyboardInterrupt if Ctrl-C was pressed: true when it did.
bool take_interrupt(VM& vm);

}  // namespace pyvm
