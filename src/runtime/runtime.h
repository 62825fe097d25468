// SPDX-License-Identifier: GPL-3.0-or-later
// Runtime: the state every runtime function works with — the built-in type
// objects, interned names, the pending exception, the collector and the
// recursion guard. There is no global mutable state: each VM (src/vm/vm.h)
// is a Runtime plus its interpreter stacks and modules, so several can live
// in one process.
//
// Errors have one road (STYLE.md): a failing function sets the pending
// exception with rt.raise(...) and returns a failure marker (a null Value,
// false, or -1); the caller passes the failure up until the interpreter
// unwinds to a handler.
#pragma once

#include <array>
#include <climits>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/dict_shape.h"
#include "runtime/gc.h"
#include "runtime/object.h"
#include "runtime/step_allowance.h"
#include "runtime/str_index.h"
#include "runtime/type.h"
#include "runtime/value.h"

namespace pyvm {

struct Str;
struct Tuple;
struct Dict;
struct WeakReference;

enum class Exc : uint16_t {
#define EXCEPTION(kind, name, ...) kind,
#include "runtime/exceptions.def"
#undef EXCEPTION
  kCount
};
constexpr size_t kExceptionCount = static_cast<size_t>(Exc::kCount);

// Interned identifiers the runtime looks up by name (names.def).
struct Names {
#define NAME(member, text) Str* member = nullptr;
#include "runtime/names.def"
#undef NAME
};

class Runtime {
 public:
  Runtime();
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // Before gc: the strings the collector frees last give their index back.
  StrIndexTable str_indexes;
  Gc gc;  // destroyed after everything it allocated

  // ---- built-in types (owned by the runtime)
  Type* object_type = nullptr;
  Type* type_type = nullptr;
  Type* none_type = nullptr;
  Type* not_implemented_type = nullptr;
  Type* ellipsis_type = nullptr;
  Type* bool_type = nullptr;
  Type* int_type = nullptr;
  Type* float_type = nullptr;
  Type* complex_type = nullptr;
  Type* str_type = nullptr;
  Type* bytes_type = nullptr;
  Type* bytearray_type = nullptr;
  Type* memoryview_type = nullptr;
  Type* list_type = nullptr;
  Type* tuple_type = nullptr;
  Type* dict_type = nullptr;
  Type* set_type = nullptr;
  Type* frozenset_type = nullptr;
  Type* range_type = nullptr;
  Type* slice_type = nullptr;
  Type* module_type = nullptr;
  Type* cell_type = nullptr;
  Type* traceback_type = nullptr;
  Type* property_type = nullptr;
  Type* staticmethod_type = nullptr;
  Type* classmethod_type = nullptr;
  Type* method_type = nullptr;  // a callable bound to an instance
  // Native callables and descriptors (descriptors.h).
  Type* native_function_type = nullptr;  // builtin_function_or_method
  Type* method_descriptor_type = nullptr;
  Type* classmethod_descriptor_type = nullptr;
  Type* getset_descriptor_type = nullptr;
  Type* member_descriptor_type = nullptr;  // __slots__ members
  Type* mapping_proxy_type = nullptr;
  Type* simple_namespace_type = nullptr;  // types.SimpleNamespace
  Type* slot_wrapper_type = nullptr;  // wrapper_descriptor
  // Views and iterators.
  Type* dict_keys_type = nullptr;
  Type* dict_values_type = nullptr;
  Type* dict_items_type = nullptr;
  Type* dict_iterator_type = nullptr;
  Type* list_iterator_type = nullptr;
  Type* list_reverse_iterator_type = nullptr;
  Type* tuple_iterator_type = nullptr;
  Type* str_iterator_type = nullptr;
  Type* bytes_iterator_type = nullptr;
  Type* range_iterator_type = nullptr;
  Type* long_range_iterator_type = nullptr;
  Type* set_iterator_type = nullptr;
  Type* sequence_iterator_type = nullptr;  // iter() over __getitem__
  Type* callable_iterator_type = nullptr;  // iter(f, sentinel)
  Type* enumerate_type = nullptr;
  Type* zip_type = nullptr;
  Type* map_type = nullptr;
  Type* filter_type = nullptr;
  Type* reversed_type = nullptr;
  Type* generic_alias_type = nullptr;  // list[int] (generic_alias.h)
  Type* union_type = nullptr;          // int | None
  // Types defined by the layers above the runtime (they register here so
  // that any part of pyvm can recognise their instances).
  Type* code_type = nullptr;      // src/bytecode/code_object.h
  Type* function_type = nullptr;  // src/vm/function.h
  Type* generator_type = nullptr; // src/vm/generator.h
  Type* coroutine_type = nullptr;  // src/vm/coroutine.h, and the awaitables below
  Type* coroutine_wrapper_type = nullptr;
  Type* async_generator_type = nullptr;
  Type* async_generator_asend_type = nullptr;
  Type* async_generator_athrow_type = nullptr;
  Type* anext_awaitable_type = nullptr;
  Type* frame_type = nullptr;     // src/vm/frame_object.h
  Type* observed_native_call_type = nullptr;  // src/vm/observer_hook.cpp
  Type* super_type = nullptr;     // src/vm/super.h
  Type* stream_type = nullptr;    // src/lib/streams.h
  Type* binary_reader_type = nullptr;  // sys.stdin.buffer
  Type* binary_writer_type = nullptr;  // sys.stdout.buffer, sys.stderr.buffer
  Type* random_type = nullptr;    // src/lib/random_module.cpp (_random.Random)
  Type* re_pattern_type = nullptr;  // src/lib/re_module.cpp
  Type* re_match_type = nullptr;
  Type* re_scanner_type = nullptr;
  Type* struct_type = nullptr;  // src/lib/struct_module.cpp (_struct.Struct)
  Type* struct_unpack_iterator_type = nullptr;
  Type* hash_type = nullptr;    // src/lib/hashlib_module.cpp
  Type* hash_xof_type = nullptr;
  Type* blake2b_type = nullptr;
  Type* blake2s_type = nullptr;
  Type* array_type = nullptr;   // src/lib/array_module.cpp (array.array)
  Type* array_iterator_type = nullptr;
  Type* ucd_type = nullptr;       // src/lib/unicodedata_module.cpp (unicodedata.UCD)
  // The io module's classes (src/lib/io.h).
  Type* io_base_type = nullptr;
  Type* raw_io_base_type = nullptr;
  Type* buffered_io_base_type = nullptr;
  Type* text_io_base_type = nullptr;
  Type* file_io_type = nullptr;
  Type* buffered_reader_type = nullptr;
  Type* buffered_writer_type = nullptr;
  Type* buffered_random_type = nullptr;
  Type* text_io_wrapper_type = nullptr;
  Type* bytes_io_type = nullptr;
  Type* string_io_type = nullptr;
  Type* deque_type = nullptr;               // src/lib/collections_module.cpp
  Type* deque_iterator_type = nullptr;
  Type* deque_reverse_iterator_type = nullptr;
  Type* weakref_type = nullptr;             // src/runtime/weakref.h (weakref.ref)
  Type* weak_proxy_type = nullptr;          // weakref.ProxyType
  Type* weak_callable_proxy_type = nullptr; // weakref.CallableProxyType
  std::array<Type*, kExceptionCount> exception_types{};

