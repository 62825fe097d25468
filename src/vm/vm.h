// SPDX-License-Identifier: GPL-3.0-or-later
// VM: one Python virtual machine — the runtime state (Runtime) plus what
// running code needs: the frame stack, the chain of exceptions being
// handled, the module system (sys.modules, builtins), standard output, and
// the source of compiled files for tracebacks.
//
// Several VMs can exist in one process; a VM is used by one thread at a time.
#pragma once

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/parser.h"
#include "runtime/runtime.h"
#include "runtime/value.h"
#include "vm/frame.h"
#include "vm/frozen_modules.h"
#include "vm/native_module_table.h"
#include "vm/generator.h"

namespace pyvm {

struct CodeObject;
struct Function;
class Observer;

// How the interpreter was started: python3's command-line flags (and the
// environment variables standing for them), as sys.flags shows them.
struct InterpreterFlags {
  int optimize = 0;                  // -O: asserts off, __debug__ False; -OO: no docstrings
  bool dont_write_bytecode = false;  // -B: imports write no __pycache__ files
  bool unbuffered = false;           // -u: stdout written at every write
  bool ignore_environment = false;   // -E: PYTHON* variables ignored
  bool isolated = false;             // -I: -E, -s and -P together
  bool safe_path = false;            // -P: sys.path gets no script directory
  bool no_user_site = false;         // -s (pyvm has no site packages)
  bool no_site = false;              // -S
  bool quiet = false;                // -q: no banner on the interactive prompt
  bool inspect = false;              // -i: the interactive prompt after the program
  int verbose = 0;                   // -v
  int bytes_warning = 0;             // -b
  int debug = 0;                     // -d
  std::vector<std::string> warn_options;  // -W: sys.warnoptions
  std::vector<std::string> x_options;     // -X: sys._xoptions
  std::vector<std::string> orig_argv;     // sys.orig_argv
};

class VM : public Runtime {
 public:
  explicit VM(InterpreterFlags flags = {});
  ~VM();

  // ---- running code
  // Compiles source to a code object; a SyntaxError becomes the pending
  // exception (null result).
  Value compile(std::string_view source, const std::string& filename, ParseMode mode);
  // Runs module-level code with `globals` as its namespace (and `locals`,
  // for exec/class bodies, when not null). Null with an exception pending on error.
  Value run_code(CodeObject* code, Dict* globals, const Value& locals = Value());
  // The interpreter loop (interpreter.cpp): runs `frame`, already bound to
  // its arguments, until it returns, yields or raises. With
  // `throw_pending`, the pending exception is raised at the frame's current
  // instruction first (generator.throw()).
  Value run_frame(Frame* frame, bool throw_pending = false);
  // The work a loop's backward jump does when some is pending (kept out of
  // the eval loop): raises KeyboardInterrupt after Ctrl-C (returning false),
  // runs a due cycle collection.
  [[gnu::noinline]] bool service_loop_back_edge();
  // Calls a Python function from native code.
  Value call_function(Function* function, const Value* args, size_t nargs, Tuple* kwnames);
  // At exit (shutdown.cpp): lets the modules and what they hold go in the
  // order CPython does, running their finalizers; none runs afterwards.
  // It calls the atexit functions first, if nothing did.
  void finalize_modules();
  // Calls the functions atexit.register() keeps (exit_callbacks), the last
  // registered first, and forgets them; an exception one raises is printed
  // ("Exception ignored in atexit callback: ...") and the next one runs.
  void run_exit_callbacks();
  // A list of (function, arguments, kwnames), None for an unregistered
  // one; null until atexit.register() is first called.
  Value exit_callbacks;

  // ---- modules
  Value modules;         // sys.modules: a dict
  Value builtins_module;
  Value sys_module;
  Dict* builtins_dict() const;
  // import name (import.cpp): `globals` gives the importing module's package
  // for relative imports; fromlist and level as __import__'s.
  Value import_module(Str* name, const Value& globals, const Value& fromlist, int64_t level);
  // `-m name`: the source file to run as __main__ (name's own, or a
  // package's __main__.py), after importing the packages it is in, as
  // python3 -m does; "" with a pending ImportError when there is none.
  // When no file is found but a frozen module is (`pyvm -m unittest`),
  // `*frozen` is set and the result is its "<frozen NAME>" filename.
  std::string find_main_module(const std::string& name, const FrozenModule** frozen);
  std::vector<std::string> module_search_path;  // seeded into sys.path

  // ---- execution state
  Frame* current_frame = nullptr;
  DataStack data_stack;
  // Where the globals dict make_function saw last keeps __builtins__ and
  // __name__ (function.cpp): the next function made with it reads them
  // without two lookups (a comprehension or closure made in a loop).
  struct GlobalsEntries {
    const Dict* globals = nullptr;
    uint64_t version = 0;      // the dict's keys version they hold for
    int64_t builtins = -1;     // entry indexes; -1 when absent
    int64_t module_name = -1;
  } function_globals;
  ExceptionState base_exception_state;
  ExceptionState* exception_state = &base_exception_state;
  // The exception being handled now (what a bare `raise` re-raises), or null.
  Value handled_exception() const;

