// SPDX-License-Identifier: GPL-3.0-or-later
// Ctrl-C: the pyvm command installs a SIGINT handler that only sets a flag;
// the eval loop polls the flag where every loop passes (backward jumps) and
// raises KeyboardInterrupt there, as CPython's eval breaker does, and long
// native operations poll it between steps (runtime/keyboard_interrupt.h).
// Reading input is interrupted too (the handler does not restart system
// calls).
#pragma once

#include "runtime/keyboard_interrupt.h"

namespace pyvm {

// Installs the SIGINT handler (for the pyvm command; embedding hosts keep
// their own signal handling).
void install_interrupt_handler();

}  // namespace pyvm
