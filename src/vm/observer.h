// SPDX-License-Identifier: GPL-3.0-or-later
// Observers: the tools that watch the VM run (docs/architecture.md) — sys.settrace
// and sys.setprofile, the instruction tracer (--trace), the debugger
// (--debug, breakpoint()) and the profilers (--profile).
//
// They all stand on one hook. The eval loop dispatches each instruction
// through a table of label addresses (interpreter.cpp). While no observer
// is attached, its entries are the instructions' own blocks and the loop
// runs exactly as without tools. Once one is attached, every entry leads
// to the hook (`observe_instruction_hook`), which turns what it sees into
// the events below (observer_hook.cpp) and hands them to each observer in
// the order they were attached. The error path reports what the
// per-instruction hook cannot see: an exception raised in or passing
// through a frame (the loop's `error` label) and a frame left by an
// exception.
//
// An observer's callback may run Python code (a trace function, a debugger's
// `p expr`); while any callback runs, no further events are reported, so
// that tools do not observe themselves (CPython's "tracing" flag).
#pragma once

#include "runtime/value.h"

namespace pyvm {

class VM;
struct Frame;

// A callback returning false has raised an exception (pending on the VM):
// it propagates from the instruction being executed, as if that
// instruction had raised it.
class Observer {
 public:
  virtual ~Observer() = default;

  // `frame` starts running: a new call, or a generator resuming (its first
  // instruction is about to run).
  virtual bool on_call(VM&, Frame*) { return true; }
  // The next instruction of `frame` starts source line `line`, or jumps
  // back to an earlier instruction (CPython 3.11's "line" event rules).
  virtual bool on_line(VM&, Frame*, int /*line*/) { return true; }
  // Every instruction, after any call and line event: frame->ip points past
  // the instruction about to run (frame->instruction_index() is its index)
  // and frame->sp is the top of its operand stack.
  virtual bool on_instruction(VM&, Frame*) { return true; }
  // `frame` returns or yields `value`; `value` is null when an exception
  // leaves the frame.
  virtual bool on_return(VM&, Frame*, const Value& /*value*/) { return true; }
  // `exception` was raised in `frame`, or reached it from a frame it called.
  virtual bool on_exception(VM&, Frame*, const Value& /*exception*/) { return true; }
  // Bytecode in `frame` calls the native callable `callable`; then it
  // returns, or raises (the exception is pending while on_native_exception
  // runs and stays pending afterwards).
  virtual bool on_native_call(VM&, Frame*, const Value& /*callable*/) { return true; }
  virtual bool on_native_return(VM&, Frame*, const Value& /*callable*/) { return true; }
  virtual void on_native_exception(VM&, Frame*, const Value& /*callable*/) {}
  // Whether this observer wants the native call events (they cost a check
  // at each native call while observers are attached).
  virtual bool wants_native_calls() const { return false; }
};

// For the VM: how many VMs in the process have observers changed by
// `change`; the dispatch table follows (interpreter.cpp).
void count_observed_vm(int change);
// The same for VMs running under an instruction limit (installed as
// Runtime::count_instructions_hook).
void count_instruction_limited_vm(int change);
// The type of what the hook puts in place of a native callee on the
// operand stack, so that calling it reports the call (observer_hook.cpp).
void init_observed_native_call_type(VM& vm);

}  // namespace pyvm
