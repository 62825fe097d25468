// SPDX-License-Identifier: GPL-3.0-or-later
// The bytecode optimizer: runs after code generation on every finished code
// object (compiler.cpp's generate_code), unless `-X opt=0` turned it off
// (Runtime::bytecode_optimization). It cuts the code into basic blocks
// (basic_blocks.h), runs the passes of passes.h until none changes
// anything, and writes the blocks back. docs/optimizer.md shows each pass.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "bytecode/code_object.h"

namespace pyvm {

class Runtime;

// What the optimizer did to one code object, for `pyvm --opt-report`.
struct OptimizedCode {
  std::string qualname;
  int first_line = 0;
  size_t instructions_before = 0;
  size_t instructions_after = 0;
  std::vector<const char*> passes;  // the passes that changed it, in pass order
};

// Optimizes `code` and the code objects nested in its constants; with a
// report, appends a record per code object (the outer one first).
void optimize_code(Runtime& rt, CodeObject& code, std::vector<OptimizedCode>* report = nullptr);

// The --opt-report text (docs/optimizer.md describes it).
void print_optimizer_report(std::FILE* out, const std::string& filename, const std::vector<OptimizedCode>& report);

}  // namespace pyvm
