// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the source compiler: any bytes, taken as the text of
// a Python file, must compile to a code object or end in a pending
// SyntaxError (IndentationError, TabError) or, nested too deeply, a
// RecursionError — never a crash, a sanitizer
// report, a leak or another outcome; a code object it makes (optimized by
// src/compiler/optimizer) must pass the verifier. Seeded with the golden and conformance
// programs (tests/fuzz/CMakeLists.txt runs it).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "bytecode/verifier.h"
#include "compiler/compiler.h"
#include "lib/standard_library.h"
#include "vm/vm.h"

namespace {

// One VM for the whole run: making one per input would spend the time on
// start-up instead of on the compiler. It is destroyed at exit, before
// LeakSanitizer's check, so anything an input leaves behind is reported.
pyvm::VM& fuzz_vm() {
  static pyvm::StandardVM vm;
  return vm;
}

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "fuzz_compiler: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  pyvm::VM& vm = fuzz_vm();
  const std::string_view source(reinterpret_cast<const char*>(data), size);
  const pyvm::Value code = pyvm::compile_source(vm, source, "fuzz.py", pyvm::ParseMode::kFile);
  if (!code.is_null()) {
    if (vm.has_error()) fail("compiled to a code object with an exception pending");
    // The optimizer's output (and code generation's) must pass the verifier.
    std::string rule;
    if (!pyvm::verify_code(vm, *code.as<pyvm::CodeObject>(), &rule)) {
      std::fprintf(stderr, "fuzz_compiler: %s\n", rule.c_str());
      fail("compiled to code the verifier refuses");
    }
    return 0;
  }
  if (!vm.has_error()) fail("failed without a pending exception");
  // Source nested too deeply to compile is a RecursionError, as in CPython.
  if (!vm.error_matches(pyvm::Exc::kSyntaxError) && !vm.error_matches(pyvm::Exc::kRecursionError)) {
    fail("failed with an exception that is neither a SyntaxError nor a RecursionError");
  }
  vm.clear_error();
  return 0;
}
