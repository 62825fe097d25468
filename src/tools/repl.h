// SPDX-License-Identifier: GPL-3.0-or-later
// The interactive prompt: `pyvm` alone on a terminal, and `pyvm -i` after
// its program (repl.cpp).
#pragma once

#include "runtime/value.h"

namespace pyvm {

class VM;
struct Dict;

// Reads statements and runs them in `globals` (__main__'s) until end of
// input (Ctrl-D): `>>>` and `...` prompts (sys.ps1, sys.ps2), blocks ended
// by an empty line, expression values echoed and kept in `_`, a traceback
// for an error, Ctrl-C cancelling the line or the statement running. On a
// terminal, lines are edited with readline, Tab completes names and
// attributes, and the history is kept in ~/.pyvm_history; elsewhere the
// prompts go to stderr, as CPython's. `banner` is printed first unless -q.
// Returns normally with nothing pending at end of input, or with the
// SystemExit a statement raised pending (null result).
Value run_repl(VM& vm, Dict* globals, bool banner);

// The first lines `pyvm` prints on its interactive prompt.
const char* repl_banner();

}  // namespace pyvm