  Type* exception_type(Exc kind) const { return exception_types[static_cast<size_t>(kind)]; }
  // The type of any value, inline ones included.
  Type* type_of(const Value& value) const {
    switch (value.tag()) {
      case Tag::kObject: return value.as_object()->type;
      case Tag::kInt: return int_type;
      case Tag::kFloat: return float_type;
      case Tag::kBool: return bool_type;
      default: return none_type;
    }
  }

  // ---- shared immutable values
  const Value& not_implemented() const { return not_implemented_; }
  const Value& ellipsis() const { return ellipsis_; }
  Tuple* empty_tuple() const { return empty_tuple_; }
  Str* empty_str() const { return empty_str_; }
  // The one-character string for an ASCII code (s[i] and iteration allocate nothing).
  Str* ascii_char(unsigned char c) const { return ascii_chars_[c & 0x7f]; }

  Names names;

  // The canonical interned string with this text (created on first use; it
  // lives as long as the runtime). Identifiers in code objects are interned,
  // so attribute and global lookups compare pointers.
  Str* intern(std::string_view text);
  // The interned string equal to `str` (which becomes it if none exists yet).
  Str* intern(Str* str);
  // intern() of a string with static storage duration (a literal such as
  // "__add__"), remembered by its address in a small direct-mapped cache:
  // the slots of classes defined in Python look their dunder names up on
  // every operator, comparison and hash, without hashing the text each time.
  Str* intern_static(const char* literal) {
    StaticName& entry = static_names_[(reinterpret_cast<uintptr_t>(literal) >> 3) & (kStaticNameCacheSize - 1)];
    if (entry.literal != literal) entry = {literal, intern(std::string_view(literal))};
    return entry.str;
  }

