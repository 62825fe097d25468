// SPDX-License-Identifier: GPL-3.0-or-later
// The one hook every observer stands on (observer.h): attaching and
// detaching observers, and turning what the eval loop shows the hook into
// call, line, instruction, return and exception events.
//
// Calls from bytecode to native callables are seen through the same hook:
// before a CALL instruction runs, the hook puts an "observed native call"
// in place of a native callee on the operand stack, and calling that
// reports the call around the real one (native call events cost the loop
// nothing, not even while observed).
#include <algorithm>

#include "bytecode/code_object.h"
#include "bytecode/opcodes.h"
#include "runtime/descriptors.h"
#include "runtime/gc.h"
#include "runtime/object_type.h"
#include "vm/frame.h"
#include "vm/observer.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

// Marks that an observer's callback runs, so that the events it causes
// (a trace function's own instructions) are not reported.
class ObserverScope {
 public:
  explicit ObserverScope(bool& flag) : flag_(flag) { flag_ = true; }
  ~ObserverScope() { flag_ = false; }
  ObserverScope(const ObserverScope&) = delete;
  ObserverScope& operator=(const ObserverScope&) = delete;

 private:
  bool& flag_;
};

// Keeps the pending exception aside while observers run Python code, and
// puts it back unless an observer raised a new one.
class PendingExceptionKeeper {
 public:
  explicit PendingExceptionKeeper(VM& vm) : vm_(vm), exception_(vm.take_error()) {}
  ~PendingExceptionKeeper() {
    if (!vm_.has_error()) vm_.raise_exception(std::move(exception_));
  }
  const Value& exception() const { return exception_; }
  PendingExceptionKeeper(const PendingExceptionKeeper&) = delete;
  PendingExceptionKeeper& operator=(const PendingExceptionKeeper&) = delete;

 private:
  VM& vm_;
  Value exception_;
};

// Whether a callable is what CPython's profilers call a C function: a
// builtin function, or a method of a built-in type called with its self.
bool is_native_callable(VM& vm, const Value& callable, size_t nargs) {
  if (!callable.is_object()) return false;
  const Type* type = callable.as_object()->type;
  return type == vm.native_function_type || (type == vm.method_descriptor_type && nargs > 0);
}

// What the hook puts in a native callee's stack slot (see the top).
struct ObservedNativeCall : Object {
  Value callable;
};

[[maybe_unused]] bool has_layout(const Object* object, const ObservedNativeCall*) {
  return layout_extends(object, object->type->runtime->observed_native_call_type);
}

Value call_observed_native(Runtime& rt, const Value& self, const Value* args, size_t nargs, Tuple* kwnames) {
  return vm_of(rt).call_native_observed(self.as<ObservedNativeCall>()->callable, args, nargs, kwnames);
}

// Where the callee and its argument count are on the operand stack for a
// call instruction (as the eval loop's CALL family lays them out), or
// null for other instructions.
Value* callee_slot(Opcode opcode, uint32_t arg, Value* sp, size_t* nargs) {
  *nargs = arg;
  switch (opcode) {
    case Opcode::CALL: return sp - arg - 1;
    case Opcode::CALL_KW: return sp - arg - 2;
    case Opcode::CALL_METHOD:
    case Opcode::CALL_METHOD_KW: {
      Value* method = sp - arg - (opcode == Opcode::CALL_METHOD ? 2 : 3);
      if (method->is_null()) return method + 1;  // [NULL, callable, args...]
      *nargs = arg + 1;                          // [method, self, args...]
      return method;
    }
    case Opcode::CALL_FUNCTION_EX: *nargs = 1; return sp - ((arg & 1) ? 3 : 2);  // (the count is not known)
    default: return nullptr;
  }
}

}  // namespace

void init_observed_native_call_type(VM& vm) {
  Type* type = vm.observed_native_call_type;
  define_builtin_type(vm, type, "observed_native_call", vm.object_type, sizeof(ObservedNativeCall), 0,
                      dealloc_object<ObservedNativeCall>);
  type->call = call_observed_native;
  finish_type(vm, type);
}

