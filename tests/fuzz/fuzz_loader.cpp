// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the .pvc loader and verifier: any bytes, taken as a
// bytecode file, must load to a verified code object or be refused with a
// one-line message — never a crash, a sanitizer report, a leak or a pending
// Python exception. What the loader accepts, the serializer must write back
// as a file that loads again and serializes to the same bytes. Seeded with
// the golden programs compiled by `pyvm --compile` (make_pvc_corpus.py).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "bytecode/loader.h"
#include "bytecode/serializer.h"
#include "lib/standard_library.h"
#include "vm/vm.h"

namespace {

// One VM for the whole run: making one per input would spend the time on
// start-up instead of on the loader. It is destroyed at exit, before
// LeakSanitizer's check, so anything an input leaves behind is reported.
pyvm::VM& fuzz_vm() {
  static pyvm::StandardVM vm;
  return vm;
}

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "fuzz_loader: %s\n", what.c_str());
  std::abort();
}

// Loads `bytes`; null (and `*error` set) if refused. Fails the run on a
// broken promise of load_pvc's.
pyvm::Ref<pyvm::CodeObject> load(pyvm::VM& vm, std::string_view bytes, std::string* error) {
  pyvm::Ref<pyvm::CodeObject> code = pyvm::load_pvc(vm, bytes, "fuzz.pvc", error);
  if (vm.has_error()) fail("load_pvc left a Python exception pending");
  if (!code && error->empty()) fail("load_pvc refused the file without a message");
  if (!code && error->find('\n') != std::string::npos) fail("load_pvc's message is not one line: " + *error);
  return code;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  pyvm::VM& vm = fuzz_vm();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string error;
  const pyvm::Ref<pyvm::CodeObject> code = load(vm, bytes, &error);
  if (!code) return 0;

  // Round trip: the loader's view of the file, written back, is a file the
  // loader accepts and that the serializer reproduces byte for byte.
  pyvm::PvcSourceInfo source;
  if (!pyvm::read_pvc_header(bytes, &source, &error)) fail("header refused after the file loaded: " + error);
  const std::string written = pyvm::serialize_pvc(vm, *code, source);
  const pyvm::Ref<pyvm::CodeObject> reloaded = load(vm, written, &error);
  if (!reloaded) fail("the serialized code does not load again: " + error);
  if (pyvm::serialize_pvc(vm, *reloaded, source) != written) fail("serializing the reloaded code gives other bytes");
  return 0;
}