  // ---- standard streams (buffered; flushed at exit and before input()).
  // A failed write to stdout raises OSError (BrokenPipeError, "No space
  // left on device") and returns false; the unwritten output is dropped.
  [[nodiscard]] bool write_stdout(std::string_view text);
  void write_stderr(std::string_view text);
  [[nodiscard]] bool flush_stdout();
  // When set, everything written to stdout is also appended here (the
  // tracer's --trace-state records the output of each step).
  std::string* stdout_copy = nullptr;
  Value stdin_stream;
  Value stdout_stream;  // the sys.stdout object print() writes to by default
  Value stderr_stream;
  // The io module's state (lib/io.h): the class io.UnsupportedOperation
  // and the function open() (builtins.open is io.open).
  Value io_unsupported_operation;
  Value io_open;
  // Exception classes of native modules, made when the module is first
  // imported.
  Value struct_error;         // struct.error
  Value binascii_error;       // binascii.Error
  Value binascii_incomplete;  // binascii.Incomplete
  // re's last decoded str or bytes subject (lib/re_module.cpp): matching
  // one text at successive positions (a tokenizer) decodes it once.
  std::shared_ptr<void> re_last_subject;

  // Source text of compiled files, for the lines tracebacks show.
  std::unordered_map<std::string, std::string> sources;
  // The source line `line` of `filename` (empty when unknown).
  std::string source_line(const std::string& filename, int line);

  // The modules the host gives this VM (the standard library's, installed
  // by lib/standard_library.h): native ones, consulted by import before
  // sys.path, and Python ones compiled into the binary
  // (vm/frozen_modules.h), consulted after it. Both are empty in a bare VM.
  std::span<const NativeModule> native_modules;
  std::span<const FrozenModule> frozen_modules;

  // _warnings.filters, which the VM consults for the warnings it issues
  // at exit, when the warnings module no longer runs; the warnings then
  // shown, each once, as CPython's C side does (vm/warnings.h).
  Value warnings_filters;
  std::unordered_set<std::string> shown_warnings;

  std::vector<std::string> argv;
  const InterpreterFlags flags;
  // Where the standard streams' text goes instead of file descriptors 1
  // and 2, when set (a host's callbacks, src/embed).
  std::function<void(std::string_view)> stdout_sink;
  std::function<void(std::string_view)> stderr_sink;
  // The top-level names of the modules import may load, when set: a host
  // running untrusted code lists what the code may use (src/embed).
  std::optional<std::unordered_set<std::string>> importable_modules;
  // The embedding API's state for this VM (src/embed), null in the command.
  void* embedding = nullptr;

  // Whether the program may touch the file system: open() and the os
  // module's functions raise PermissionError without it, and imports write
  // no __pycache__ files. A host running untrusted code turns it off (the
  // exec fuzzer does).
  bool file_access = true;

  // ---- observers (observer.h): the tools that watch execution
  // Attaching makes every instruction of this VM pass the eval loop's hook;
  // observers are not owned and must be detached before they go.
  void attach_observer(Observer* observer);
  void detach_observer(Observer* observer);
  bool is_attached(const Observer* observer) const;
  bool is_observed() const { return !observers_.empty(); }
  // sys.settrace and sys.setprofile's observer (lib/sys_trace.cpp).
  std::unique_ptr<Observer> sys_trace_hooks;
  // The debugger (tools/debugger.h), once --debug or breakpoint() made it.
  std::unique_ptr<Observer> debugger;
  // The hook's entry points (observer_hook.cpp), called by the eval loop:
  // before each instruction while any VM in the process is observed, and
  // where an exception is raised in or leaves a frame of an observed VM.
  // False with an exception pending (an observer's error).
  [[gnu::noinline]] bool observe_instruction(Frame* frame);
  [[gnu::noinline]] bool observe_exception(Frame* frame);
  [[gnu::noinline]] void observe_unwind(Frame* frame);
  void observe_handler_entry(Frame* frame) { unwound_to_handler_ = frame; }
  // Reports a call from bytecode to a native callable around the call
  // itself (observer_hook.cpp: how the hook sees such calls).
  Value call_native_observed(const Value& callable, const Value* args, size_t nargs, Tuple* kwnames);

 private:
  std::vector<Observer*> observers_;
  // Bumped whenever observing starts; a frame is announced once per epoch.
  uint32_t observe_epoch_ = 0;
  // True while an observer's callback runs: no events are reported then.
  bool in_observer_ = false;
  // The frame whose exception handler the loop just jumped to: until that
  // handler reaches a clause (PUSH_EXC_INFO), it runs compiler-made
  // cleanup, which reports no lines (CPython's has none).
  const Frame* unwound_to_handler_ = nullptr;
  // Announces `frame` with a "call" event if this run of it was not yet
  // announced (a generator resumed by throw() raises before any instruction).
  bool observe_frame_entry(Frame* frame);
  bool observe_native_return(Frame* frame, const Value& callable);
  // Makes the next instruction's call to a native callable report itself.
  bool wrap_native_callee(Frame* frame);

  std::string stdout_buffer_;
  // A write error met while flushing stdout ahead of stderr output, where
  // it cannot be raised: the next flush_stdout() raises it.
  int deferred_stdout_error_ = 0;
  // Writes out and empties the buffer: 0, or the errno of a failed write.
  int drain_stdout_buffer();
  int drain_stdout_to_sink();
};

// The VM a runtime function was called with (every Runtime is a VM).
inline VM& vm_of(Runtime& rt) { return static_cast<VM&>(rt); }

}  // namespace pyvm