void VM::attach_observer(Observer* observer) {
  if (is_attached(observer)) return;
  if (observers_.empty()) {
    // The frames running now were entered unobserved: they get no "call"
    // event, and their next instruction counts as the continuation of the
    // current one.
    ++observe_epoch_;
    for (Frame* frame = current_frame; frame != nullptr; frame = frame->previous) {
      frame->observed_epoch = observe_epoch_;
      frame->last_observed = frame->ip == frame->code->instructions.data()
                                 ? -1
                                 : static_cast<int32_t>(frame->instruction_index());
    }
  }
  if (observers_.empty()) count_observed_vm(+1);
  observers_.push_back(observer);
}

void VM::detach_observer(Observer* observer) {
  if (!is_attached(observer)) return;
  observers_.erase(std::remove(observers_.begin(), observers_.end(), observer), observers_.end());
  if (observers_.empty()) count_observed_vm(-1);
}

bool VM::is_attached(const Observer* observer) const {
  return std::find(observers_.begin(), observers_.end(), observer) != observers_.end();
}

// Each fan-out below indexes the list afresh: a callback may detach
// observers (sys.settrace(None) inside a trace function).

bool VM::observe_frame_entry(Frame* frame) {
  if (frame->observed_epoch == observe_epoch_ || in_observer_ || observers_.empty()) return true;
  frame->observed_epoch = observe_epoch_;
  // A generator resumes after its yield: that instruction is the one
  // before, for the line rule.
  const bool fresh = frame->ip == frame->code->instructions.data();
  frame->last_observed = fresh ? -1 : static_cast<int32_t>(frame->instruction_index()) - 1;
  ObserverScope scope(in_observer_);
  for (size_t i = 0; i < observers_.size(); ++i) {
    if (!observers_[i]->on_call(*this, frame)) return false;
  }
  return true;
}

bool VM::observe_instruction(Frame* frame) {
  // (Another VM in the process may be the observed one.)
  if (in_observer_ || observers_.empty()) return true;
  if (!observe_frame_entry(frame)) return false;
  ObserverScope scope(in_observer_);
  const CodeObject* code = frame->code;
  const int32_t index = static_cast<int32_t>(frame->instruction_index());
  const Opcode opcode = opcode_of(code->instructions[static_cast<size_t>(index)]);
  // CPython 3.11's rule: a line event when the instruction's line differs
  // from the previous instruction's in this frame (a frame's first
  // instruction always differs), or on a jump backward (except the jump
  // back to a `yield from`'s SEND).
  const int32_t previous = frame->last_observed;
  const int line = code->line_of(static_cast<size_t>(index));
  const int previous_line = previous < 0 ? -1 : code->line_of(static_cast<size_t>(previous));
  // An unconditional jump back (a loop's back edge, a `continue` after its
  // NOP) reports no line of its own, as CPython's, which has no line or
  // the body's last one there; landing reports the loop's head.
  const bool jump_back = opcode == Opcode::JUMP && argument_of(code->instructions[static_cast<size_t>(index)]) <
                                                       static_cast<uint32_t>(index);
  // (PUSH_EXC_INFO ends the cleanup: an except clause or a finally body
  // follows; so does the LIST_APPEND of an except* clause's handler, which
  // keeps what the clause raised and goes on to the next clause.)
  const bool in_cleanup = unwound_to_handler_ == frame;
  if (in_cleanup && (opcode == Opcode::PUSH_EXC_INFO || opcode == Opcode::LIST_APPEND)) unwound_to_handler_ = nullptr;
  const bool new_line = line > 0 && !jump_back && !in_cleanup &&
                        (line != previous_line || (index < previous && opcode != Opcode::SEND));
  if (!in_cleanup) frame->last_observed = index;
  for (size_t i = 0; new_line && i < observers_.size(); ++i) {
    if (!observers_[i]->on_line(*this, frame, line)) return false;
  }
  for (size_t i = 0; i < observers_.size(); ++i) {
    if (!observers_[i]->on_instruction(*this, frame)) return false;
  }
  // Returning and yielding leave the frame: the value is on top of the stack.
  if (opcode == Opcode::RETURN_VALUE || opcode == Opcode::YIELD_VALUE) {
    for (size_t i = 0; i < observers_.size(); ++i) {
      if (!observers_[i]->on_return(*this, frame, frame->sp[-1])) return false;
    }
    // A generator's next resumption is a new "call".
    if (opcode == Opcode::YIELD_VALUE) frame->observed_epoch = 0;
    if (unwound_to_handler_ == frame) unwound_to_handler_ = nullptr;
  }
  return wrap_native_callee(frame);
}

