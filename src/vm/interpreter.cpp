// SPDX-License-Identifier: GPL-3.0-or-later
// The interpreter loop: fetch, decode, execute (docs/architecture.md).
//
// One 32-bit word per instruction; dispatch by computed goto through a
// table generated from opcodes.def. The instruction pointer, stack pointer
// and current frame live in local variables. Each instruction is a short
// block: fast paths for the common types inline, the general case through
// the protocols (runtime/protocols.h) or a named slow path
// (vm/instructions.h). Calls between Python functions do not recurse on
// the C++ stack: CALL pushes a frame and continues; RETURN_VALUE pops it.
//
// Errors have one road: a failing operation leaves the pending exception
// set and jumps to `error`, which records the traceback entry and unwinds
// to the innermost handler of the exception table, frame by frame.
//
// Tools watch the loop through one hook (vm/observer.h): while any VM is
// observed, every entry of the dispatch table leads to
// `observe_instruction_hook` instead of the instruction's own block; while
// any VM runs under an instruction limit, `count_instruction_hook`.
#include <array>
#include <cmath>
#include <atomic>
#include <cstring>
#include <mutex>
#include <utility>

#include "bytecode/code_object.h"
#include "runtime/cell.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/exception_group.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/object_type.h"
#include "runtime/slots.h"
#include "runtime/out_of_memory.h"
#include "runtime/property.h"
#include "runtime/protocols.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/str_methods.h"
#include "runtime/tuple.h"
#include "vm/call.h"
#include "vm/frame_object.h"
#include "vm/function.h"
#include "vm/coroutine.h"
#include "vm/generator.h"
#include "vm/generator_step.h"
#include "vm/instructions.h"
#include "vm/observer.h"
#include "vm/interrupt.h"
#include "vm/specialize.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

// The dispatch table is one for the process, so that the loop pays nothing
// for the hook while no VM is observed: an instruction's dispatch loads its
// block's address from the table either way. Its entries are run_frame's
// instruction blocks, or all the hook's block while any VM has observers
// attached (the hook passes an unobserved VM's instructions straight on).
// Entries are read and written as relaxed atomics (VMs may run in other
// threads); such a load compiles to the same plain move.
// An instruction limit works the same way: while any VM runs under one,
// every entry leads to `count_instruction_hook` (or the observer hook,
// which goes on to it).
const void** g_dispatch_table = nullptr;  // run_frame's, once it ran
const void* const* g_instruction_blocks = nullptr;  // run_frame's, once it ran
const void* g_observe_hook_block = nullptr;
const void* g_count_hook_block = nullptr;
int g_observed_vm_count = 0;
int g_instruction_limited_vm_count = 0;
std::mutex g_dispatch_mutex;  // guards the six above and table writes

void fill_dispatch_table() {
  if (g_instruction_blocks == nullptr) return;  // run_frame fills it on its first call
  for (size_t i = 0; i < kOpcodeCount; ++i) {
    const void* block = g_observed_vm_count > 0             ? g_observe_hook_block
                        : g_instruction_limited_vm_count > 0 ? g_count_hook_block
                                                             : g_instruction_blocks[i];
    std::atomic_ref(g_dispatch_table[i]).store(block, std::memory_order_relaxed);
  }
}

void install_dispatch_table(const void** dispatch_table, const void* const* instruction_blocks,
                            const void* observe_hook_block, const void* count_hook_block) {
  std::lock_guard lock(g_dispatch_mutex);
  g_dispatch_table = dispatch_table;
  g_instruction_blocks = instruction_blocks;
  g_observe_hook_block = observe_hook_block;
  g_count_hook_block = count_hook_block;
  fill_dispatch_table();
}

// How many instructions of the code as compiled one execution of each
// opcode runs: two for a superinstruction and a test-and-jump form
// (COMPARE_OP_*_JUMP, CONTAINS_OP_SET_JUMP: each runs the instruction after
// it too), one for any other. An
// instruction limit counts these, so that its count does not depend on
// which instructions quickening has fused.
const std::array<uint8_t, kOpcodeCount> g_instructions_run_by = [] {
  std::array<uint8_t, kOpcodeCount> counts{};
  for (size_t i = 0; i < kOpcodeCount; ++i) {
    const auto op = static_cast<Opcode>(i);
    SuperinstructionHalves halves;
    counts[i] = superinstruction_halves(op, &halves) || op == Opcode::COMPARE_OP_INT_JUMP ||
                        op == Opcode::COMPARE_OP_FLOAT_JUMP || op == Opcode::COMPARE_OP_STR_JUMP ||
                        op == Opcode::CONTAINS_OP_SET_JUMP
                    ? 2
                    : 1;
  }
  return counts;
}();

// Destroys the values in [from, to) (the operand stack above `from`).
inline void release_range(Value* from, Value* to) {
  while (to > from) std::destroy_at(--to);
}

inline int compare_int64(int64_t a, int64_t b, uint32_t op) {
  switch (static_cast<CompareOp>(op)) {
    case CompareOp::kLess: return a < b;
    case CompareOp::kLessEqual: return a <= b;
    case CompareOp::kEqual: return a == b;
    case CompareOp::kNotEqual: return a != b;
    case CompareOp::kGreater: return a > b;
    default: return a >= b;
  }
}

inline int compare_double(double a, double b, uint32_t op) {
  switch (static_cast<CompareOp>(op)) {
    case CompareOp::kLess: return a < b;
    case CompareOp::kLessEqual: return a <= b;
    case CompareOp::kEqual: return a == b;
    case CompareOp::kNotEqual: return a != b;
    case CompareOp::kGreater: return a > b;
    default: return a >= b;
  }
}

// Both operands as doubles when one is a float and the other a float or a
// small int, as CPython's float operators take them: an int converts to the
// nearest double (ties to even), which is what a C++ cast does.
PYVM_ALWAYS_INLINE bool mixed_float_operands(const Value& a, const Value& b, double* x, double* y) {
  if (!(a.is_float() || b.is_float())) return false;
  if (!(a.is_float() || a.is_small_int()) || !(b.is_float() || b.is_small_int())) return false;
  *x = a.is_float() ? a.as_float() : static_cast<double>(a.as_small_int());
  *y = b.is_float() ? b.as_float() : static_cast<double>(b.as_small_int());
  return true;
}

// An int a double holds exactly (|i| <= 2**53): comparing or dividing such
// ints as doubles gives CPython's exact result.
inline bool exact_in_double(int64_t i) {
  constexpr int64_t kLimit = int64_t{1} << 53;
  return i >= -kLimit && i <= kLimit;
}

// The binary operator of a BINARY_* or INPLACE_* opcode (or of a
// specialized form of one).
inline BinaryOp binary_op_of(Opcode op, Opcode first) {
  return static_cast<BinaryOp>(static_cast<int>(base_opcode(op)) - static_cast<int>(first));
}

// The __dict__ slot of an instance whose type has a positive dict_offset
// (the attribute caches specialize only such types).
PYVM_ALWAYS_INLINE Value& dict_slot_of(Object* object) {
  return *reinterpret_cast<Value*>(reinterpret_cast<char*>(object) + object->type->dict_offset);
}

// The instance's dict if its shape is `shape` (never kEmptyShape's null slot).
PYVM_ALWAYS_INLINE Dict* dict_with_shape(Object* object, uint32_t shape) {
  const Value& slot = dict_slot_of(object);
  if (!slot.is_object()) return nullptr;
  Dict* dict = reinterpret_cast<Dict*>(slot.as_object());
  return dict->shape == shape ? dict : nullptr;
}

// Whether `value` is an object of exactly `type` (not a subclass): the
// guard of most specialized forms.
PYVM_ALWAYS_INLINE bool is_exactly(const Value& value, const Type* type) {
  return value.is_object() && value.as_object()->type == type;
}

// The receiver guard of most attribute caches: an object whose type is
// still at the version the cache saw.
PYVM_ALWAYS_INLINE bool has_type_version(const Value& value, uint32_t version) {
  return value.is_object() && value.as_object()->type->version == version;
}

// The entry of a *_POLY site's cache that fits `object`: its type's
// version and, unless the entry is for instances without a __dict__
// (kNoShape), its dict's shape. Null when none does.
PYVM_ALWAYS_INLINE const PolymorphicEntry* polymorphic_entry_for(const PolymorphicCache& entries,
                                                                 Object* object) {
  const uint32_t version = object->type->version;
  for (size_t i = 0; i < entries.count; ++i) {
    const PolymorphicEntry& entry = entries.entries[i];
    if (entry.type_version == version &&
        (entry.shape == kNoShape || instance_dict_shape(dict_slot_of(object)) == entry.shape)) {
      return &entry;
    }
  }
  return nullptr;
}

// `key in set` for an exact set or frozenset: a small int the set's bitmap
// of small ints answers for (set.h) needs no call (`c not in cols` in a
// search loop); 1, 0, or -1 with an error.
PYVM_ALWAYS_INLINE int set_membership(VM& vm, const Value& set, const Value& key) {
  const SmallIntIndex::Answer answer = set.as<Set>()->small_ints.find(key);
  if (answer == SmallIntIndex::kUnknown) return set_contains_slot(vm, set, key);
  return answer == SmallIntIndex::kPresent;
}

// Whether `callee` is a Python function that takes exactly `nargs`
// positional arguments and nothing else (push_plain_call_frame).
PYVM_ALWAYS_INLINE bool is_plain_python_call(const VM& vm, const Value& callee, size_t nargs) {
  return is_exactly(callee, vm.function_type) &&
         static_cast<int64_t>(callee.as<Function>()->plain_arity) == static_cast<int64_t>(nargs);
}

// The truth of None, a bool, a small int or a float (the usual conditions),
// or -2 for an object, whose type decides (truth()).
PYVM_ALWAYS_INLINE int inline_truth(const Value& value) {
  switch (value.tag()) {
    case Tag::kBool:
    case Tag::kInt: return value.as_small_int() != 0;
    case Tag::kFloat: return value.as_float() != 0.0;
    case Tag::kObject: return -2;
    default: return 0;  // None (and null)
  }
}

// FOR_ITER_GEN's and SEND_GEN's way into a generator whose step began
// (begin_generator_step): its frame, under the caller's, runs next in this
// loop; not being an entry frame, its YIELD_VALUE and RETURN_VALUE come
// back here (leave_inline_generator).
Frame* enter_inline_generator(Generator* generator, Frame* caller) {
  Frame* frame = generator->frame();
  frame->is_entry = false;
  frame->previous = caller;
  return frame;
}