  // ---- the pending exception
  bool has_error() const { return !pending_error_.is_null(); }
  const Value& pending_error() const { return pending_error_; }
  // Sets a new exception of this kind with args (message,); returns null.
  Value raise(Exc kind, std::string_view message);
  Value raise(Type* type, std::string_view message);
  // Sets a new exception of this kind with args (argument,) (KeyError(key)).
  Value raise_with_arg(Exc kind, const Value& argument);
  // Sets an existing exception instance as pending; returns null.
  Value raise_exception(Value exception);
  // Removes and returns the pending exception.
  Value take_error();
  void clear_error() { pending_error_ = Value(); }
  // Whether the pending exception is an instance of this kind (or a subclass).
  bool error_matches(Exc kind) const;
  // Takes the pending exception, which cannot propagate (a finalizer raised
  // it), and reports it through unraisable_hook as CPython's
  // PyErr_WriteUnraisable: "Exception ignored in: <object>" and the traceback.
  void report_unraisable(const Value& object);
  // Installed by the VM, which knows how to print tracebacks.
  void (*unraisable_hook)(Runtime& rt, const Value& exception, const Value& object) = nullptr;

  // ---- the recursion guard: Python frames and native recursion (repr of a
  // nested list, a key function calling sorted) count against one limit;
  // the native stack is also checked so that nothing can overflow it.
  bool enter_recursion(const char* where = "") {
    if (++recursion_depth_ <= recursion_limit && !native_stack_exhausted() && --steps_left >= 0) return true;
    return recursion_overflow(where);
  }
  // enter_recursion for a Python frame run in the interpreter loop that is
  // already running (a call, a generator resumed by FOR_ITER_GEN): it takes
  // no native stack, which each entry into the loop checks.
  bool enter_frame() {
    if (++recursion_depth_ <= recursion_limit && --steps_left >= 0) return true;
    return recursion_overflow("");
  }
  // The step budget (fuzzing, embedding): each call, native recursion and
  // loop back edge takes a step; once none are left the program stops with
  // a RuntimeError that no exception handler catches. Unlimited by default.
  int64_t steps_left = INT64_MAX;
  bool out_of_steps() const { return steps_left < 0; }
  // The budget's slow path, once steps_left is below zero: takes the next
  // slice of the host's allowance (true), or raises the RuntimeError of the
  // exhausted limit (only once per run) and returns false.
  bool refill_steps();
  // The host's instruction limit (step_allowance.h): what is left of it.
  // kNoInstructionLimit while the run has none.
  int64_t instructions_left = kNoInstructionLimit;
  // The host's limits on the current run (step_allowance.h).
  StepAllowance step_allowance;
  // Installed by the VM: turns the eval loop's instruction counting on
  // (+1) or off (-1) for a run with an instruction limit.
  void (*count_instructions_hook)(int change) = nullptr;
  // For native code that waits rather than works (time.sleep), which takes
  // no steps: whether the host's deadline has passed, the time limit's
  // error then raised as refill_steps raises it.
  bool time_limit_reached();
  // Starts a run of at most `max_instructions` executed instructions (0:
  // any number) ending by `timeout_seconds` of wall-clock time (0: no
  // deadline).
  void start_limited_run(int64_t max_instructions, double timeout_seconds);
  // Makes the budget unlimited again, forgetting what was exceeded.
  void end_limited_run();
  // A limited run set aside while the host runs code of its own (describing
  // the run's error), and put back as it was afterwards.
  struct PausedRun {
    int64_t steps_left;
    int64_t instructions_left;
    StepAllowance allowance;
  };
  PausedRun pause_limited_run();
  void resume_limited_run(const PausedRun& paused);
  // Whether the native stack has reached the limit set_native_stack_base set
  // (the compiler checks it too: its recursion has its own depth limit).
  bool native_stack_exhausted() const {
    char here;
    return reinterpret_cast<uintptr_t>(&here) < native_stack_limit_;
  }
  void leave_recursion() { --recursion_depth_; }
  int recursion_depth() const { return recursion_depth_; }
  int recursion_limit = 1000;
  // The highest limit sys.setrecursionlimit() may set: an embedding host's
  // ceiling for the scripts it runs.
  int recursion_limit_ceiling = INT_MAX;
  // Marks the current native stack position as this thread's base; pyvm
  // raises RecursionError before using more than `stack_budget` bytes below it.
  void set_native_stack_base(size_t stack_budget);

