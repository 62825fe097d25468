// SPDX-License-Identifier: GPL-3.0-or-later
// Runtime construction (the built-in types, in dependency order), interning,
// raising exceptions, the recursion guard and the generic call.
#include "runtime/runtime.h"

#include <pthread.h>

#include "runtime/bytes.h"
#include "runtime/complex.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/generic_alias.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/mapping_proxy.h"
#include "runtime/namespace.h"
#include "runtime/module.h"
#include "runtime/object_type.h"
#include "runtime/property.h"
#include "runtime/cell.h"
#include "runtime/protocols.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/slots.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/weakref.h"

namespace pyvm {

namespace {

// Every built-in type object, in the order the runtime creates them.
std::vector<Type**> builtin_type_members(Runtime& rt) {
  return {&rt.object_type,          &rt.type_type,
          &rt.str_type,             &rt.dict_type,
          &rt.tuple_type,           &rt.none_type,
          &rt.not_implemented_type, &rt.ellipsis_type,
          &rt.int_type,             &rt.bool_type,
          &rt.float_type,           &rt.bytes_type,
          &rt.bytearray_type,       &rt.memoryview_type,
          &rt.list_type,            &rt.set_type,
          &rt.frozenset_type,       &rt.range_type,
          &rt.slice_type,           &rt.module_type,
          &rt.cell_type,            &rt.traceback_type,
          &rt.property_type,        &rt.staticmethod_type,
          &rt.classmethod_type,
          &rt.method_type,          &rt.native_function_type,
          &rt.method_descriptor_type, &rt.classmethod_descriptor_type,
          &rt.getset_descriptor_type, &rt.slot_wrapper_type,
          &rt.dict_keys_type,       &rt.dict_values_type,
          &rt.dict_items_type,      &rt.dict_iterator_type,
          &rt.list_iterator_type,   &rt.list_reverse_iterator_type,
          &rt.tuple_iterator_type,  &rt.str_iterator_type,
          &rt.bytes_iterator_type,  &rt.range_iterator_type,
          &rt.long_range_iterator_type, &rt.mapping_proxy_type,
          &rt.simple_namespace_type,
          &rt.generic_alias_type,   &rt.union_type,
          &rt.set_iterator_type,    &rt.sequence_iterator_type,
          &rt.callable_iterator_type, &rt.enumerate_type,
          &rt.zip_type,             &rt.map_type,
          &rt.filter_type,          &rt.reversed_type,
          &rt.code_type,            &rt.function_type,
          &rt.generator_type,       &rt.frame_type,
          &rt.coroutine_type,       &rt.coroutine_wrapper_type,
          &rt.async_generator_type, &rt.async_generator_asend_type,
          &rt.async_generator_athrow_type, &rt.anext_awaitable_type,
          &rt.observed_native_call_type,
          &rt.super_type,
          &rt.stream_type,          &rt.binary_reader_type,   &rt.binary_writer_type,
          &rt.random_type,
          &rt.re_pattern_type,      &rt.re_match_type,        &rt.re_scanner_type,
          &rt.struct_type,          &rt.struct_unpack_iterator_type,
          &rt.hash_type,            &rt.hash_xof_type,
          &rt.blake2b_type,         &rt.blake2s_type,
          &rt.array_type,           &rt.array_iterator_type,
          &rt.ucd_type,
          &rt.complex_type,
          &rt.member_descriptor_type,
          &rt.io_base_type,         &rt.raw_io_base_type,
          &rt.buffered_io_base_type, &rt.text_io_base_type,
          &rt.file_io_type,         &rt.buffered_reader_type,
          &rt.buffered_writer_type, &rt.buffered_random_type,
          &rt.text_io_wrapper_type, &rt.bytes_io_type,
          &rt.string_io_type,       &rt.weakref_type,
          &rt.weak_proxy_type,      &rt.weak_callable_proxy_type,
          &rt.deque_type,           &rt.deque_iterator_type,
          &rt.deque_reverse_iterator_type};
}

}  // namespace

Runtime::Runtime() {
  gc.charge_allocations_to(&steps_left);
  create_types();
  reserved_memory_error = make_exception(*this, exception_type(Exc::kMemoryError), Ref<Tuple>::borrow(empty_tuple_));
}

void Runtime::create_types() {
  // Bootstrapping: type objects must exist before any can get a name (a
  // str), a dict or a base. All are allocated blank first; then the layouts
  // of the types instantiated during set-up (str, tuple, dict, descriptors)
  // are fixed, before any instance is made.
  type_type = allocate_type(*this, nullptr);
  for (Type** member : builtin_type_members(*this)) {
    if (*member == nullptr) *member = allocate_type(*this, type_type);
  }
  for (Type*& exception : exception_types) exception = allocate_type(*this, type_type);
  init_type_layout(*this);
  init_str_layout(*this);
  init_tuple_layout(*this);
  init_dict_layout(*this);
  init_descriptor_layouts(*this);

  empty_str_ = allocate_str(*this, 0).release();
  for (int c = 0; c < 128; ++c) {
    ascii_chars_[c] = allocate_str(*this, 1).release();
    ascii_chars_[c]->mutable_data()[0] = static_cast<char>(c);
    finish_str(ascii_chars_[c]);
  }
  empty_tuple_ = allocate_tuple(*this, 0).release();
  intern_names();

  init_object_types(*this);  // object, type, NoneType, NotImplementedType, ellipsis
  init_str_type(*this);
  init_dict_type(*this);
  init_tuple_type(*this);
  init_int_type(*this);
  init_bool_type(*this);
  init_float_type(*this);
  init_complex_type(*this);
  init_bytes_type(*this);
  init_bytearray_type(*this);
  init_memoryview_type(*this);
  init_list_type(*this);
  init_set_types(*this);
  init_range_type(*this);
  init_slice_type(*this);
  init_module_type(*this);
  init_mapping_proxy_type(*this);
  init_simple_namespace_type(*this);
  init_descriptor_types(*this);
  init_slot_wrapper_type(*this);
  init_property_types(*this);
  init_cell_type(*this);
  init_iterator_types(*this);
  init_generic_alias_types(*this);
  init_exception_types(*this);
  init_weakref_types(*this);

  not_implemented_ = Value::steal(new_object<Object>(gc, not_implemented_type, 0));
  ellipsis_ = Value::steal(new_object<Object>(gc, ellipsis_type, 0));

  // Every type now has its slots: compute MROs, inherit slots from bases
  // and expose slots as dunder methods (list.__len__).
  // (Types of the upper layers are still blank: the VM finishes those.)
  for (Type** member : builtin_type_members(*this)) {
    if ((*member)->name) finish_type(*this, *member);
  }
  for (Type* exception : exception_types) finish_type(*this, exception);
  add_exception_constructors(*this);
}

Runtime::~Runtime() {
  pending_error_ = Value();
  reserved_memory_error = Value();
  not_implemented_ = Value();
  ellipsis_ = Value();
  // Break every cycle (module globals <-> functions, types <-> their MROs),
  // then release what the runtime itself holds; the type of types goes last
  // because freeing any type object consults it.
  gc.clear_all();
  decref(empty_tuple_);
  decref(empty_str_);
  for (Str* c : ascii_chars_) decref(c);
  for (auto& entry : interned_) {
    entry.second->interned = false;
    decref(entry.second);
  }
  interned_.clear();
  // Built-in types reference objects (names, dicts) whose own types are
  // built-in types: drop all those references while every type is alive,
  // then free the types themselves.
  for (Type* exception : exception_types) release_type_contents(exception);
  for (Type** member : builtin_type_members(*this)) release_type_contents(*member);
  for (Type* exception : exception_types) decref(exception);
  for (Type** member : builtin_type_members(*this)) {
    if (*member != type_type) decref(*member);
  }
  decref(type_type);
}

// ----------------------------------------------------------------- interning

void Runtime::intern_names() {
#define NAME(member, text) names.member = intern(text);
#include "runtime/names.def"
#undef NAME
}

Str* Runtime::intern(std::string_view text) {
  auto found = interned_.find(text);
  if (found != interned_.end()) return found->second;
  Str* str = make_str(*this, text).release();
  if (str->interned || str->refcount > 1) {
    // A shared one-character string: give the table its own copy.
    decref(str);
    str = allocate_str(*this, static_cast<int64_t>(text.size())).release();
    std::copy(text.begin(), text.end(), str->mutable_data());
    finish_str(str);
  }
  str->interned = true;
  interned_.emplace(str->view(), str);
  return str;
}

Str* Runtime::intern(Str* str) {
  if (str->interned) return str;
  return intern(str->view());
}

// ---------------------------------------------------------------- exceptions

Value Runtime::raise(Exc kind, std::string_view message) {
  return raise(exception_type(kind), message);
}

Value Runtime::raise(Type* type, std::string_view message) {
  Value text = make_str(*this, message);
  Ref<Tuple> args = make_tuple(*this, {text});
  return raise_exception(make_exception(*this, type, std::move(args)));
}

Value Runtime::raise_with_arg(Exc kind, const Value& argument) {
  Ref<Tuple> args = make_tuple(*this, {argument});
  return raise_exception(make_exception(*this, exception_type(kind), std::move(args)));
}

Value Runtime::raise_exception(Value exception) {
  pending_error_ = std::move(exception);
  return Value();
}

Value Runtime::take_error() {
  Value error = std::move(pending_error_);
  pending_error_ = Value();
  return error;
}

bool Runtime::error_matches(Exc kind) const {
  return has_error() && is_subtype(pending_error_.as_object()->type, exception_type(kind));
}

void Runtime::report_unraisable(const Value& object) {
  Value exception = take_error();
  if (!exception.is_null() && unraisable_hook != nullptr) unraisable_hook(*this, exception, object);
}

// ------------------------------------------------------------ recursion guard

void Runtime::set_native_stack_base(size_t stack_budget) {
  char here;
  native_stack_limit_ = reinterpret_cast<uintptr_t>(&here) - stack_budget;
}

bool Runtime::recursion_overflow(const char* where) {
  const bool within_depth = recursion_depth_ <= recursion_limit && !native_stack_exhausted();
  if (within_depth && out_of_steps()) {  // only the budget's slice ran out
    if (refill_steps()) return true;
    --recursion_depth_;
    return false;
  }
  --recursion_depth_;
  if (out_of_steps() && !refill_steps()) return false;
  raise(Exc::kRecursionError, cat("maximum recursion depth exceeded", where));
  return false;
}

// ---------------------------------------------------------- the step budget

namespace {

const char* exceeded_limit_message(ExceededLimit limit) {
  return limit == ExceededLimit::kTime ? "time limit exceeded" : "instruction limit exceeded";
}

}  // namespace

bool Runtime::refill_steps() {
  StepAllowance& allowance = step_allowance;
  if (!allowance.active) {
    raise(Exc::kRuntimeError, "the step budget is exhausted");
    return false;
  }
  if (allowance.exceeded == ExceededLimit::kNone) {
    if (instructions_left < 0) {
      allowance.exceeded = ExceededLimit::kInstructions;
    } else if (steps_left >= 0) {
      return true;  // (a native poll that found only the instructions low)
    } else if (allowance.has_deadline && std::chrono::steady_clock::now() >= allowance.deadline) {
      allowance.exceeded = ExceededLimit::kTime;
    } else {
      steps_left = StepAllowance::kSliceSteps;
      return true;
    }
  }
  // Both counts stay overdrawn, so every later step and instruction fails
  // too and no exception handler can keep the run going.
  steps_left = -1;
  instructions_left = -1;
  raise(Exc::kRuntimeError, exceeded_limit_message(allowance.exceeded));
  return false;
}

bool Runtime::time_limit_reached() {
  const StepAllowance& allowance = step_allowance;
  if (!allowance.active || !allowance.has_deadline) return false;
  if (allowance.exceeded == ExceededLimit::kNone && std::chrono::steady_clock::now() < allowance.deadline) {
    return false;
  }
  steps_left = -1;  // the next step finds the deadline passed
  return !refill_steps();
}

void Runtime::start_limited_run(int64_t max_instructions, double timeout_seconds) {
  end_limited_run();
  StepAllowance& allowance = step_allowance;
  allowance.active = true;
  allowance.counts_instructions = max_instructions > 0;
  if (allowance.counts_instructions) {
    instructions_left = max_instructions;
    if (count_instructions_hook != nullptr) count_instructions_hook(+1);
  }
  allowance.has_deadline = timeout_seconds > 0;
  if (allowance.has_deadline) {
    const auto timeout = std::chrono::duration_cast<std::chrono::steady_clock::duration>(
        std::chrono::duration<double>(std::min(timeout_seconds, 1e9)));
    allowance.deadline = std::chrono::steady_clock::now() + timeout;
  }
  // The first slice is taken at once (steps_left 0: the next step refills).
  steps_left = 0;
}

void Runtime::end_limited_run() {
  if (step_allowance.counts_instructions && count_instructions_hook != nullptr) {
    count_instructions_hook(-1);
  }
  step_allowance = StepAllowance();
  steps_left = INT64_MAX;
  instructions_left = kNoInstructionLimit;
}

Runtime::PausedRun Runtime::pause_limited_run() {
  const PausedRun paused{steps_left, instructions_left, step_allowance};
  end_limited_run();
  return paused;
}

void Runtime::resume_limited_run(const PausedRun& paused) {
  end_limited_run();
  steps_left = paused.steps_left;
  instructions_left = paused.instructions_left;
  step_allowance = paused.allowance;
  if (step_allowance.counts_instructions && count_instructions_hook != nullptr) {
    count_instructions_hook(+1);
  }
}

// --------------------------------------------------------------------- calls

Value Runtime::call(const Value& callable, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* type = type_of(callable);
  if (type->call == nullptr) {
    return raise(Exc::kTypeError, cat("'", message_type_name(type), "' object is not callable"));
  }
  return type->call(*this, callable, args, nargs, kwnames);
}

}  // namespace pyvm
