// SPDX-License-Identifier: GPL-3.0-or-later
// Frames for calls to Python functions (call.cpp): allocation on the data
// stack, binding arguments to parameters, and release.
#pragma once

#include <cstddef>

#include "runtime/tuple.h"
#include "vm/frame.h"
#include "vm/frame_object.h"
#include "vm/function.h"
#include "vm/vm.h"

namespace pyvm {

class VM;
struct Function;
struct Tuple;

// Sets up a blank frame for `code` (slots unbound, stack empty).
void initialize_frame(Frame* frame, CodeObject* code, Function* function);
// Binds a call's arguments (moved out of `args`) to the frame's parameters,
// then creates its cells and copies its closure. False with TypeError.
bool bind_arguments_to_frame(VM& vm, Function* function, Frame* frame, Value* args, size_t nargs,
                             Tuple* kwnames);
// A frame on the data stack, counted against the recursion limit.
Frame* push_frame(VM& vm, CodeObject* code, Function* function);
void pop_frame(VM& vm, Frame* frame);
// Everything a call to a Python function needs before its code runs. Returns
// the frame to run; or null with `*immediate` set when the call is already
// complete (a generator function returns its generator); or null with an
// exception pending.
Frame* prepare_call(VM& vm, Function* function, Value* args, size_t nargs, Tuple* kwnames,
                    Value* immediate);

// Whether every call with exactly `argument_count` positional arguments can
// take the fast path below: no *args, **kwargs, keyword-only parameters,
// cells to create, and not a generator.
inline bool takes_plain_positional_call(const CodeObject* code) {
  return (code->flags & (kCodeVarargs | kCodeVarkeywords | kCodeResumable)) == 0 &&
         code->keyword_only_count == 0 && code->cell_names.empty();
}

// A frame for a plain positional call of `function`
// (takes_plain_positional_call) whose parameter slots the caller fills next:
// returns the frame and, in `*parameters`, its first slot. Null with
// RecursionError pending.
inline Frame* push_plain_frame(VM& vm, Function* function, Value** parameters) {
  CodeObject* code = function->code_object();
  if (!vm.enter_frame()) return nullptr;
  void* memory = vm.data_stack.push(function->frame_bytes);
  if (memory == nullptr) {
    vm.leave_recursion();
    vm.raise(Exc::kRecursionError, "maximum recursion depth exceeded");
    return nullptr;
  }
  Frame* frame = ::new (memory) Frame;
  frame->code = code;
  frame->variable_count = function->variable_count;
  frame->globals = function->globals_dict();
  frame->builtins = function->builtins.as<Dict>();
  frame->ip = code->instructions.data();
  *parameters = frame->slots();
  return frame;
}

// After the caller filled the parameters up to `slot`: the other locals
// unbound, the closure copied, the stack empty.
inline void finish_plain_frame(Frame* frame, Function* function, Value* slot) {
  Value* frees = frame->stack_base() - frame->code->free_count();
  while (slot < frees) ::new (slot++) Value();
  if (slot < frame->stack_base()) {
    const Tuple* closure = as_tuple(function->closure);
    for (size_t i = 0; i < closure->size; ++i) ::new (slot++) Value((*closure)[i]);
  }
  frame->sp = slot;
}

// The fast path of the interpreter's CALL: the function at callee[0] and its
// arguments at callee[1..nargs], which must match takes_plain_positional_call
// and the parameter count, are moved into a new frame (the stack slots are
// left null). Null with RecursionError pending.
inline Frame* push_plain_call_frame(VM& vm, Value* callee, size_t nargs) {
  Function* function = callee->as<Function>();
  Value* slot;
  Frame* frame = push_plain_frame(vm, function, &slot);
  if (frame == nullptr) return nullptr;
  for (size_t i = 0; i < nargs; ++i) ::new (slot++) Value(std::move(callee[1 + i]));
  finish_plain_frame(frame, function, slot);
  frame->function = std::move(*callee);
  return frame;
}

// pop_frame for the frame of a call that returned (already unlinked: the
// caller is the current frame), with the common case inline: no frame
// object, no operand stack left, no namespace dict. The variables are
// released one by one, each slot emptied before its value is released, as
// clear_frame does; anything else goes through pop_frame.
inline void pop_returned_frame(VM& vm, Frame* frame) {
  if (frame->object != nullptr || frame->sp != frame->stack_base() || !frame->locals.is_null())
      [[unlikely]] {
    pop_frame(vm, frame);
    return;
  }
  Value* const end = frame->sp;
  for (Value* slot = frame->slots(); slot < end; ++slot) {
    Value released = std::move(*slot);
  }
  { Value function = std::move(frame->function); }
  if (frame->object != nullptr) [[unlikely]] detach_frame_object(frame);
  vm.data_stack.pop(frame);
  vm.leave_recursion();
}

// CALL_TYPE_INIT's frame: the class's Python __init__ (a plain positional
// call taking self and `nargs` more) with `self` and the arguments at args
// (moved out).
inline Frame* push_init_call_frame(VM& vm, Function* init, const Value& self, Value* args, size_t nargs) {
  Value* slot;
  Frame* frame = push_plain_frame(vm, init, &slot);
  if (frame == nullptr) return nullptr;
  ::new (slot++) Value(self);
  for (size_t i = 0; i < nargs; ++i) ::new (slot++) Value(std::move(args[i]));
  finish_plain_frame(frame, init, slot);
  frame->function = Value::from_object(init);
  frame->is_init_call = true;
  return frame;
}

}  // namespace pyvm
