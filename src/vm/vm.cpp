// SPDX-License-Identifier: GPL-3.0-or-later
// VM construction (the types of the upper layers, the builtins and sys
// modules), running module code, compiling, standard output and source
// lines for tracebacks.
#include "vm/vm.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <utility>

#include "bytecode/code_object.h"
#include "bytecode/verifier.h"
#include "compiler/compiler.h"
#include "runtime/cell.h"
#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/memory_account.h"
#include "runtime/module.h"
#include "runtime/out_of_memory.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/call.h"
#include "vm/file_io.h"
#include "vm/frame_object.h"
#include "vm/function.h"
#include "vm/observer.h"
#include "vm/coroutine.h"
#include "vm/generator.h"
#include "vm/interrupt.h"
#include "vm/super.h"
#include "vm/traceback_printer.h"

namespace pyvm {

namespace {

// Frames come from one reserved region: enough for the deepest recursion
// the limit allows, committed only as used.
constexpr size_t kDataStackBytes = size_t{1} << 30;

Value current_module_name(Runtime& rt) {
  VM& vm = vm_of(rt);
  if (vm.current_frame == nullptr) return Value();
  return dict_get_str(vm.current_frame->globals, vm.names.dunder_name);
}

int line_of_code_instruction(const Value& code, int instruction) {
  return code.as<CodeObject>()->line_of(static_cast<size_t>(instruction));
}

// The default sys.unraisablehook: writes to sys.stderr, or nowhere when
// that is gone (at shutdown).
void print_unraisable(Runtime& rt, const Value& exception, const Value& object) {
  VM& vm = vm_of(rt);
  Value file = dict_get_str(module_dict(vm.sys_module), vm.names.stderr_);
  if (file.is_null() || file.is_none()) return;
  Value text = make_str(vm, format_unraisable(vm, exception, object));
  Value write = get_attr(vm, file, vm.intern("write"));
  if (write.is_null() || call(vm, write, &text, 1).is_null()) vm.clear_error();
}

// "<string>", "<stdin>": code that came from no file. As CPython's linecache,
// tracebacks show no source line for them.
bool is_pseudo_filename(const std::string& filename) {
  return filename.size() >= 2 && filename.front() == '<' && filename.back() == '>';
}

}  // namespace

VM::VM(InterpreterFlags startup_flags) : data_stack(kDataStackBytes), flags(std::move(startup_flags)) {
  optimize_level = flags.optimize;
  for (const std::string& option : flags.x_options) {  // -X int_max_str_digits=N (checked by the command line)
    if (option.starts_with("int_max_str_digits=")) int_max_str_digits = std::atoll(option.c_str() + 19);
    if (option.starts_with("opt=")) bytecode_optimization = std::atoi(option.c_str() + 4);  // -X opt=0|1
  }
  init_code_type(*this);
  init_function_type(*this);
  init_generator_type(*this);
  init_async_generator_types(*this);
  init_coroutine_types(*this);
  init_frame_type(*this);
  init_observed_native_call_type(*this);
  init_super_type(*this);
  current_module_name = pyvm::current_module_name;
  line_of_instruction = line_of_code_instruction;
  unraisable_hook = print_unraisable;
  count_instructions_hook = count_instruction_limited_vm;
  modules = make_dict(*this);
  // builtins, sys and the standard streams come with the library
  // (lib/standard_library.h), which the host installs next.
}

VM::~VM() {
  finalize_modules();
  if (!flush_stdout()) clear_error();  // the pyvm command reports it before this
  if (is_observed()) {
    observers_.clear();
    count_observed_vm(-1);
  }
  end_limited_run();  // (the process's count of instruction-limited VMs)
  sys_trace_hooks.reset();
  debugger.reset();
  current_frame = nullptr;
  base_exception_state.exception = Value();
  modules = Value();
  builtins_module = Value();
  sys_module = Value();
  stdin_stream = Value();
  stdout_stream = Value();
  stderr_stream = Value();
  io_unsupported_operation = Value();
  io_open = Value();
  warnings_filters = Value();
  struct_error = Value();
  binascii_error = Value();
  re_last_subject.reset();
  binascii_incomplete = Value();
  exit_callbacks = Value();
}

Dict* VM::builtins_dict() const { return module_dict(builtins_module); }

Value VM::handled_exception() const {
  for (const ExceptionState* state = exception_state; state != nullptr; state = state->previous) {
    if (!state->exception.is_null() && !state->exception.is_none()) return state->exception;
  }
  return Value();
}

Value VM::compile(std::string_view source, const std::string& filename, ParseMode mode) {
  // The compiler's memory (tokens, AST, tables: up to 150 bytes per source
  // byte) is not seen by the memory account; while it works, an estimate
  // of it is reserved, so that under a ceiling a huge source is a
  // MemoryError rather than gigabytes.
  constexpr size_t kCompilerBytesPerSourceByte = 128;
  std::optional<MemoryReservation> compiler_memory;
  try {
    compiler_memory.emplace(source.size() > SIZE_MAX / kCompilerBytesPerSourceByte
                                ? SIZE_MAX
                                : source.size() * kCompilerBytesPerSourceByte);
  } catch (const std::bad_alloc&) {
    return raise_no_memory(*this);
  }
  if (!is_pseudo_filename(filename)) sources[filename] = std::string(source);
  Value code = compile_source(*this, source, filename, mode);
#ifndef NDEBUG
  // Debug and sanitizer builds hold the compiler to the verifier's rules.
  std::string error;
  if (!code.is_null() && !verify_code(*this, *code.as<CodeObject>(), &error)) {
    std::fprintf(stderr, "pyvm: internal error: the compiler produced bytecode the verifier rejects: %s\n",
                 error.c_str());
    std::abort();
  }
#endif
  return code;
}

Value VM::run_code(CodeObject* code, Dict* globals, const Value& locals) {
  if (dict_find_str(globals, names.dunder_builtins) < 0) {
    dict_set_str(*this, globals, names.dunder_builtins, builtins_module);
  }
  // Free variables need a function's closure; exec() and eval() have none.
  if (code->free_count() > 0) {
    return raise(Exc::kTypeError, "code object passed to exec() may not contain free variables");
  }
  // A function body (f.__code__) runs as a call without arguments, as in
  // CPython: parameters are checked, and a generator body makes a generator.
  if (code->has_flag(kCodeFunction)) {
    Value function = make_function(*this, code, globals);
    if (function.is_null()) return function;
    return call(function, nullptr, 0);
  }
  Frame* frame = push_frame(*this, code, nullptr);
  if (frame == nullptr) return Value();
  for (size_t i = 0; i < code->cell_count(); ++i) frame->slots()[code->local_count() + i] = make_cell(*this, Value());
  frame->globals = globals;
  Value builtins = dict_get_str(globals, names.dunder_builtins);
  if (!builtins.is_null() && type_of(builtins) == module_type) builtins = builtins.as<Module>()->dict;
  frame->builtins = !builtins.is_null() && is_dict(builtins) ? builtins.as<Dict>() : builtins_dict();
  frame->locals = locals;
  // The frame borrows its dicts; keep them alive for the run.
  Value keep_globals = Value::from_object(globals);
  Value keep_code = Value::from_object(code);
  Value keep_builtins = Value::from_object(frame->builtins);
  return run_frame(frame);
}

bool VM::service_loop_back_edge() {
  if (out_of_steps() && !refill_steps()) return false;
  if (take_interrupt(*this)) return false;
  if (gc.should_collect()) {
    gc.collect();
    gc.restore_reserve();  // after a MemoryError
  }
  return true;
}

// ------------------------------------------------------------------ output

bool VM::write_stdout(std::string_view text) {
  stdout_buffer_.append(text);
  if (stdout_copy != nullptr) stdout_copy->append(text);
  static const bool interactive = isatty(1);
  if (flags.unbuffered || stdout_buffer_.size() >= 1 << 16 ||
      (interactive && text.find('\n') != std::string_view::npos)) {
    return flush_stdout();
  }
  return true;
}

int VM::drain_stdout_buffer() {
  if (stdout_sink) return drain_stdout_to_sink();
  size_t written = 0;
  int error = 0;
  while (written < stdout_buffer_.size()) {
    const ssize_t n = ::write(1, stdout_buffer_.data() + written, stdout_buffer_.size() - written);
    if (n < 0 && errno == EINTR) continue;  // Ctrl-C is polled by the eval loop, not here
    if (n <= 0) {
      error = n < 0 ? errno : EIO;
      break;
    }
    written += static_cast<size_t>(n);
  }
  // As CPython's buffered writer, output that failed is not tried again.
  stdout_buffer_.clear();
  return error;
}

int VM::drain_stdout_to_sink() {
  if (stdout_buffer_.empty()) return 0;
  const std::string text = std::exchange(stdout_buffer_, std::string());
  try {
    stdout_sink(text);
  } catch (...) {
    return EIO;  // the host's callback failed: a write error for the program
  }
  return 0;
}

bool VM::flush_stdout() {
  int error = drain_stdout_buffer();
  if (error == 0) error = std::exchange(deferred_stdout_error_, 0);
  if (error == 0) return true;
  raise_os_error(*this, error);
  return false;
}

void VM::write_stderr(std::string_view text) {
  // stdout first, so that both streams on one terminal or file keep their order.
  if (const int error = drain_stdout_buffer()) deferred_stdout_error_ = error;
  if (stderr_sink) {
    try {
      stderr_sink(text);
    } catch (...) {
      // As a failed write to descriptor 2: stderr has nowhere to report it.
    }
    return;
  }
  size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(2, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    written += static_cast<size_t>(n);
  }
}

std::string VM::source_line(const std::string& filename, int line) {
  if (is_pseudo_filename(filename)) return "";
  auto found = sources.find(filename);
  if (found == sources.end()) {
    std::string contents;
    if (!read_file(filename, &contents)) return "";
    found = sources.emplace(filename, sanitize_utf8(contents)).first;
  }
  const std::string& text = found->second;
  size_t start = 0;
  for (int i = 1; i < line; ++i) {
    start = text.find('\n', start);
    if (start == std::string::npos) return "";
    ++start;
  }
  size_t end = text.find('\n', start);
  std::string result = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (!result.empty() && result.back() == '\r') result.pop_back();
  return result;
}

}  // namespace pyvm
