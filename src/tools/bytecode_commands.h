// SPDX-License-Identifier: GPL-3.0-or-later
// The pyvm command's bytecode tools: --compile, --dis and --asm, and
// loading a program that may be source or a .pvc file. Each returns the
// process exit status; problems are one line on stderr (a Python
// SyntaxError prints CPython's layout).
#pragma once

#include <string>

#include "runtime/value.h"

namespace pyvm {

class VM;

// `pyvm --compile SOURCE [-o OUTPUT]`: OUTPUT defaults to SOURCE with .pvc
// in place of .py.
int compile_command(VM& vm, const std::string& source_path, std::string output_path);

// `pyvm --dis FILE`: FILE is Python source or a .pvc file.
int disassemble_command(VM& vm, const std::string& path);

// `pyvm --opt-report FILE.py`: for each code object, the instruction count
// before and after the optimizer and the passes that changed it.
int optimizer_report_command(VM& vm, const std::string& path);

// `pyvm --asm FILE.pasm [-o OUTPUT]`: OUTPUT defaults to FILE with .pvc in
// place of .pasm.
int assemble_command(VM& vm, const std::string& path, std::string output_path);

// The module code of a program file's contents: loaded and verified when
// they start with the .pvc magic or the file is named *.pvc, compiled
// otherwise. Null on failure, with
// either a Python exception pending (SyntaxError) or `*error` set to a
// one-line message.
Value load_program(VM& vm, const std::string& path, const std::string& contents, std::string* error);

}  // namespace pyvm