// The end of a step of a generator that FOR_ITER_GEN or SEND_GEN resumed in this loop
// (it yielded, returned or raised: `raised`): its frame is cleared unless
// suspended, it leaves the frame chain, and the caller's frame is returned.
Frame* leave_inline_generator(VM& vm, Frame* frame, bool raised) {
  Generator* generator = frame->generator;
  Frame* caller = frame->previous;
  frame->previous = nullptr;  // a suspended frame has no caller (f_back)
  // Unlinked before it is cleared, as in CPython 3.11: a finalizer run by
  // the clearing sees the caller as its own caller.
  vm.current_frame = caller;
  if (generator->state != GeneratorState::kSuspended) clear_frame(frame);
  end_generator_step(vm, generator, raised);
  return caller;
}

// A list or tuple index: `i` made non-negative, false when out of range.
PYVM_ALWAYS_INLINE bool normalize_index(int64_t* i, size_t size) {
  if (*i < 0) *i += static_cast<int64_t>(size);
  return *i >= 0 && *i < static_cast<int64_t>(size);
}

}  // namespace

void count_observed_vm(int change) {
  std::lock_guard lock(g_dispatch_mutex);
  g_observed_vm_count += change;
  fill_dispatch_table();
}

void count_instruction_limited_vm(int change) {
  std::lock_guard lock(g_dispatch_mutex);
  g_instruction_limited_vm_count += change;
  fill_dispatch_table();
}

