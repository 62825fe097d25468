// SPDX-License-Identifier: GPL-3.0-or-later
// sys.breakpointhook (below), and sys.settrace and sys.setprofile: CPython 3.11's tracing
// and profiling functions, as one observer on the eval loop's hook
// (vm/observer.h).
//
// The trace function gets "call" for every frame that starts (a generator
// resuming included) and may return a local trace function; that one, kept
// as the frame's f_trace, gets the frame's "line", "return", "exception"
// and (with f_trace_opcodes) "opcode" events, and its non-None results
// replace it. The profile function gets "call" and "return" for Python
// frames and "c_call", "c_return", "c_exception" around calls to native
// functions. A trace or profile function that raises is removed, and its
// exception propagates from the traced code.
#include "lib/sys_trace.h"

#include <cstdlib>
#include <iterator>
#include <string>
#include <memory>

#include "bytecode/code_object.h"
#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/module.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "tools/debugger.h"
#include "vm/frame.h"
#include "vm/frame_object.h"
#include "vm/observer.h"
#include "vm/vm.h"
#include "vm/warnings.h"

namespace pyvm {

namespace {

class SysTraceHooks final : public Observer {
 public:
  Value trace_function;    // sys.settrace's; null when none
  Value profile_function;  // sys.setprofile's; null when none

  bool on_call(VM& vm, Frame* frame) override {
    // CPython reports the def line for a new frame, the yield's line for
    // a generator resuming.
    const int line = frame->last_observed < 0 ? frame->code->first_line
                                               : frame->code->line_of(static_cast<size_t>(frame->last_observed));
    if (!trace_function.is_null()) {
      Value object = frame_object_of(vm, frame);
      Value callback = trace_function;
      if (!deliver_trace(vm, callback, object.as<FrameObject>(), "call", Value::none(), line)) return false;
    }
    return profile(vm, frame, "call", Value::none(), line);
  }

  bool on_line(VM& vm, Frame* frame, int line) override {
    FrameObject* object = frame->object;
    if (object == nullptr || object->trace.is_null() || !object->trace_lines) return true;
    return deliver_trace(vm, object->trace, object, "line", Value::none(), line);
  }

  bool on_instruction(VM& vm, Frame* frame) override {
    FrameObject* object = frame->object;
    if (object == nullptr || object->trace.is_null() || !object->trace_opcodes) return true;
    return deliver_trace(vm, object->trace, object, "opcode", Value::none(), frame_current_line(frame));
  }

  bool on_return(VM& vm, Frame* frame, const Value& value) override {
    const Value arg = value.is_null() ? Value::none() : value;
    const int line = frame_current_line(frame);
    FrameObject* object = frame->object;
    if (object != nullptr && !object->trace.is_null()) {
      if (!deliver_trace(vm, object->trace, object, "return", arg, line)) return false;
    }
    return profile(vm, frame, "return", arg, line);
  }

  bool on_exception(VM& vm, Frame* frame, const Value& exception) override {
    FrameObject* object = frame->object;
    if (object == nullptr || object->trace.is_null()) return true;
    Value type = Value::from_object(vm.type_of(exception));
    Value traceback = as_exception(exception)->traceback;
    Value arg = make_tuple(vm, {type, exception, traceback});
    return deliver_trace(vm, object->trace, object, "exception", arg, frame_current_line(frame));
  }

  bool on_native_call(VM& vm, Frame* frame, const Value& callable) override {
    return profile(vm, frame, "c_call", callable, frame_current_line(frame));
  }
  bool on_native_return(VM& vm, Frame* frame, const Value& callable) override {
    return profile(vm, frame, "c_return", callable, frame_current_line(frame));
  }
  void on_native_exception(VM& vm, Frame* frame, const Value& callable) override {
    // The call's exception stays pending unless the profiler raises its own.
    Value pending = vm.take_error();
    if (profile(vm, frame, "c_exception", callable, frame_current_line(frame))) vm.raise_exception(pending);
  }
  bool wants_native_calls() const override { return !profile_function.is_null(); }

  // Attached while either function is set.
  void update_attachment(VM& vm) {
    if (vm.is_attached(this)) vm.detach_observer(this);
    if (!trace_function.is_null() || !profile_function.is_null()) vm.attach_observer(this);
  }

