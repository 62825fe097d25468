// SPDX-License-Identifier: GPL-3.0-or-later
// The debugger: `pyvm --debug prog.py`, `breakpoint()` and post-mortem
// debugging, with pdb's commands and behaviour, plus what only a VM can
// show: `stepi`/`nexti` (one instruction), `stack` (the operand stack),
// `dis` (the code with an arrow at the next instruction) and `frames`.
//
// It is an observer (vm/observer.h): it stops where a line, call, return or
// instruction event meets a breakpoint or the stepping command, and then
// reads commands from standard input (through readline on a terminal, plain
// lines otherwise, so that a script can drive a whole session).
#pragma once

#include "runtime/value.h"

namespace pyvm {

class VM;

// Attaches the debugger so that it stops at the first line that runs
// (`pyvm --debug`).
void debug_from_start(VM& vm);

// sys.breakpointhook's default: stops in the debugger at the caller's next
// line (PYTHONBREAKPOINT is read by the hook's caller).
void break_into_debugger(VM& vm);

// Under --debug, after an uncaught exception was reported: a debugger
// session at the frame that raised it, reading its traceback's frames.
void debug_post_mortem(VM& vm, const Value& exception);

// Whether --debug attached the debugger (for the post-mortem session).
bool debugging_from_start(VM& vm);

// Detaches and destroys the debugger, if any (before the VM goes).
void stop_debugger(VM& vm);

}  // namespace pyvm