  // Fresh version tags: a dict's when its keys change, a type's when its
  // attributes change. Never reused, so a cache that saw a version can trust
  // that nothing else ever has it.
  uint64_t next_dict_version() { return ++last_dict_version_; }
  // Once the 32-bit type versions run out, a changed type gets 0 (no caching)
  // rather than a version some cache may have seen.
  uint32_t next_type_version() {
    return last_type_version_ == UINT32_MAX ? 0 : ++last_type_version_;
  }
  // The type attribute cache (CPython's method cache): what lookup_in_mro
  // found for (type, type version, interned name). A type's version changes
  // with its attributes and its bases', and is never reused, so an entry
  // can be trusted exactly while its version is current.
  struct AttributeCacheEntry {
    const Type* type = nullptr;
    uint32_t version = 0;
    const Str* name = nullptr;
    const Value* found = nullptr;  // points into the dict of a type on the MRO
  };
  static constexpr size_t kAttributeCacheSize = 4096;  // a power of two
  AttributeCacheEntry& attribute_cache_entry(const Type* type, uint32_t version, const Str* name) {
    const uintptr_t key = (reinterpret_cast<uintptr_t>(name) >> 4) ^
                          (reinterpret_cast<uintptr_t>(type) >> 6) ^ (uintptr_t{version} * 2654435761u);
    return attribute_cache_[key & (kAttributeCacheSize - 1)];
  }

  // Instance dict shapes (dict_shape.h).
  ShapeTable shapes;

  // A fresh NaN payload for float('nan') (see float.cpp's distinct_nan).
  uint64_t next_nan_serial() { return ++last_nan_serial_; }

  // sys.set_int_max_str_digits(): the most decimal digits str(int) and
  // int(str) convert (CPython 3.11's protection against quadratic work).
  int64_t int_max_str_digits = 4300;
  // -O's level: 1 compiles asserts away and `__debug__` as False, 2 also
  // drops docstrings (CPython's optimization levels).
  int optimize_level = 0;
  // -X opt=N: 1 (the default) runs the bytecode optimizer on compiled code
  // (src/compiler/optimizer), 0 leaves code generation's output as it is.
  int bytecode_optimization = 1;

  // The __name__ of the running code's globals (type(name, bases, ns) takes
  // its __module__ from it); installed by the VM.
  Value (*current_module_name)(Runtime& rt) = nullptr;
  // The source line of instruction `instruction` of code object `code` (0
  // when no line stands for it); installed by the VM, for traceback entries.
  int (*line_of_instruction)(const Value& code, int instruction) = nullptr;

  // Containers whose repr is being built, so that a list containing itself
  // prints as [[...]] instead of recursing forever.
  std::vector<Object*> repr_in_progress;
  // Lists being sorted: emptying one keeps its storage, which is how the
  // sort notices that the list had items meanwhile (list.cpp).
  std::vector<const Object*> lists_being_sorted;

  // A MemoryError made in advance, raised when there is no memory left to
  // make one (out_of_memory.h).
  Value reserved_memory_error;

  // Each weakly referenced object's first weak reference (weakref.h); an
  // object with none has no entry.
  std::unordered_map<const Object*, WeakReference*> weak_reference_lists;

  // Calls any callable with the pyvm calling convention (type.h CallFn).
  Value call(const Value& callable, const Value* args, size_t nargs, Tuple* kwnames = nullptr);

 private:
  void create_types();
  void intern_names();

  Value pending_error_;
  Value not_implemented_;
  Value ellipsis_;
  Tuple* empty_tuple_ = nullptr;
  Str* empty_str_ = nullptr;
  std::array<Str*, 128> ascii_chars_{};
  // Keyed by the interned string's own text (which it keeps alive).
  std::unordered_map<std::string_view, Str*> interned_;
  int recursion_depth_ = 0;
  struct StaticName {
    const char* literal = nullptr;
    Str* str = nullptr;
  };
  static constexpr size_t kStaticNameCacheSize = 256;  // a power of two
  std::array<StaticName, kStaticNameCacheSize> static_names_{};
  uint64_t last_dict_version_ = 0;
  uint32_t last_type_version_ = 0;
  uint64_t last_nan_serial_ = 0;
  uintptr_t native_stack_limit_ = 0;  // lowest address the native stack may reach
  std::unique_ptr<AttributeCacheEntry[]> attribute_cache_ =
      std::make_unique<AttributeCacheEntry[]>(kAttributeCacheSize);

  // enter_recursion's slow path: raises RecursionError.
  bool recursion_overflow(const char* where);
};

// RAII form of enter_recursion/leave_recursion for native recursion.
class RecursionGuard {
 public:
  RecursionGuard(Runtime& rt, const char* where) : rt_(rt), entered_(rt.enter_recursion(where)) {}
  ~RecursionGuard() {
    if (entered_) rt_.leave_recursion();
  }
  RecursionGuard(const RecursionGuard&) = delete;
  RecursionGuard& operator=(const RecursionGuard&) = delete;
  bool ok() const { return entered_; }

 private:
  Runtime& rt_;
  bool entered_;
};

}  // namespace pyvm