 private:
  // Calls `callback(frame, event, arg)` for a trace event, keeping
  // f_lineno at `line` meanwhile and copying f_locals changes back.
  bool deliver_trace(VM& vm, Value callback, FrameObject* object, const char* event, const Value& arg,
                     int line) {
    Value keep_object = Value::from_object(object);
    Value result = call_with_frame(vm, callback, object, event, arg, line);
    if (result.is_null()) {
      // As CPython: a failing trace function turns tracing off.
      trace_function = Value();
      object->trace = Value();
      update_attachment(vm);
      return false;
    }
    if (!result.is_none()) object->trace = std::move(result);
    return true;
  }

  bool profile(VM& vm, Frame* frame, const char* event, const Value& arg, int line) {
    if (profile_function.is_null()) return true;
    Value object = frame_object_of(vm, frame);
    Value callback = profile_function;
    if (!call_with_frame(vm, callback, object.as<FrameObject>(), event, arg, line).is_null()) return true;
    profile_function = Value();
    update_attachment(vm);
    return false;
  }

  static Value call_with_frame(VM& vm, const Value& callback, FrameObject* object, const char* event,
                               const Value& arg, int line) {
    const int saved_line = object->event_line;
    object->event_line = line;
    Value args[] = {Value::from_object(object), Value::from_object(vm.intern(event)), arg};
    Value result = vm.call(callback, args, 3, nullptr);
    object->event_line = saved_line;
    write_back_locals(object);
    return result;
  }
};

SysTraceHooks& hooks_of(VM& vm) {
  if (!vm.sys_trace_hooks) vm.sys_trace_hooks = std::make_unique<SysTraceHooks>();
  return static_cast<SysTraceHooks&>(*vm.sys_trace_hooks);
}

Value or_none(const Value& v) { return v.is_null() ? Value::none() : v; }

Value sys_settrace(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "settrace", nargs, kwnames)) return Value();
  VM& vm = vm_of(rt);
  SysTraceHooks& hooks = hooks_of(vm);
  hooks.trace_function = args[0].is_none() ? Value() : args[0];
  hooks.update_attachment(vm);
  return Value::none();
}

Value sys_gettrace(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "gettrace", nargs, kwnames)) return Value();
  return or_none(hooks_of(vm_of(rt)).trace_function);
}

Value sys_setprofile(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "setprofile", nargs, kwnames)) return Value();
  VM& vm = vm_of(rt);
  SysTraceHooks& hooks = hooks_of(vm);
  hooks.profile_function = args[0].is_none() ? Value() : args[0];
  hooks.update_attachment(vm);
  return Value::none();
}

Value sys_getprofile(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "getprofile", nargs, kwnames)) return Value();
  return or_none(hooks_of(vm_of(rt)).profile_function);
}

// CPython's RuntimeWarning, where breakpoint() was called.
bool warn_unimportable_hook(VM& vm, const std::string& hook) {
  return warn(vm, Exc::kRuntimeWarning,
              cat("Ignoring unimportable $PYTHONBREAKPOINT: \"", hook, "\""));
}

// sys.breakpointhook(*args, **kwargs), what breakpoint() calls: as
// CPython's, it follows $PYTHONBREAKPOINT — "0" does nothing, unset or empty
// (or "pdb.set_trace") enters pyvm's debugger, and "module.name" calls that.
Value sys_breakpointhook(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  VM& vm = vm_of(rt);
  const char* setting = vm.flags.ignore_environment ? nullptr : std::getenv("PYTHONBREAKPOINT");  // -E
  const std::string hook = setting ? setting : "";
  if (hook == "0") return Value::none();
  if (hook.empty() || hook == "pdb.set_trace") {
    break_into_debugger(vm);
    return Value::none();
  }
  const size_t dot = hook.rfind('.');
  const std::string module_name = dot == std::string::npos ? "builtins" : hook.substr(0, dot);
  const std::string attribute = dot == std::string::npos ? hook : hook.substr(dot + 1);
  Value fromlist = make_tuple(vm, {Value::from_object(vm.intern(attribute))});
  Value module = vm.import_module(vm.intern(module_name), Value::none(), fromlist, 0);
  Value function = module.is_null() ? Value() : get_attr(vm, module, vm.intern(attribute));
  if (function.is_null()) {
    vm.clear_error();
    return warn_unimportable_hook(vm, hook) ? Value::none() : Value();
  }
  return vm.call(function, args, nargs, kwnames);
}

}  // namespace

const MethodDef kSysTraceFunctions[] = {
    {"settrace", sys_settrace},   {"gettrace", sys_gettrace},   {"setprofile", sys_setprofile},
    {"getprofile", sys_getprofile}, {"breakpointhook", sys_breakpointhook},
    {"__breakpointhook__", sys_breakpointhook},
};
const size_t kSysTraceFunctionCount = std::size(kSysTraceFunctions);

}  // namespace pyvm
