// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the interpreter: any bytes that the .pvc loader and
// the verifier accept must run without a crash, a sanitizer report or a
// leak — the promise that verified bytecode is safe to execute. Each input
// runs as a fresh __main__ module with a step budget (calls and loop back
// edges), a modest recursion limit and a small native stack budget, so that
// every input ends quickly; whatever the program prints to stdout is
// discarded, and how it ends (a value or an exception) does not matter.
// The VM has no file access (VM::file_access): open() and the os module
// raise PermissionError, so no input can create, change or remove a file.
// Seeded with the golden programs compiled by `pyvm --compile`
// (make_pvc_corpus.py).
#include <fcntl.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <new>
#include <string>
#include <string_view>

#include "bytecode/loader.h"
#include "runtime/module.h"
#include "runtime/out_of_memory.h"
#include "lib/standard_library.h"
#include "vm/vm.h"

namespace {

constexpr int64_t kStepBudget = 2000;
constexpr int kRecursionLimit = 200;
constexpr size_t kNativeStackBudget = size_t{2} << 20;  // of libFuzzer's 8 MB main thread
// The largest single allocation: well below libFuzzer's malloc limit (the
// -rss_limit_mb of 2048 the runs use), and small enough that the linear
// work on one such object (a repr, a copy, writing it out) takes well under
// a second in the sanitizer build. Bigger allocations also take steps of
// the budget (Gc::charge), which bounds their number.
constexpr size_t kAllocationLimit = size_t{32} << 20;
// Making a VM takes longer than running most inputs, so one VM runs this
// many inputs before a fresh one replaces it (what a program changed in
// builtins or sys does not last long). The last is destroyed at exit,
// before LeakSanitizer's check.
constexpr int kInputsPerVM = 200;

pyvm::VM& fuzz_vm() {
  static std::unique_ptr<pyvm::VM> vm;
  static int inputs = 0;
  if (!vm || ++inputs % kInputsPerVM == 0) {
    vm.reset();
    vm = std::make_unique<pyvm::StandardVM>();
    vm->set_native_stack_base(kNativeStackBudget);
    vm->recursion_limit = kRecursionLimit;
    vm->file_access = false;
  }
  return *vm;
}

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "fuzz_exec: %s\n", what.c_str());
  std::abort();
}

}  // namespace

// As for the pyvm command (main.cpp): an allocation too large for the
// machine fails (a MemoryError for the program) instead of ending the run.
extern "C" const char* __asan_default_options() { return "allocator_may_return_null=1"; }

// operator new as in a build without AddressSanitizer, whose own reports a
// failed new as a fatal error: it throws std::bad_alloc, which the VM turns
// into MemoryError. It keeps to the runtime's allocation limit too, so that
// no request reaches libFuzzer's malloc limit (an out-of-memory finding) —
// a program's huge request fails as on a machine with less memory.
namespace {

void* new_memory(size_t bytes) { return pyvm::allocate_memory(bytes == 0 ? 1 : bytes); }

void* new_memory_or_null(size_t bytes) noexcept {
  return bytes <= pyvm::allocation_limit() ? std::malloc(bytes == 0 ? 1 : bytes) : nullptr;
}

}  // namespace

void* operator new(size_t bytes) { return new_memory(bytes); }
void* operator new[](size_t bytes) { return new_memory(bytes); }
void* operator new(size_t bytes, const std::nothrow_t&) noexcept { return new_memory_or_null(bytes); }
void* operator new[](size_t bytes, const std::nothrow_t&) noexcept { return new_memory_or_null(bytes); }
void operator delete(void* memory) noexcept { std::free(memory); }
void operator delete[](void* memory) noexcept { std::free(memory); }
void operator delete(void* memory, size_t) noexcept { std::free(memory); }
void operator delete[](void* memory, size_t) noexcept { std::free(memory); }
void operator delete(void* memory, const std::nothrow_t&) noexcept { std::free(memory); }
void operator delete[](void* memory, const std::nothrow_t&) noexcept { std::free(memory); }

// The programs' output goes nowhere; libFuzzer reports on stderr.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  pyvm::set_allocation_limit(kAllocationLimit);
  const int null_device = open("/dev/null", O_WRONLY);
  if (null_device < 0 || dup2(null_device, 1) < 0) fail("cannot send stdout to /dev/null");
  close(null_device);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  pyvm::VM& vm = fuzz_vm();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string error;
  pyvm::Ref<pyvm::CodeObject> code;
  try {
    code = pyvm::load_pvc(vm, bytes, "fuzz.pvc", &error);
  } catch (const std::bad_alloc&) {
    return 0;  // as the pyvm command: a file too big to check is refused ("out of memory")
  }
  if (!code) return 0;

  const pyvm::Value module = pyvm::make_module(vm, vm.names.dunder_main);
  vm.steps_left = kStepBudget;
  const pyvm::Value result = vm.run_code(code.get(), pyvm::module_dict(module));
  if (result.is_null() != vm.has_error()) fail("run_code's result and the pending exception disagree");
  vm.clear_error();
  if (!vm.flush_stdout()) vm.clear_error();
  return 0;
}