Value VM::run_frame(Frame* entry, bool throw_pending) {
  static const void* const kInstructionBlocks[] = {
#define OPCODE(name, kind, pops, pushes, jump_pops, jump_pushes, flags, text) &&op_##name,
#include "bytecode/opcodes.def"
#undef OPCODE
  };
  static_assert(std::size(kInstructionBlocks) == kOpcodeCount);
  // What dispatch jumps through (see the top): kInstructionBlocks while no
  // VM is observed.
  static const void* dispatch_table[] = {
#define OPCODE(name, kind, pops, pushes, jump_pops, jump_pushes, flags, text) &&op_##name,
#include "bytecode/opcodes.def"
#undef OPCODE
  };
  // (Not a guarded static's initializer: that costs the loop registers.)
  if (g_dispatch_table == nullptr) [[unlikely]] {
    install_dispatch_table(dispatch_table, kInstructionBlocks, &&observe_instruction_hook,
                           &&count_instruction_hook);
  }

  // A native re-entry into the loop counts against the native stack guard.
  RecursionGuard native_guard(*this, "");
  if (!native_guard.ok()) {
    if (entry->generator == nullptr) pop_frame(*this, entry);
    return Value();
  }
  entry->is_entry = true;
  entry->previous = current_frame;
  Frame* frame = entry;
  current_frame = frame;

  CodeObject* code;
  const uint32_t* first_instruction;
  const uint32_t* ip;
  Value* sp;
  Value* locals;
  const Value* constants;
  uint32_t word;
  size_t arg;  // (as wide as a pointer: indexing with it needs no extension)
  bool reraise = false;  // the error is a re-raise: no new traceback entry
  bool compared;  // COMPARE_OP_*_JUMP's result for the jump after it; POP_JUMP_IF_*NONE's test
  int contained;  // CONTAINS_OP's: 1, 0, or -1 with an error raised

#define LOAD_FRAME()                                \
  do {                                              \
    code = frame->code;                             \
    first_instruction = code->instructions.data();  \
    ip = frame->ip;                                 \
    sp = frame->sp;                                 \
    locals = frame->slots();                        \
    constants = code->constants.data();             \
  } while (0)
#define SAVE_FRAME()  \
  do {                \
    frame->ip = ip;   \
    frame->sp = sp;   \
  } while (0)
// An ordinary goto to the one dispatch point: unlike a computed goto, it
// runs the destructors of the Values an instruction's block declared. (GCC
// duplicates the small dispatch block into each instruction, so this costs
// no extra jump: CMakeLists.txt raises the size GCC copies to fit it.)
#define DISPATCH() goto dispatch
#define JUMP_TO(target) (ip = first_instruction + (target))
#define PUSH(value) ::new (sp++) Value(value)
#define POP() Value(std::move(*--sp))
#define DROP() std::destroy_at(--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define NAME(index) (code->names[index].get())
// Quickening (vm/specialize.h). INDEX is the running instruction's.
#define INDEX() (static_cast<size_t>(ip - first_instruction) - 1)
// In a base instruction that specializes, before anything else: when its
// countdown runs out, `attempt` may rewrite it, and then it runs again in
// its new form (straight to the block: an observer saw it once already).
#define ADAPT(attempt)                                       \
  do {                                                       \
    if (--code->cache_for(INDEX())->counter < 0) [[unlikely]] { \
      if (attempt) {                                         \
        word = ip[-1];                                       \
        instructions_left -= g_instructions_run_by[word & 0xFF] - 1; \
        goto* kInstructionBlocks[word & 0xFF];               \
      }                                                      \
    }                                                        \
  } while (0)
// A specialized instruction's cache (allocated when it was specialized).
#define CACHE() (code->caches[INDEX()])
// A failed guard: count the miss, run the base's general case.
#define MISS(general)                             \
  do {                                            \
    count_specialization_miss(code, INDEX());     \
    goto general;                                 \
  } while (0)
// A site whose guard failed on a receiver of another class or shape: when
// `extended` (extend_*_cache gave the site an entry for it) the rewritten
// instruction runs again in its new form; else a counted miss.
#define EXTEND_OR_MISS(extended, general)      \
  do {                                         \
    if (extended) {                            \
      word = ip[-1];                           \
      goto* kInstructionBlocks[word & 0xFF];   \
    }                                          \
    MISS(general);                             \
  } while (0)

  LOAD_FRAME();
  // A failed allocation below an instruction (std::bad_alloc) becomes a
  // MemoryError raised by that instruction (out_of_memory.h); when memory is
  // too short even for a traceback entry, the error unwinds without one.
  enum class AllocationFailure { kNone, kRaise, kUnwindOnly } allocation_failure = AllocationFailure::kNone;
resume_after_allocation_failure:
  try {
  if (allocation_failure != AllocationFailure::kNone) {
    const bool record = allocation_failure == AllocationFailure::kRaise;
    allocation_failure = AllocationFailure::kNone;
    if (record) goto error;
    goto exception_unwind;
  }
  if (throw_pending) {
    ++ip;  // errors are reported at ip - 1: the instruction the frame is suspended after
    goto error;
  }
dispatch:
  word = *ip++;
  arg = argument_of(word);
  goto* std::atomic_ref(dispatch_table[word & 0xFF]).load(std::memory_order_relaxed);

observe_instruction_hook:
  // While any VM is observed every instruction comes here first: the one
  // place where tracing, debugging and profiling enter the loop.
  // Everything but `frame` is reloaded after the call, so that no other
  // local lives across it: that would cost registers in the whole loop.
  SAVE_FRAME();
  if (!observe_instruction(frame)) {
    LOAD_FRAME();
    goto error;
  }
  LOAD_FRAME();
  word = ip[-1];
  arg = argument_of(word);
  goto count_instruction_hook;

count_instruction_hook:
  // While any VM runs under an instruction limit, every instruction comes
  // here (after the observer hook, if any) and is taken from this VM's
  // limit — kNoInstructionLimit for a VM without one, so that it goes on.
  instructions_left -= g_instructions_run_by[word & 0xFF];
  if (instructions_left < 0) [[unlikely]] {
    SAVE_FRAME();
    if (!refill_steps()) goto error;  // (it always fails: the limit is reached)
  }
  goto* kInstructionBlocks[word & 0xFF];

  // ------------------------------------------------------------------ stack
op_NOP:
  DISPATCH();
op_POP_TOP:
  DROP();
  DISPATCH();
op_COPY: {
  Value copy = sp[-static_cast<int64_t>(arg)];
  PUSH(std::move(copy));
  DISPATCH();
}
op_SWAP:
  sp[-1].swap(sp[-static_cast<int64_t>(arg)]);
  DISPATCH();

  // -------------------------------------------------------------- variables
op_LOAD_CONST:
  PUSH(constants[arg]);
  DISPATCH();
op_LOAD_FAST: {
  const Value& value = locals[arg];
  if (value.is_null()) [[unlikely]] goto load_fast_unbound;
  PUSH(value);
  DISPATCH();
}
load_fast_unbound:
  raise_unbound_local(*this, frame, arg);
  goto error;
op_STORE_FAST:
  locals[arg] = POP();
  DISPATCH();
  // Superinstructions (the optimizer's superinstructions pass): the first
  // half, then the instruction after it — the second half, still in the
  // code — without a dispatch. An error in the second half is reported at
  // its own index, with its own location, as if nothing had been fused.
#define RUN_NEXT_AS(block)  \
  do {                      \
    word = *ip++;           \
    arg = argument_of(word); \
    goto block;             \
  } while (0)
op_LOAD_FAST__LOAD_FAST:
  if (locals[arg].is_null()) [[unlikely]] goto load_fast_unbound;
  PUSH(locals[arg]);
  RUN_NEXT_AS(op_LOAD_FAST);
op_LOAD_FAST__LOAD_CONST:
  if (locals[arg].is_null()) [[unlikely]] goto load_fast_unbound;
  PUSH(locals[arg]);
  RUN_NEXT_AS(op_LOAD_CONST);
op_LOAD_CONST__LOAD_FAST:
  PUSH(constants[arg]);
  RUN_NEXT_AS(op_LOAD_FAST);
op_STORE_FAST__LOAD_FAST:
  locals[arg] = POP();
  RUN_NEXT_AS(op_LOAD_FAST);
op_STORE_FAST__STORE_FAST:
  locals[arg] = POP();
  RUN_NEXT_AS(op_STORE_FAST);
#undef RUN_NEXT_AS
op_DELETE_FAST:
  if (locals[arg].is_null()) {
    raise_unbound_local(*this, frame, arg);
    goto error;
  }
  locals[arg] = Value();
  DISPATCH();
op_LOAD_DEREF: {
  const Value& contents = locals[code->local_count() + arg].as<Cell>()->contents;
  if (contents.is_null()) {
    raise_unbound_deref(*this, frame, arg);
    goto error;
  }
  PUSH(contents);
  DISPATCH();
}
op_STORE_DEREF:
  locals[code->local_count() + arg].as<Cell>()->contents = POP();
  DISPATCH();
op_DELETE_DEREF: {
  Value& contents = locals[code->local_count() + arg].as<Cell>()->contents;
  if (contents.is_null()) {
    raise_unbound_deref(*this, frame, arg);
    goto error;
  }
  contents = Value();
  DISPATCH();
}
op_LOAD_CLOSURE:
  PUSH(locals[code->local_count() + arg]);
  DISPATCH();
op_LOAD_CLASSDEREF: {
  Value value = load_class_deref(*this, frame, arg);
  if (value.is_null()) goto error;
  PUSH(std::move(value));
  DISPATCH();
}
op_LOAD_GLOBAL: {
  // The lookup records where it found the name; the instruction becomes
  // LOAD_GLOBAL_MODULE or LOAD_GLOBAL_BUILTIN, which read that entry while
  // the dicts' key versions are unchanged.
  Value value = load_global(*this, frame, NAME(arg), code->cache_for(INDEX()));
  if (value.is_null()) goto error;
  specialize_load_global(*this, code, INDEX());
  PUSH(std::move(value));
  DISPATCH();
}
op_LOAD_GLOBAL_MODULE: {
  const InlineCache& cache = CACHE();
  if (frame->globals->version != cache.version) [[unlikely]] goto op_LOAD_GLOBAL;
  PUSH(frame->globals->entries[cache.index].value);
  DISPATCH();
}
op_LOAD_GLOBAL_BUILTIN: {
  const InlineCache& cache = CACHE();
  if (frame->globals->version != cache.version || frame->builtins->version != cache.other_version) [[unlikely]] {
    goto op_LOAD_GLOBAL;
  }
  PUSH(frame->builtins->entries[~cache.index].value);
  DISPATCH();
}
op_STORE_GLOBAL: {
  Value value = POP();
  dict_set_str(*this, frame->globals, NAME(arg), value);
  DISPATCH();
}
op_DELETE_GLOBAL:
  if (!delete_global(*this, frame, NAME(arg))) goto error;
  DISPATCH();
op_LOAD_NAME: {
  Value value = load_name(*this, frame, NAME(arg));
  if (value.is_null()) goto error;
  PUSH(std::move(value));
  DISPATCH();
}
op_STORE_NAME: {
  // (The value replaced may be finalized: a warning or __del__ shows this line.)
  Value value = POP();
  SAVE_FRAME();
  if (!store_name(*this, frame, NAME(arg), value)) goto error;
  DISPATCH();
}
op_DELETE_NAME:
  SAVE_FRAME();
  if (!delete_name(*this, frame, NAME(arg))) goto error;
  DISPATCH();

  // ------------------------------------------------- attributes, subscripts
  // Attribute access may run Python code (properties, __getattr__) or read
  // f_lineno: the frame's position is saved first.
op_LOAD_ATTR:
  ADAPT(specialize_load_attr(*this, code, INDEX(), TOP(), NAME(arg)));
load_attr_general: {
  frame->ip = ip;
  Value result = get_attr(*this, TOP(), NAME(arg));
  if (result.is_null()) {
    note_attribute_error_context(*this, TOP(), NAME(arg));
    goto error;
  }
  TOP() = std::move(result);
  DISPATCH();
}
op_LOAD_ATTR_INSTANCE: {
  const InlineCache& cache = CACHE();
  if (!has_type_version(TOP(), cache.type_version) || !value_type_unchanged(cache)) [[unlikely]] {
    goto load_attr_cache_miss;
  }
  Dict* dict = dict_with_shape(TOP().as_object(), cache.shape);
  if (dict == nullptr) [[unlikely]] goto load_attr_cache_miss;
  TOP() = dict->entries[cache.index].value;
  DISPATCH();
}
op_LOAD_ATTR_POLY: {
  // (An entry's shape holds its attribute, so the instance has a dict.)
  const PolymorphicEntry* entry =
      TOP().is_object() ? polymorphic_entry_for(*CACHE().polymorphic, TOP().as_object()) : nullptr;
  if (entry == nullptr) [[unlikely]] goto load_attr_cache_miss;
  TOP() = dict_slot_of(TOP().as_object()).as<Dict>()->entries[entry->index].value;
  DISPATCH();
}
load_attr_cache_miss:
  // A receiver of another class (or shape): the site may keep one entry
  // per class (LOAD_ATTR_POLY), and runs again; else a miss.
  EXTEND_OR_MISS(extend_attribute_cache(code, INDEX(), TOP(), NAME(arg)), load_attr_general);
op_LOAD_ATTR_SLOT: {
  const InlineCache& cache = CACHE();
  if (!has_type_version(TOP(), cache.type_version)) [[unlikely]] MISS(load_attr_general);
  const Value& member = *value_at_offset(TOP().as_object(), cache.index);
  if (member.is_null()) goto load_attr_general;  // (unset: the AttributeError)
  TOP() = member;
  DISPATCH();
}
op_LOAD_ATTR_CLASS: {
  const InlineCache& cache = CACHE();
  if (!has_type_version(TOP(), cache.type_version) ||
      instance_dict_shape(dict_slot_of(TOP().as_object())) != cache.shape || !value_type_unchanged(cache)) [[unlikely]] {
    MISS(load_attr_general);
  }
  TOP() = *cache.value;
  DISPATCH();
}
op_LOAD_ATTR_TYPE: {
  const InlineCache& cache = CACHE();
  if (!is_exactly(TOP(), type_type) ||
      TOP().as<Type>()->version != cache.type_version || !value_type_unchanged(cache)) [[unlikely]] {
    MISS(load_attr_general);
  }
  TOP() = *cache.value;
  DISPATCH();
}
op_LOAD_ATTR_MODULE: {
  const InlineCache& cache = CACHE();
  if (!is_exactly(TOP(), module_type) ||
      module_dict(TOP())->version != cache.version) [[unlikely]] {
    MISS(load_attr_general);
  }
  TOP() = module_dict(TOP())->entries[cache.index].value;
  DISPATCH();
}
op_LOAD_ATTR_PROPERTY: {
  const InlineCache& cache = CACHE();
  if (!has_type_version(TOP(), cache.type_version)) [[unlikely]] MISS(load_attr_general);
  frame->ip = ip;
  const Value getter = cache.value->as<Property>()->getter;
  if (getter.is_none()) goto load_attr_general;  // (the AttributeError: no getter)
  Value result = Runtime::call(getter, &TOP(), 1, nullptr);
  if (result.is_null()) {
    note_attribute_error_context(*this, TOP(), NAME(arg));
    goto error;
  }
  TOP() = std::move(result);
  DISPATCH();
}
op_STORE_ATTR:
  ADAPT(specialize_store_attr(*this, code, INDEX(), TOP(), NAME(arg)));
store_attr_general: {
  frame->ip = ip;
  Value object = POP();
  Value value = POP();
  if (!set_attr(*this, object, NAME(arg), value)) goto error;
  DISPATCH();
}
op_STORE_ATTR_INSTANCE: {
  // [value, object]
  const InlineCache& cache = CACHE();
  if (!has_type_version(TOP(), cache.type_version) || !value_type_unchanged(cache)) [[unlikely]] {
    goto store_attr_cache_miss;
  }
  Dict* dict = dict_with_shape(TOP().as_object(), cache.shape);
  if (dict == nullptr) [[unlikely]] goto store_attr_cache_miss;
  frame->ip = ip;  // (the value replaced may be finalized)
  Value replaced = std::move(dict->entries[cache.index].value);
  dict->entries[cache.index].value = std::move(SECOND());
  DROP();
  DROP();
  DISPATCH();
}
op_STORE_ATTR_POLY: {
  // [value, object] (An entry's shape holds the attribute: the dict is there.)
  const PolymorphicEntry* entry =
      TOP().is_object() ? polymorphic_entry_for(*CACHE().polymorphic, TOP().as_object()) : nullptr;
  if (entry == nullptr) [[unlikely]] goto store_attr_cache_miss;
  frame->ip = ip;
  DictEntry& stored = dict_slot_of(TOP().as_object()).as<Dict>()->entries[entry->index];
  Value replaced = std::move(stored.value);
  stored.value = std::move(SECOND());
  DROP();
  DROP();
  DISPATCH();
}
store_attr_cache_miss:
  // As load_attr_cache_miss: one entry per class (STORE_ATTR_POLY), else a miss.
  EXTEND_OR_MISS(extend_store_attribute_cache(code, INDEX(), TOP(), NAME(arg)), store_attr_general);
op_STORE_ATTR_ADD: {
  const InlineCache& cache = CACHE();
  if (!has_type_version(TOP(), cache.type_version) || !value_type_unchanged(cache)) [[unlikely]] {
    MISS(store_attr_general);
  }
  Value& slot = dict_slot_of(TOP().as_object());
  if (instance_dict_shape(slot) != cache.shape) [[unlikely]] MISS(store_attr_general);
  if (slot.is_null()) slot = Value(make_instance_dict(*this));
  dict_append_str_to_shape(*this, slot.as<Dict>(), NAME(arg), SECOND(), cache.next_shape);
  DROP();
  DROP();
  DISPATCH();
}
op_STORE_ATTR_SLOT: {
  const InlineCache& cache = CACHE();
  if (!has_type_version(TOP(), cache.type_version)) [[unlikely]] MISS(store_attr_general);
  frame->ip = ip;
  Value& member = *value_at_offset(TOP().as_object(), cache.index);
  Value replaced = std::move(member);
  member = std::move(SECOND());
  DROP();
  DROP();
  DISPATCH();
}
op_DELETE_ATTR: {
  Value object = POP();
  if (!delete_attr(*this, object, NAME(arg))) goto error;
  DISPATCH();
}
op_LOAD_METHOD:
  ADAPT(specialize_load_method(*this, code, INDEX(), TOP(), NAME(arg)));
load_method_general: {
  frame->ip = ip;
  Value method, attribute;
  if (!load_method(*this, TOP(), NAME(arg), &method, &attribute)) goto error;
  if (method.is_null()) {
    TOP() = Value();
    PUSH(std::move(attribute));
  } else {
    Value self = std::move(TOP());
    TOP() = std::move(method);
    PUSH(std::move(self));
  }
  DISPATCH();
}
op_LOAD_METHOD_CACHED: {
  // [object] -> [method, object]
  const InlineCache& cache = CACHE();
  if (!has_type_version(TOP(), cache.type_version) ||
      instance_dict_shape(dict_slot_of(TOP().as_object())) != cache.shape) [[unlikely]] {
    goto load_method_cache_miss;
  }
  PUSH(Value::from_object(cache.object));
  sp[-1].swap(sp[-2]);
  DISPATCH();
}
op_LOAD_METHOD_NO_DICT: {
  const InlineCache& cache = CACHE();
  if (!has_type_version(TOP(), cache.type_version)) [[unlikely]] goto load_method_cache_miss;
  PUSH(Value::from_object(cache.object));
  sp[-1].swap(sp[-2]);
  DISPATCH();
}
op_LOAD_METHOD_POLY: {
  const PolymorphicEntry* entry =
      TOP().is_object() ? polymorphic_entry_for(*CACHE().polymorphic, TOP().as_object()) : nullptr;
  if (entry == nullptr) [[unlikely]] goto load_method_cache_miss;
  PUSH(Value::from_object(entry->method));
  sp[-1].swap(sp[-2]);
  DISPATCH();
}
load_method_cache_miss:
  // A receiver of another class (or shape): the site may keep one entry
  // per class (LOAD_METHOD_POLY), and runs again; else a miss.
  EXTEND_OR_MISS(extend_method_cache(*this, code, INDEX(), TOP(), NAME(arg)), load_method_general);
op_LOAD_METHOD_MODULE: {
  // [module] -> [NULL, module.name]
  const InlineCache& cache = CACHE();
  if (!is_exactly(TOP(), module_type) ||
      module_dict(TOP())->version != cache.version) [[unlikely]] {
    MISS(load_method_general);
  }
  Value function = module_dict(TOP())->entries[cache.index].value;
  TOP() = Value();
  PUSH(std::move(function));
  DISPATCH();
}
op_BINARY_SUBSCR:
  ADAPT(specialize_binary_subscr(*this, code, INDEX(), SECOND(), TOP()));
binary_subscr_general: {
  Value result = get_item(*this, SECOND(), TOP());
  if (result.is_null()) goto error;
  DROP();
  TOP() = std::move(result);
  DISPATCH();
}
op_BINARY_SUBSCR_LIST_INT: {
  if (!is_exactly(SECOND(), list_type) || !TOP().is_small_int()) [[unlikely]] {
    MISS(binary_subscr_general);
  }
  const List* list = SECOND().as<List>();
  int64_t i = TOP().as_small_int();
  if (!normalize_index(&i, list->items.size())) goto binary_subscr_general;  // (the IndexError)
  SECOND() = list->items[static_cast<size_t>(i)];
  DROP();
  DISPATCH();
}
op_BINARY_SUBSCR_TUPLE_INT: {
  if (!is_exactly(SECOND(), tuple_type) || !TOP().is_small_int()) [[unlikely]] {
    MISS(binary_subscr_general);
  }
  const Tuple* tuple = SECOND().as<Tuple>();
  int64_t i = TOP().as_small_int();
  if (!normalize_index(&i, tuple->size)) goto binary_subscr_general;
  SECOND() = (*tuple)[static_cast<size_t>(i)];
  DROP();
  DISPATCH();
}
op_BINARY_SUBSCR_STR_INT: {
  if (!is_exactly(SECOND(), str_type) || !TOP().is_small_int()) [[unlikely]] {
    MISS(binary_subscr_general);
  }
  const Str* str = SECOND().as<Str>();
  int64_t i = TOP().as_small_int();
  if (!normalize_index(&i, static_cast<size_t>(str->length))) goto binary_subscr_general;
  SECOND() = Value(str_from_code_point(*this, str_code_point_at(str, i)));
  DROP();
  DISPATCH();
}
op_BINARY_SUBSCR_DICT: {
  if (!is_exactly(SECOND(), dict_type)) [[unlikely]] MISS(binary_subscr_general);
  Value result = dict_get(*this, SECOND().as<Dict>(), TOP());
  if (result.is_null()) {
    if (has_error()) goto error;
    goto binary_subscr_general;  // (the KeyError)
  }
  DROP();
  TOP() = std::move(result);
  DISPATCH();
}
op_STORE_SUBSCR:
  ADAPT(specialize_store_subscr(*this, code, INDEX(), SECOND(), TOP()));
store_subscr_general: {
  // [value, container, key]
  const bool ok = set_item(*this, SECOND(), TOP(), sp[-3]);
  release_range(sp - 3, sp);
  sp -= 3;
  if (!ok) goto error;
  DISPATCH();
}
op_STORE_SUBSCR_LIST_INT: {
  if (!is_exactly(SECOND(), list_type) || !TOP().is_small_int()) [[unlikely]] {
    MISS(store_subscr_general);
  }
  List* list = SECOND().as<List>();
  int64_t i = TOP().as_small_int();
  if (!normalize_index(&i, list->items.size())) goto store_subscr_general;
  Value replaced = std::move(list->items[static_cast<size_t>(i)]);
  list->items[static_cast<size_t>(i)] = std::move(sp[-3]);
  release_range(sp - 3, sp);
  sp -= 3;
  DISPATCH();
}
op_STORE_SUBSCR_DICT: {
  if (!is_exactly(SECOND(), dict_type)) [[unlikely]] MISS(store_subscr_general);
  const bool ok = dict_set(*this, SECOND().as<Dict>(), TOP(), sp[-3]);
  release_range(sp - 3, sp);
  sp -= 3;
  if (!ok) goto error;
  DISPATCH();
}
op_DELETE_SUBSCR: {
  const bool ok = delete_item(*this, SECOND(), TOP());
  release_range(sp - 2, sp);
  sp -= 2;
  if (!ok) goto error;
  DISPATCH();
}
op_BINARY_SLICE: {
  Value* container = sp - arg - 1;
  Value result = binary_slice(*this, container[0], container[1], container[2],
                              arg == 3 ? container[3] : Value::none());
  release_range(container, sp);
  sp = container;
  if (result.is_null()) goto error;
  PUSH(std::move(result));
  DISPATCH();
}
op_STORE_SLICE: {
  Value* value = sp - arg - 2;
  const bool ok = store_slice(*this, value[0], value[1], value[2], value[3],
                              arg == 3 ? value[4] : Value::none());
  release_range(value, sp);
  sp = value;
  if (!ok) goto error;
  DISPATCH();
}
op_BUILD_SLICE: {
  Value step = arg == 3 ? POP() : Value::none();
  Value stop = POP();
  Value start = POP();
  PUSH(make_slice(*this, std::move(start), std::move(stop), std::move(step)));
  DISPATCH();
}

  // -------------------------------------------------------------- operators
op_UNARY_NEGATIVE: {
  Value& x = TOP();
  if (x.is_small_int() && x.as_small_int() != INT64_MIN) {
    x = Value::small_int(-x.as_small_int());
    DISPATCH();
  }
  if (x.is_float()) {
    x = Value::floating(-x.as_float());
    DISPATCH();
  }
  Value result = negative(*this, x);
  if (result.is_null()) goto error;
  x = std::move(result);
  DISPATCH();
}
op_UNARY_POSITIVE: {
  Value result = positive(*this, TOP());
  if (result.is_null()) goto error;
  TOP() = std::move(result);
  DISPATCH();
}
op_UNARY_INVERT: {
  Value result = invert(*this, TOP());
  if (result.is_null()) goto error;
  TOP() = std::move(result);
  DISPATCH();
}
op_UNARY_NOT: {
  int t = inline_truth(TOP());
  if (t == -2) t = truth(*this, TOP());
  if (t < 0) goto error;
  TOP() = Value::boolean(!t);
  DISPATCH();
}

  // Binary operators: small ints and floats inline, then the protocol.
  // + - * share their fast paths with the in-place forms: two small ints
  // (unless the result overflows) and two floats.
#define ARITHMETIC_FAST_PATHS(overflow_builtin, float_operator)                         \
  do {                                                                                  \
    Value& a = SECOND();                                                                \
    const Value& b = TOP();                                                             \
    int64_t r;                                                                          \
    if (a.is_small_int() && b.is_small_int() &&                                         \
        !overflow_builtin(a.as_small_int(), b.as_small_int(), &r)) {                    \
      a = Value::small_int(r);                                                          \
      DROP();                                                                           \
      DISPATCH();                                                                       \
    }                                                                                   \
    double x, y;                                                                        \
    if (mixed_float_operands(a, b, &x, &y)) {                                           \
      a = Value::floating(x float_operator y);                                          \
      DROP();                                                                           \
      DISPATCH();                                                                       \
    }                                                                                   \
  } while (0)
op_BINARY_ADD:
  ADAPT(specialize_binary_op(*this, code, INDEX(), SECOND(), TOP()));
binary_add_general: {
  ARITHMETIC_FAST_PATHS(__builtin_add_overflow, +);
  Value& a = SECOND();
  const Value& b = TOP();
  if (a.is_object() && b.is_object() && a.as_object()->type == str_type &&
      b.as_object()->type == str_type) {
    if (!concatenate_in_place(*this, frame, locals, a, b, *ip)) a = str_concat(*this, a.as<Str>(), b.as<Str>());
    DROP();
    DISPATCH();
  }
  goto binary_generic;
}
op_BINARY_SUBTRACT:
  ADAPT(specialize_binary_op(*this, code, INDEX(), SECOND(), TOP()));
binary_subtract_general:
  ARITHMETIC_FAST_PATHS(__builtin_sub_overflow, -);
  goto binary_generic;
op_BINARY_MULTIPLY:
  ADAPT(specialize_binary_op(*this, code, INDEX(), SECOND(), TOP()));
binary_multiply_general:
  ARITHMETIC_FAST_PATHS(__builtin_mul_overflow, *);
  goto binary_generic;
  // Specialized forms: one operand type, checked once.
#define SPECIALIZED_INT_OPERATION(overflow_builtin, general)                 \
  do {                                                                      \
    Value& a = SECOND();                                                    \
    const Value& b = TOP();                                                 \
    if (!a.is_small_int() || !b.is_small_int()) [[unlikely]] MISS(general); \
    int64_t r;                                                              \
    if (overflow_builtin(a.as_small_int(), b.as_small_int(), &r)) [[unlikely]] goto general; \
    a = Value::small_int(r);                                                \
    DROP();                                                                 \
    DISPATCH();                                                             \
  } while (0)
#define SPECIALIZED_FLOAT_OPERATION(float_operator, general)           \
  do {                                                                \
    Value& a = SECOND();                                              \
    const Value& b = TOP();                                           \
    if (!a.is_float() || !b.is_float()) [[unlikely]] MISS(general);   \
    a = Value::floating(a.as_float() float_operator b.as_float());    \
    DROP();                                                           \
    DISPATCH();                                                       \
  } while (0)
op_BINARY_ADD_INT:
  SPECIALIZED_INT_OPERATION(__builtin_add_overflow, binary_add_general);
op_BINARY_ADD_FLOAT:
  SPECIALIZED_FLOAT_OPERATION(+, binary_add_general);
op_BINARY_SUBTRACT_INT:
  SPECIALIZED_INT_OPERATION(__builtin_sub_overflow, binary_subtract_general);
op_BINARY_SUBTRACT_FLOAT:
  SPECIALIZED_FLOAT_OPERATION(-, binary_subtract_general);
op_BINARY_MULTIPLY_INT:
  SPECIALIZED_INT_OPERATION(__builtin_mul_overflow, binary_multiply_general);
op_BINARY_MULTIPLY_FLOAT:
  SPECIALIZED_FLOAT_OPERATION(*, binary_multiply_general);
op_INPLACE_ADD_INT:
  SPECIALIZED_INT_OPERATION(__builtin_add_overflow, inplace_add_general);
op_INPLACE_ADD_FLOAT:
  SPECIALIZED_FLOAT_OPERATION(+, inplace_add_general);
op_BINARY_ADD_STR: {
  Value& a = SECOND();
  const Value& b = TOP();
  if (!is_exactly(a, str_type) || !is_exactly(b, str_type)) [[unlikely]] {
    MISS(binary_add_general);
  }
  if (!concatenate_in_place(*this, frame, locals, a, b, *ip)) a = str_concat(*this, a.as<Str>(), b.as<Str>());
  DROP();
  DISPATCH();
}
op_BINARY_TRUE_DIVIDE: {
  Value& a = SECOND();
  const Value& b = TOP();
  double x, y;
  bool doubles = mixed_float_operands(a, b, &x, &y);
  if (!doubles && a.is_small_int() && b.is_small_int() && exact_in_double(a.as_small_int()) &&
      exact_in_double(b.as_small_int())) {
    // Two ints a double holds exactly: one division rounds as CPython's.
    x = static_cast<double>(a.as_small_int());
    y = static_cast<double>(b.as_small_int());
    doubles = true;
  }
  if (doubles && y != 0.0) {  // (division by zero raises, in the general case)
    a = Value::floating(x / y);
    DROP();
    DISPATCH();
  }
  goto binary_generic;
}
op_BINARY_FLOOR_DIVIDE: {
  Value& a = SECOND();
  const Value& b = TOP();
  if (a.is_small_int() && b.is_small_int() && b.as_small_int() > 0) {
    const int64_t x = a.as_small_int(), y = b.as_small_int();
    int64_t q = x / y;
    if ((x % y != 0) && (x < 0)) --q;
    a = Value::small_int(q);
    DROP();
    DISPATCH();
  }
  goto binary_generic;
}
op_BINARY_REMAINDER: {
  Value& a = SECOND();
  const Value& b = TOP();
  if (a.is_small_int() && b.is_small_int() && b.as_small_int() > 0) {
    int64_t r = a.as_small_int() % b.as_small_int();
    if (r < 0) r += b.as_small_int();
    a = Value::small_int(r);
    DROP();
    DISPATCH();
  }
  goto binary_generic;
}
op_BINARY_LSHIFT: {
  Value& a = SECOND();
  const Value& b = TOP();
  if (a.is_small_int() && b.is_small_int() && b.as_small_int() >= 0 && b.as_small_int() < 63) {
    const int64_t x = a.as_small_int();
    const int64_t shifted = static_cast<int64_t>(static_cast<uint64_t>(x) << b.as_small_int());
    if ((shifted >> b.as_small_int()) == x) {
      a = Value::small_int(shifted);
      DROP();
      DISPATCH();
    }
  }
  goto binary_generic;
}
op_BINARY_RSHIFT: {
  Value& a = SECOND();
  const Value& b = TOP();
  if (a.is_small_int() && b.is_small_int() && b.as_small_int() >= 0) {
    const int64_t shift = b.as_small_int() > 63 ? 63 : b.as_small_int();
    a = Value::small_int(a.as_small_int() >> shift);
    DROP();
    DISPATCH();
  }
  goto binary_generic;
}
op_BINARY_AND:
  if (SECOND().is_small_int() && TOP().is_small_int()) {
    SECOND() = Value::small_int(SECOND().as_small_int() & TOP().as_small_int());
    DROP();
    DISPATCH();
  }
  goto binary_generic;
op_BINARY_OR:
  if (SECOND().is_small_int() && TOP().is_small_int()) {
    SECOND() = Value::small_int(SECOND().as_small_int() | TOP().as_small_int());
    DROP();
    DISPATCH();
  }
  goto binary_generic;
op_BINARY_XOR:
  if (SECOND().is_small_int() && TOP().is_small_int()) {
    SECOND() = Value::small_int(SECOND().as_small_int() ^ TOP().as_small_int());
    DROP();
    DISPATCH();
  }
  goto binary_generic;
op_BINARY_POWER: {
  // A finite positive base to a finite power (x ** 0.5) is libm's pow, as
  // in float_power; the other cases (and an overflow) take the general path.
  double x, y;
  if (mixed_float_operands(SECOND(), TOP(), &x, &y) && x > 0.0 && std::isfinite(x) &&
      std::isfinite(y)) {
    const double r = std::pow(x, y);
    if (std::isfinite(r)) {
      SECOND() = Value::floating(r);
      DROP();
      DISPATCH();
    }
  }
  goto binary_generic;
}
op_BINARY_MATRIX_MULTIPLY:
binary_generic: {
  const BinaryOp op = binary_op_of(opcode_of(word), Opcode::BINARY_ADD);
  Value result = binary_op(*this, op, SECOND(), TOP());
  if (result.is_null()) goto error;
  DROP();
  TOP() = std::move(result);
  DISPATCH();
}

  // In-place operators: the same fast paths, then the __i*__ protocol.
op_INPLACE_ADD:
  ADAPT(specialize_binary_op(*this, code, INDEX(), SECOND(), TOP()));
inplace_add_general:
  ARITHMETIC_FAST_PATHS(__builtin_add_overflow, +);
  if (concatenate_in_place(*this, frame, locals, SECOND(), TOP(), *ip)) {  // s += piece
    DROP();
    DISPATCH();
  }
  goto inplace_generic;
op_INPLACE_SUBTRACT:
  ARITHMETIC_FAST_PATHS(__builtin_sub_overflow, -);
  goto inplace_generic;
op_INPLACE_MULTIPLY:
  ARITHMETIC_FAST_PATHS(__builtin_mul_overflow, *);
  goto inplace_generic;
op_INPLACE_TRUE_DIVIDE:
op_INPLACE_FLOOR_DIVIDE:
op_INPLACE_REMAINDER:
op_INPLACE_POWER:
op_INPLACE_LSHIFT:
op_INPLACE_RSHIFT:
op_INPLACE_AND:
op_INPLACE_OR:
op_INPLACE_XOR:
op_INPLACE_MATRIX_MULTIPLY:
inplace_generic: {
  const BinaryOp op = binary_op_of(opcode_of(word), Opcode::INPLACE_ADD);
  Value result = inplace_op(*this, op, SECOND(), TOP());
  if (result.is_null()) goto error;
  DROP();
  TOP() = std::move(result);
  DISPATCH();
}
op_COMPARE_OP:
  ADAPT(specialize_compare_op(*this, code, INDEX(), SECOND(), TOP()));
compare_op_general: {
  Value& a = SECOND();
  const Value& b = TOP();
  if (a.is_small_int() && b.is_small_int()) {
    a = Value::boolean(compare_int64(a.as_small_int(), b.as_small_int(), arg));
    DROP();
    DISPATCH();
  }
  double x, y;
  if (mixed_float_operands(a, b, &x, &y) && (a.is_float() || exact_in_double(a.as_small_int())) &&
      (b.is_float() || exact_in_double(b.as_small_int()))) {
    a = Value::boolean(compare_double(x, y, arg));
    DROP();
    DISPATCH();
  }
  Value result = compare(*this, a, b, static_cast<CompareOp>(arg));
  if (result.is_null()) goto error;
  DROP();
  TOP() = std::move(result);
  DISPATCH();
}
  // Specialized comparisons also run the POP_JUMP_IF_FALSE/TRUE after them
  // (specialize_compare_op sees that one follows).
op_COMPARE_OP_INT_JUMP:
  if (!SECOND().is_small_int() || !TOP().is_small_int()) [[unlikely]] goto compare_jump_miss;
  compared = compare_int64(SECOND().as_small_int(), TOP().as_small_int(), arg);
  sp -= 2;  // (inline values: nothing to release)
  goto jump_on_comparison;
op_COMPARE_OP_FLOAT_JUMP:
  if (!SECOND().is_float() || !TOP().is_float()) [[unlikely]] goto compare_jump_miss;
  compared = compare_double(SECOND().as_float(), TOP().as_float(), arg);
  sp -= 2;
  goto jump_on_comparison;
op_COMPARE_OP_STR_JUMP:
  if (!is_exactly(SECOND(), str_type) || !is_exactly(TOP(), str_type)) [[unlikely]] {
    goto compare_jump_miss;
  }
  compared = str_equal(SECOND().as<Str>(), TOP().as<Str>()) == (static_cast<CompareOp>(arg) == CompareOp::kEqual);
  DROP();
  DROP();
jump_on_comparison: {
  const uint32_t jump = *ip++;
  if (compared == (opcode_of(jump) == Opcode::POP_JUMP_IF_TRUE)) {
    arg = argument_of(jump);
    if (arg < static_cast<uint32_t>(ip - first_instruction)) goto jump_backward;
    JUMP_TO(arg);
  }
  DISPATCH();
}
compare_jump_miss:
  // The jump after the comparison runs on its own after all: give back the
  // instruction counted for it (g_instructions_run_by).
  ++instructions_left;
  MISS(compare_op_general);
op_IS_OP: {
  const bool same = SECOND().is(TOP());
  DROP();
  TOP() = Value::boolean(same != (arg != 0));
  DISPATCH();
}
op_CONTAINS_OP:
  ADAPT(specialize_contains_op(*this, code, INDEX(), TOP()));
contains_op_general:
  contained = contains(*this, TOP(), SECOND());
push_containment:
  if (contained < 0) goto error;
  DROP();
  TOP() = Value::boolean((contained != 0) != (arg != 0));
  DISPATCH();
op_CONTAINS_OP_SET:
  if (!is_exactly(TOP(), set_type) && !is_exactly(TOP(), frozenset_type)) [[unlikely]] {
    MISS(contains_op_general);
  }
  contained = set_membership(*this, TOP(), SECOND());
  goto push_containment;
op_CONTAINS_OP_DICT:
  if (!is_exactly(TOP(), dict_type)) [[unlikely]] MISS(contains_op_general);
  contained = dict_contains(*this, TOP().as<Dict>(), SECOND());
  goto push_containment;
op_CONTAINS_OP_SET_JUMP:
  // (specialize_contains_op saw the POP_JUMP_IF_FALSE/TRUE after it)
  if (!is_exactly(TOP(), set_type) && !is_exactly(TOP(), frozenset_type)) [[unlikely]] {
    ++instructions_left;  // (the jump runs on its own after all: see compare_jump_miss)
    MISS(contains_op_general);
  }
  contained = set_membership(*this, TOP(), SECOND());
  if (contained < 0) {
    ++instructions_left;  // (nor does the jump run)
    goto error;
  }
  compared = (contained != 0) != (arg != 0);
  DROP();
  DROP();
  goto jump_on_comparison;

  // ----------------------------------------------------------- control flow
op_JUMP:
  if (arg < static_cast<uint32_t>(ip - first_instruction)) goto jump_backward;
  JUMP_TO(arg);
  DISPATCH();
jump_backward:
  // A backward jump closes a loop: the place for what must not wait for the
  // loop to end — Ctrl-C, the step budget, and a cycle collection once enough
  // containers were allocated (every value here is in a frame, so it is a
  // safe point). Only JUMP and the POP_JUMP_IF_* jump backward (the
  // verifier sees to it: may_jump_backward), and all of them come here.
  if (interrupt_requested || gc.should_collect() || --steps_left < 0) [[unlikely]] {
    SAVE_FRAME();
    if (!service_loop_back_edge()) goto error;
  }
  JUMP_TO(arg);
  DISPATCH();
op_POP_JUMP_IF_FALSE: {
  Value condition = POP();
  int t = inline_truth(condition);
  if (t == -2) {
    t = truth(*this, condition);
    if (t < 0) goto error;
  }
  if (!t) {
    if (arg < static_cast<uint32_t>(ip - first_instruction)) goto jump_backward;
    JUMP_TO(arg);
  }
  DISPATCH();
}
op_POP_JUMP_IF_TRUE: {
  Value condition = POP();
  int t = inline_truth(condition);
  if (t == -2) {
    t = truth(*this, condition);
    if (t < 0) goto error;
  }
  if (t) {
    if (arg < static_cast<uint32_t>(ip - first_instruction)) goto jump_backward;
    JUMP_TO(arg);
  }
  DISPATCH();
}
op_POP_JUMP_IF_NONE:
  compared = TOP().is_none();
  goto pop_and_jump_if_compared;
op_POP_JUMP_IF_NOT_NONE:
  compared = !TOP().is_none();
pop_and_jump_if_compared:
  DROP();
  if (compared) {
    if (arg < static_cast<uint32_t>(ip - first_instruction)) goto jump_backward;
    JUMP_TO(arg);
  }
  DISPATCH();
op_JUMP_IF_FALSE_OR_POP: {
  int t = inline_truth(TOP());
  if (t == -2) t = truth(*this, TOP());
  if (t < 0) goto error;
  if (!t) {
    JUMP_TO(arg);
  } else {
    DROP();
  }
  DISPATCH();
}
op_JUMP_IF_TRUE_OR_POP: {
  int t = inline_truth(TOP());
  if (t == -2) t = truth(*this, TOP());
  if (t < 0) goto error;
  if (t) {
    JUMP_TO(arg);
  } else {
    DROP();
  }
  DISPATCH();
}
op_GET_ITER: {
  Value iterator = get_iter(*this, TOP());
  if (iterator.is_null()) goto error;
  TOP() = std::move(iterator);
  DISPATCH();
}
op_FOR_ITER:
  ADAPT(specialize_for_iter(*this, code, INDEX(), TOP()));
for_iter_general: {
  // Through the iterator type's next slot. Compiled code always has an
  // iterator here; a bytecode file may have anything (iter_next raises the
  // TypeError). The rare case is handled out of line: a branch to code here
  // slows the whole loop.
  if (!TOP().is_object()) [[unlikely]] goto for_iter_not_an_object;
  Object* iterator = TOP().as_object();
  SAVE_FRAME();
  Value item = iterator->type->next ? iterator->type->next(*this, TOP()) : iter_next(*this, TOP());
  if (!item.is_null()) {
    PUSH(std::move(item));
    DISPATCH();
  }
  if (has_error()) goto error;
  DROP();
  JUMP_TO(arg);
  DISPATCH();
}
op_FOR_ITER_RANGE: {
  if (!is_exactly(TOP(), range_iterator_type)) [[unlikely]] MISS(for_iter_general);
  auto* range = static_cast<RangeIterator*>(TOP().as_object());
  if (range->remaining > 0) {
    PUSH(Value::small_int(range->next));
    if (--range->remaining > 0) range->next += range->step;
    DISPATCH();
  }
  DROP();
  JUMP_TO(arg);
  DISPATCH();
}
op_FOR_ITER_LIST: {
  if (!is_exactly(TOP(), list_iterator_type)) [[unlikely]] MISS(for_iter_general);
  auto* it = static_cast<ListIterator*>(TOP().as_object());
  if (!it->list.is_null()) {
    const List* list = it->list.as<List>();
    if (it->index < list->items.size()) {
      PUSH(list->items[it->index++]);
      DISPATCH();
    }
    it->list = Value();
  }
  DROP();
  JUMP_TO(arg);
  DISPATCH();
}
op_FOR_ITER_GEN: {
  if (!is_exactly(TOP(), generator_type)) [[unlikely]] MISS(for_iter_general);
  Generator* generator = TOP().as<Generator>();
  // (Running or finished: the general path says what that means.)
  if (generator->state != GeneratorState::kCreated && generator->state != GeneratorState::kSuspended) {
    goto for_iter_general;
  }
  SAVE_FRAME();
  if (!begin_generator_step(*this, generator, Value::none(), false)) goto error;
  frame = enter_inline_generator(generator, frame);
  current_frame = frame;
  LOAD_FRAME();
  DISPATCH();
}
op_FOR_ITER_TUPLE: {
  if (!is_exactly(TOP(), tuple_iterator_type)) [[unlikely]] MISS(for_iter_general);
  auto* it = static_cast<TupleIterator*>(TOP().as_object());
  if (!it->tuple.is_null()) {
    const Tuple* tuple = it->tuple.as<Tuple>();
    if (it->index < tuple->size) {
      PUSH((*tuple)[it->index++]);
      DISPATCH();
    }
    it->tuple = Value();
  }
  DROP();
  JUMP_TO(arg);
  DISPATCH();
}
op_RETURN_VALUE: {
  Value result = POP();
  // clear_frame releases the operand stack up to sp; a frame object keeps
  // the line it returned from.
  SAVE_FRAME();
  if (frame->is_entry) {
    current_frame = frame->previous;
    if (frame->generator) {
      frame->generator->state = GeneratorState::kFinished;
      clear_frame(frame);
    } else {
      pop_frame(*this, frame);
    }
    return result;
  }
  if (frame->generator != nullptr) [[unlikely]] {
    // A generator resumed in this loop returned. Under FOR_ITER_GEN the loop
    // ends (the value goes nowhere, as StopIteration's in a for loop); under
    // SEND_GEN `yield from` ends with the value: [generator] -> [value].
    frame->generator->state = GeneratorState::kFinished;
    frame = leave_inline_generator(*this, frame, false);
    current_frame = frame;
    LOAD_FRAME();
    if (opcode_of(ip[-1]) == Opcode::SEND_GEN) {
      TOP() = std::move(result);
    } else {
      DROP();  // the generator
    }
    JUMP_TO(argument_of(ip[-1]));  // the instruction's target
    DISPATCH();
  }
  Frame* caller = frame->previous;
  const bool init_call = frame->is_init_call;
  // Unlinked before it is released, as in CPython 3.11 (gh-99729): a
  // finalizer that runs sees the caller as its own caller.
  current_frame = caller;
  pop_returned_frame(*this, frame);
  frame = caller;
  LOAD_FRAME();
  if (init_call) [[unlikely]] {  // (CALL_TYPE_INIT: the instance is in place)
    if (!result.is_none()) {
      raise_init_returned_value(*this, result);
      goto error;
    }
    DISPATCH();
  }
  PUSH(std::move(result));
  DISPATCH();
}

  // --------------------------------------------------------------- building
op_BUILD_TUPLE: {
  Ref<Tuple> tuple = allocate_tuple(*this, arg);
  for (uint32_t i = arg; i > 0; --i) (*tuple)[i - 1] = POP();
  PUSH(Value(std::move(tuple)));
  DISPATCH();
}
op_BUILD_LIST: {
  Ref<List> list = make_list(*this, arg);
  list->items.resize(arg);
  for (uint32_t i = arg; i > 0; --i) list->items[i - 1] = POP();
  PUSH(Value(std::move(list)));
  DISPATCH();
}
op_BUILD_SET: {
  Ref<Set> set = make_set(*this, set_type);
  bool ok = true;
  for (Value* p = sp - arg; p < sp && ok; ++p) ok = set_add(*this, set.get(), *p);
  release_range(sp - arg, sp);
  sp -= arg;
  if (!ok) goto error;
  PUSH(Value(std::move(set)));
  DISPATCH();
}
op_BUILD_MAP: {
  Ref<Dict> dict = make_dict(*this, arg);
  bool ok = true;
  for (Value* p = sp - 2 * arg; p < sp && ok; p += 2) ok = dict_set(*this, dict.get(), p[0], p[1]);
  release_range(sp - 2 * arg, sp);
  sp -= 2 * arg;
  if (!ok) goto error;
  PUSH(Value(std::move(dict)));
  DISPATCH();
}
op_BUILD_STRING: {
  Value result = build_string(*this, sp - arg, arg);
  release_range(sp - arg, sp);
  sp -= arg;
  if (result.is_null()) goto error;
  PUSH(std::move(result));
  DISPATCH();
}
op_LIST_APPEND: {
  Value item = POP();
  sp[-static_cast<int64_t>(arg)].as<List>()->items.push_back(std::move(item));
  DISPATCH();
}
op_SET_ADD: {
  Value item = POP();
  if (!set_add(*this, sp[-static_cast<int64_t>(arg)].as<Set>(), item)) goto error;
  DISPATCH();
}
op_MAP_ADD: {
  Value value = POP();
  Value key = POP();
  if (!dict_set(*this, sp[-static_cast<int64_t>(arg)].as<Dict>(), key, value)) goto error;
  DISPATCH();
}
op_LIST_EXTEND: {
  Value iterable = POP();
  if (!list_extend_instruction(*this, sp[-static_cast<int64_t>(arg)], iterable)) goto error;
  DISPATCH();
}
op_SET_UPDATE: {
  Value iterable = POP();
  if (!set_update(*this, sp[-static_cast<int64_t>(arg)].as<Set>(), iterable)) goto error;
  DISPATCH();
}
op_DICT_UPDATE: {
  Value mapping = POP();
  if (!dict_merge(*this, sp[-static_cast<int64_t>(arg)].as<Dict>(), mapping, false)) goto error;
  DISPATCH();
}
op_DICT_MERGE: {
  // [callable, args tuple, kwargs dict ..., mapping]: the callable names itself in errors.
  Value mapping = POP();
  const Value& dict = sp[-static_cast<int64_t>(arg)];
  const Value& function = sp[-static_cast<int64_t>(arg) - 2];
  if (!merge_call_keywords(*this, dict, mapping, function)) goto error;
  DISPATCH();
}
op_LIST_TO_TUPLE: {
  Value tuple = make_tuple_from(*this, TOP().as<List>()->items);
  TOP() = std::move(tuple);
  DISPATCH();
}
op_UNPACK_SEQUENCE: {
  Value sequence = POP();
  if (sequence.is_object() && sequence.as_object()->type == tuple_type &&
      sequence.as<Tuple>()->size == arg) {
    Tuple* tuple = sequence.as<Tuple>();
    for (uint32_t i = arg; i > 0; --i) PUSH((*tuple)[i - 1]);
    DISPATCH();
  }
  if (!unpack_sequence(*this, sequence, arg, sp)) goto error;
  sp += arg;
  DISPATCH();
}
op_UNPACK_EX: {
  Value sequence = POP();
  const size_t before = arg & 0xFF;
  const size_t after = arg >> 8;
  if (!unpack_ex(*this, sequence, before, after, sp)) goto error;
  sp += before + after + 1;
  DISPATCH();
}
op_FORMAT_VALUE: {
  Value spec = (arg & 4) ? POP() : Value();
  Value result = format_value(*this, TOP(), arg & 3, spec);
  if (result.is_null()) goto error;
  TOP() = std::move(result);
  DISPATCH();
}

  // ----------------------------------------------------------------- calls
op_MAKE_FUNCTION: {
  const size_t count = 1 + static_cast<size_t>(__builtin_popcount(arg));
  Value function = make_function_from_stack(*this, frame, arg, sp - count);
  release_range(sp - count, sp);
  sp -= count;
  if (function.is_null()) goto error;
  PUSH(std::move(function));
  DISPATCH();
}
  {
    // Shared by the CALL family: the callable is at `callee`, its `nargs`
    // arguments follow, and the stack is cut back to `release_from`.
    Value* callee;
    size_t nargs;
    Value* release_from;
    Tuple* kwnames;  // the keyword names of a *_KW call; left on the stack above the arguments

op_CALL:
    ADAPT(specialize_call(*this, code, INDEX(), sp[-static_cast<int64_t>(arg) - 1], arg));
  call_general:
    callee = sp - arg - 1;
    nargs = arg;
    release_from = callee;
    kwnames = nullptr;
    goto perform_call;
op_CALL_PY_EXACT_ARGS:
    callee = sp - arg - 1;
    if (!is_plain_python_call(*this, *callee, arg)) [[unlikely]] MISS(call_general);
    nargs = arg;
    release_from = callee;
    SAVE_FRAME();
    goto call_plain_python;
op_CALL_BUILTIN:
    callee = sp - arg - 1;
    if (!is_exactly(*callee, native_function_type)) [[unlikely]] MISS(call_general);
    SAVE_FRAME();
    {
      Value result = call_native_function(*this, *callee, callee + 1, arg, nullptr);
      release_range(callee, sp);
      sp = callee;
      if (result.is_null()) goto error;
      PUSH(std::move(result));
    }
    DISPATCH();
op_CALL_TYPE_INIT: {
    // [class, args...] -> [instance], once the instance's __init__ returned
    callee = sp - arg - 1;
    const InlineCache& cache = CACHE();
    if (!is_exactly(*callee, type_type) ||
        callee->as<Type>()->version != cache.type_version) [[unlikely]] {
      MISS(call_general);
    }
    SAVE_FRAME();
    Value instance = object_new(*this, callee->as<Type>(), callee + 1, arg, nullptr);
    if (instance.is_null()) goto error;
    *callee = instance;  // the call's result, where it goes
    Frame* init_frame = push_init_call_frame(*this, reinterpret_cast<Function*>(cache.object), instance, callee + 1, arg);
    if (init_frame == nullptr) goto error;
    sp = callee + 1;  // (the arguments were moved out)
    frame->sp = sp;
    init_frame->previous = frame;
    frame = init_frame;
    current_frame = frame;
    LOAD_FRAME();
    DISPATCH();
  }
op_CALL_METHOD_PY:
    release_from = sp - arg - 2;
    if (!is_plain_python_call(*this, *release_from, arg + 1)) [[unlikely]] MISS(call_method_general);
    callee = release_from;
    nargs = arg + 1;
    SAVE_FRAME();
    goto call_plain_python;
op_CALL_METHOD_BUILTIN:
    // [method descriptor, self, args...]
    release_from = sp - arg - 2;
    if (!is_exactly(*release_from, method_descriptor_type) ||
        type_of(release_from[1]) != release_from->as<MethodDescriptor>()->owner) [[unlikely]] {
      MISS(call_method_general);
    }
    SAVE_FRAME();
    {
      Value result = release_from->as<MethodDescriptor>()->function(*this, release_from + 1, arg + 1, nullptr);
      release_range(release_from, sp);
      sp = release_from;
      if (result.is_null()) goto error;
      PUSH(std::move(result));
    }
    DISPATCH();
op_CALL_METHOD_BUILTIN_FN:
    // [NULL, built-in function, args...]
    release_from = sp - arg - 2;
    if (!release_from->is_null() ||
        !is_exactly(release_from[1], native_function_type)) [[unlikely]] {
      MISS(call_method_general);
    }
    SAVE_FRAME();
    {
      Value result = call_native_function(*this, release_from[1], release_from + 2, arg, nullptr);
      release_range(release_from, sp);
      sp = release_from;
      if (result.is_null()) goto error;
      PUSH(std::move(result));
    }
    DISPATCH();
op_CALL_KW:
    kwnames = TOP().as<Tuple>();
    callee = sp - arg - 2;
    nargs = arg;
    release_from = callee;
    goto perform_call;
op_CALL_METHOD:
    ADAPT(specialize_call_method(*this, code, INDEX(), sp[-static_cast<int64_t>(arg) - 2],
                                 sp[-static_cast<int64_t>(arg) - 1], arg));
  call_method_general:
    kwnames = nullptr;
    goto method_call;
op_CALL_METHOD_KW:
    kwnames = TOP().as<Tuple>();
    release_from = sp - arg - 3;
    goto method_layout;
  method_call:
    release_from = sp - arg - 2;
  method_layout:
    if (release_from->is_null()) {  // not a method: [NULL, callable, args...]
      callee = release_from + 1;
      nargs = arg;
    } else {  // [method, self, args...]: self is the first argument
      callee = release_from;
      nargs = arg + 1;
    }
  perform_call: {
    SAVE_FRAME();
    if (callee->is_object() && callee->as_object()->type == function_type) {
      if (kwnames == nullptr && is_plain_python_call(*this, *callee, nargs)) goto call_plain_python;
      Value immediate;
      Frame* callee_frame =
          prepare_call(*this, callee->as<Function>(), callee + 1, nargs, kwnames, &immediate);
      release_range(release_from, sp);
      sp = release_from;
      if (callee_frame != nullptr) {
        frame->sp = sp;
        callee_frame->previous = frame;
        frame = callee_frame;
        current_frame = frame;
        LOAD_FRAME();
        DISPATCH();
      }
      if (immediate.is_null()) goto error;
      PUSH(std::move(immediate));
      DISPATCH();
    }
    Value result = Runtime::call(*callee, callee + 1, nargs, kwnames);
    release_range(release_from, sp);
    sp = release_from;
    if (result.is_null()) goto error;
    PUSH(std::move(result));
    DISPATCH();
  }
  call_plain_python: {
    // A Python function given exactly its positional parameters: they move
    // into a new frame, which runs next (the frame was saved).
    Frame* callee_frame = push_plain_call_frame(*this, callee, nargs);
    if (callee_frame == nullptr) goto error;
    sp = release_from;  // everything from release_from up was moved out (or is null)
    frame->sp = sp;
    callee_frame->previous = frame;
    frame = callee_frame;
    current_frame = frame;
    LOAD_FRAME();
    DISPATCH();
  }
  }
op_CALL_FUNCTION_EX: {
  Value kwargs = (arg & 1) ? POP() : Value();
  Value args = POP();
  SAVE_FRAME();
  Value result = call_with_unpacking(*this, TOP(), args, kwargs);
  if (result.is_null()) goto error;
  TOP() = std::move(result);
  DISPATCH();
}

  // ------------------------------------------------------------ exceptions
op_RAISE_VARARGS:
  reraise = raise_varargs(*this, arg, sp - arg);
  release_range(sp - arg, sp);
  sp -= arg;
  if (reraise) goto exception_unwind;
  goto error;
op_RERAISE:
  raise_exception(POP());
  reraise = true;
  goto exception_unwind;
op_PUSH_EXC_INFO: {
  Value exception = POP();
  Value& handled = exception_state->exception;
  PUSH(handled.is_null() ? Value::none() : std::move(handled));
  handled = exception;
  PUSH(std::move(exception));
  DISPATCH();
}
op_POP_EXCEPT: {
  Value previous = POP();
  exception_state->exception = previous.is_none() ? Value() : std::move(previous);
  DISPATCH();
}
op_CHECK_EXC_MATCH: {
  const int matched = check_exception_match(*this, SECOND(), TOP());
  if (matched < 0) goto error;
  TOP() = Value::boolean(matched);
  DISPATCH();
}
op_LOAD_ASSERTION_ERROR:
  PUSH(Value::from_object(exception_type(Exc::kAssertionError)));
  DISPATCH();
op_BEFORE_WITH: {
  Value exit, entered;
  SAVE_FRAME();
  if (!before_with(*this, TOP(), &exit, &entered)) goto error;
  TOP() = std::move(exit);
  PUSH(std::move(entered));
  DISPATCH();
}
op_WITH_EXCEPT_START: {
  SAVE_FRAME();
  Value result = with_exit_on_exception(*this, sp[-3], TOP());
  if (result.is_null()) goto error;
  PUSH(std::move(result));
  DISPATCH();
}

  // ------------------------------------------------------------ generators
op_YIELD_VALUE: {
  Value value = POP();
  if (frame->generator->drain_sink != nullptr && frame->is_entry && !is_observed()) [[unlikely]] {
    // Drained (generator_drain): the value goes to the consumer, and the
    // generator runs on as if next() had resumed it at once.
    SAVE_FRAME();
    if (frame->generator->drain_sink(frame->generator->drain_context, std::move(value))) {
      PUSH(Value::none());
      DISPATCH();
    }
    // The consumer failed: the generator suspends here as any yield leaves
    // it, returning null (`value` was moved out); generator_drain reports
    // the consumer's error.
  }
  SAVE_FRAME();
  frame->generator->state = GeneratorState::kSuspended;
  if (!frame->is_entry) {  // resumed by FOR_ITER_GEN or SEND_GEN: the value is their next item
    frame = leave_inline_generator(*this, frame, false);
    current_frame = frame;
    LOAD_FRAME();
    PUSH(std::move(value));
    DISPATCH();
  }
  current_frame = frame->previous;
  frame->previous = nullptr;  // a suspended frame has no caller (f_back)
  return value;
}
op_GET_YIELD_FROM_ITER: {
  Value iterator = get_yield_from_iter(*this, TOP());
  if (iterator.is_null()) goto error;
  TOP() = std::move(iterator);
  DISPATCH();
}
op_SEND:
  ADAPT(specialize_send(*this, code, INDEX(), SECOND()));
send_general: {
  // [iterator, value]
  Value sent = POP();
  Value returned;
  SAVE_FRAME();
  Value yielded = send_to_iterator(*this, TOP(), sent, &returned);
  if (!yielded.is_null()) {
    PUSH(std::move(yielded));
    DISPATCH();
  }
  if (has_error()) goto error;
  TOP() = std::move(returned);
  JUMP_TO(arg);
  DISPATCH();
}

op_SEND_GEN: {
  // [generator, value]
  if (!is_exactly(SECOND(), generator_type)) [[unlikely]] MISS(send_general);
  Generator* generator = SECOND().as<Generator>();
  if (generator->state != GeneratorState::kSuspended &&
      (generator->state != GeneratorState::kCreated || !TOP().is_none())) {
    goto send_general;  // (running, finished, or a value sent to a new one: as the general path says)
  }
  Value sent = POP();
  SAVE_FRAME();
  if (!begin_generator_step(*this, generator, std::move(sent), false)) goto error;
  frame = enter_inline_generator(generator, frame);
  current_frame = frame;
  LOAD_FRAME();
  DISPATCH();
}

  // ------------------------------------------------- classes, modules, REPL
op_LOAD_BUILD_CLASS: {
  Value build_class = dict_get_str(frame->builtins, names.dunder_build_class);
  if (build_class.is_null()) {
    raise(Exc::kNameError, "__build_class__ not found");
    goto error;
  }
  PUSH(std::move(build_class));
  DISPATCH();
}
op_IMPORT_NAME: {
  Value fromlist = POP();
  SAVE_FRAME();
  Value module = import_name(*this, frame, NAME(arg), fromlist, TOP());
  if (module.is_null()) goto error;
  TOP() = std::move(module);
  DISPATCH();
}
op_IMPORT_FROM: {
  Value value = import_from(*this, TOP(), NAME(arg));
  if (value.is_null()) goto error;
  PUSH(std::move(value));
  DISPATCH();
}
op_IMPORT_STAR: {
  Value module = POP();
  if (!import_star(*this, frame, module)) goto error;
  DISPATCH();
}
op_SETUP_ANNOTATIONS:
  if (!setup_annotations(*this, frame)) goto error;
  DISPATCH();
op_PRINT_EXPR: {
  Value value = POP();
  if (!print_expression(*this, value)) goto error;
  DISPATCH();
}

  // ------------------------------------------------------ match statements
op_MATCH_SEQUENCE: {
  const bool sequence = is_sequence_for_match(*this, TOP());
  PUSH(Value::boolean(sequence));
  DISPATCH();
}
op_MATCH_MAPPING: {
  const bool mapping = is_mapping_for_match(*this, TOP());
  PUSH(Value::boolean(mapping));
  DISPATCH();
}
op_GET_LEN: {
  SAVE_FRAME();
  Value length = length_of(*this, TOP());
  if (length.is_null()) goto error;
  PUSH(std::move(length));
  DISPATCH();
}
op_MATCH_KEYS: {
  SAVE_FRAME();
  Value values = match_keys(*this, SECOND(), TOP());
  if (values.is_null()) goto error;
  PUSH(std::move(values));
  DISPATCH();
}
op_COPY_DICT_WITHOUT_KEYS: {
  SAVE_FRAME();
  Value rest = copy_dict_without_keys(*this, SECOND(), TOP());
  if (rest.is_null()) goto error;
  TOP() = std::move(rest);
  DISPATCH();
}
op_MATCH_CLASS: {
  SAVE_FRAME();
  Value attributes = match_class(*this, sp[-3], SECOND(), TOP(), arg);
  if (attributes.is_null()) goto error;
  DROP();
  DROP();
  TOP() = std::move(attributes);
  DISPATCH();
}

  // ------------------------------------------------------------ coroutines
  // (await is GET_AWAITABLE and then the SEND loop of `yield from`)
op_GET_AWAITABLE: {
  SAVE_FRAME();
  Value iterator = get_awaitable_iterator(*this, TOP(), arg);
  if (iterator.is_null()) goto error;
  TOP() = std::move(iterator);
  DISPATCH();
}
op_GET_AITER: {
  SAVE_FRAME();
  Value iterator = get_async_iterator(*this, TOP());
  if (iterator.is_null()) goto error;
  TOP() = std::move(iterator);
  DISPATCH();
}
op_GET_ANEXT: {
  SAVE_FRAME();
  Value awaitable = get_anext_awaitable(*this, TOP());
  if (awaitable.is_null()) goto error;
  PUSH(std::move(awaitable));
  DISPATCH();
}
op_END_ASYNC_FOR: {
  // [async iterator, exception]
  if (!is_end_of_async_for(*this, TOP())) goto op_RERAISE;
  DROP();
  DROP();
  DISPATCH();
}
op_BEFORE_ASYNC_WITH: {
  Value exit, entered;
  SAVE_FRAME();
  if (!before_async_with(*this, TOP(), &exit, &entered)) goto error;
  TOP() = std::move(exit);
  PUSH(std::move(entered));
  DISPATCH();
}

  // ------------------------------------------------------------- except*
op_CHECK_EG_MATCH: {
  SAVE_FRAME();
  if (!check_except_star_type(*this, TOP())) goto error;
  Value match, rest;
  if (!except_star_match(*this, SECOND(), TOP(), &match, &rest)) goto error;
  DROP();  // T
  if (match.is_none()) {
    JUMP_TO(arg);  // (forward: the verifier allows no other)
    DISPATCH();
  }
  TOP() = std::move(rest);
  // The clause handles the match: sys.exception(), and the __context__ of
  // what the clause raises.
  exception_state->exception = match;
  PUSH(std::move(match));
  DISPATCH();
}
op_PREP_RERAISE_STAR: {
  SAVE_FRAME();
  Value raised = prepare_reraise_star(*this, SECOND(), as_list(TOP()));
  if (raised.is_null()) goto error;
  DROP();
  DROP();
  if (raised.is_none()) DISPATCH();
  // Raised as RERAISE raises: no traceback entry here, and no __context__
  // from the frame it next passes through either (see error:).
  ExceptionObject* exception = as_exception(raised);
  if (exception->traceback.is_none()) exception->keep_context = true;
  raise_exception(std::move(raised));
  reraise = true;
  goto exception_unwind;
}

  // ---------------------------------------------------------------- errors
for_iter_not_an_object:  // (see op_FOR_ITER)
  SAVE_FRAME();
  iter_next(*this, TOP());  // raises the TypeError
  goto error;
error: {
  // A new error: record where it passed through this frame, and chain it to
  // the exception being handled (implicit __context__).
  SAVE_FRAME();
  const size_t index = frame->instruction_index();
  const Value& exception = pending_error();
  ExceptionObject* raised = as_exception(exception);
  if (raised->traceback.is_none() && !std::exchange(raised->keep_context, false)) {
    chain_exception_context(*this, exception);
  }
  add_traceback_entry(*this, exception, frame_object_of(*this, frame), Value::from_object(code),
                      static_cast<int>(index), Traceback::kLineOfInstruction);
  if (is_observed()) [[unlikely]] observe_exception(frame);  // (an observer's error replaces it)
}
exception_unwind: {
  reraise = false;
  const size_t index = static_cast<size_t>(ip - first_instruction) - 1;
  // Entering a handler takes a step, as a back edge does: verified bytecode
  // can loop through a handler placed before its try body without one.
  // Out of steps, the program ends: no handler may catch that and go on.
  const ExceptionHandler* handler = --steps_left < 0 && !refill_steps() ? nullptr : code->handler_for(index);
  if (handler != nullptr) {
    if (is_observed()) [[unlikely]] observe_handler_entry(frame);
    Value* base = frame->stack_base() + handler->depth;
    release_range(base, sp);
    sp = base;
    PUSH(take_error());
    JUMP_TO(handler->target);
    DISPATCH();
  }
  // No handler here: the exception leaves this frame.
  if (is_observed()) [[unlikely]] observe_unwind(frame);
  if (frame->is_entry) {
    current_frame = frame->previous;
    if (frame->generator) {
      frame->generator->state = GeneratorState::kFinished;
      frame->sp = sp;
      clear_frame(frame);
    } else {
      frame->sp = sp;
      pop_frame(*this, frame);
    }
    return Value();
  }
  frame->sp = sp;
  if (frame->generator != nullptr) {  // resumed by FOR_ITER_GEN or SEND_GEN: it is finished
    frame->generator->state = GeneratorState::kFinished;
    frame = leave_inline_generator(*this, frame, true);
  } else {
    Frame* caller = frame->previous;
    current_frame = caller;  // (unlinked first, as on return)
    pop_frame(*this, frame);
    frame = caller;
  }
  current_frame = frame;
  LOAD_FRAME();
  goto error;  // the caller gets its own traceback entry (at its call)
}
  } catch (const std::bad_alloc&) {
    allocation_failure = raise_after_failed_allocation(*this) ? AllocationFailure::kRaise : AllocationFailure::kUnwindOnly;
    goto resume_after_allocation_failure;
  }

#undef LOAD_FRAME
#undef SAVE_FRAME
#undef DISPATCH
#undef JUMP_TO
#undef PUSH
#undef POP
#undef DROP
#undef ARITHMETIC_FAST_PATHS
#undef TOP
#undef SECOND
#undef NAME
#undef INDEX
#undef ADAPT
#undef CACHE
#undef MISS
#undef SPECIALIZED_INT_OPERATION
#undef SPECIALIZED_FLOAT_OPERATION
}

}  // namespace pyvm