bool VM::wrap_native_callee(Frame* frame) {
  const uint32_t word = frame->ip[-1];
  size_t nargs = 0;
  Value* callee = callee_slot(base_opcode(opcode_of(word)), argument_of(word), frame->sp, &nargs);
  if (callee == nullptr || !is_native_callable(*this, *callee, nargs)) return true;
  const bool wanted = std::any_of(observers_.begin(), observers_.end(),
                                  [](const Observer* o) { return o->wants_native_calls(); });
  if (!wanted) return true;
  auto* wrapper = new_object<ObservedNativeCall>(gc, observed_native_call_type, 0);
  wrapper->callable = std::move(*callee);
  *callee = Value::steal(wrapper);
  return true;
}

bool VM::observe_exception(Frame* frame) {
  if (in_observer_) return true;
  PendingExceptionKeeper keeper(*this);
  // A generator resumed by throw() raises before running an instruction.
  if (!observe_frame_entry(frame)) return false;
  ObserverScope scope(in_observer_);
  for (size_t i = 0; i < observers_.size(); ++i) {
    if (!observers_[i]->on_exception(*this, frame, keeper.exception())) return false;
  }
  return true;
}

void VM::observe_unwind(Frame* frame) {
  if (unwound_to_handler_ == frame) unwound_to_handler_ = nullptr;
  if (in_observer_ || frame->observed_epoch != observe_epoch_) return;
  frame->observed_epoch = 0;
  PendingExceptionKeeper keeper(*this);
  // The frame reports the last instruction it ran outside handler cleanup
  // (where the exception was raised or re-raised), as CPython's.
  if (frame->last_observed >= 0) frame->ip = frame->code->instructions.data() + frame->last_observed + 1;
  ObserverScope scope(in_observer_);
  for (size_t i = 0; i < observers_.size(); ++i) {
    // A failing observer's exception replaces the one unwinding.
    if (!observers_[i]->on_return(*this, frame, Value())) return;
  }
}

bool VM::observe_native_return(Frame* frame, const Value& callable) {
  if (in_observer_) return true;
  ObserverScope scope(in_observer_);
  for (size_t i = 0; i < observers_.size(); ++i) {
    if (!observers_[i]->on_native_return(*this, frame, callable)) return false;
  }
  return true;
}

Value VM::call_native_observed(const Value& callable, const Value* args, size_t nargs, Tuple* kwnames) {
  Frame* frame = current_frame;
  if (in_observer_ || !is_native_callable(*this, callable, nargs)) {
    return call(callable, args, nargs, kwnames);
  }
  // The callable as CPython shows it: a method of a built-in type is
  // reported bound to its self.
  Value reported = callable;
  if (callable.as_object()->type == method_descriptor_type) {
    auto* descriptor = callable.as<MethodDescriptor>();
    reported = Value(make_native_function(*this, descriptor->name->view(), descriptor->function, args[0]));
  }
  {
    ObserverScope scope(in_observer_);
    for (size_t i = 0; i < observers_.size(); ++i) {
      if (!observers_[i]->on_native_call(*this, frame, reported)) return Value();
    }
  }
  Value result = call(callable, args, nargs, kwnames);
  // The call may have detached or attached observers (sys.setprofile):
  // what is attached now sees the end of the call, as in CPython.
  if (result.is_null()) {
    if (in_observer_) return result;
    ObserverScope scope(in_observer_);
    for (size_t i = 0; i < observers_.size(); ++i) observers_[i]->on_native_exception(*this, frame, reported);
    return result;
  }
  if (!observe_native_return(frame, reported)) return Value();
  return result;
}

}  // namespace pyvm
