// SPDX-License-Identifier: GPL-3.0-or-later
// frame: the Python object for a Frame — what sys._getframe() returns, what
// a traceback's tb_frame is and what a trace function receives (docs/architecture.md).
//
// Frames themselves live on the data stack and are not objects (a call
// costs no allocation). The object is made the first time something asks
// for a frame, and the frame keeps it (Frame::object) so that every later
// request gets the same object. While the frame runs or is suspended the
// object reads everything from it; when the frame finishes the object keeps
// what it needs to go on answering: the variables' final values, the last
// line, and its caller's frame object (f_back).
#pragma once

#include <vector>

#include "runtime/gc.h"
#include "runtime/object.h"
#include "runtime/value.h"

namespace pyvm {

class Runtime;
class VM;
struct Frame;

struct FrameObject : Object {
  explicit FrameObject(Gc& gc) : final_variables(PooledAllocator<Value>(&gc)) {}

  Frame* frame = nullptr;  // the live frame; null once it has finished
  Value code;              // the code object
  Value globals;           // dicts
  Value builtins;
  Value namespace_dict;    // a module or class body's namespace (f_locals), else null
  // f_locals of a function frame: the dict last filled from its variables.
  Value locals_dict;
  // Once finished: the variables' last values (locals, cells' contents,
  // frees' contents, null for unbound), the caller's frame object (None
  // for none), and the instruction it stopped at (-1: before the first;
  // frame_object_line gives its line when asked).
  std::vector<Value, PooledAllocator<Value>> final_variables;
  Value back;
  int final_instruction = -1;
  // sys.settrace state (CPython's f_trace, f_trace_lines, f_trace_opcodes).
  Value trace;  // null: none
  bool trace_lines = true;
  bool trace_opcodes = false;
  // Whether f_locals was read since the last write_back_locals (a trace
  // function or debugger command may have changed the dict).
  bool locals_read = false;
  // The line f_lineno reports while a trace event is delivered (CPython
  // reports the def line during a "call" event); 0: the current line.
  int event_line = 0;
};
bool has_layout(const Object* object, const FrameObject*);

// The frame's object, made on first request (a new reference).
Value frame_object_of(Runtime& rt, Frame* frame);
// Called as the frame finishes (clear_frame): the object keeps the
// frame's final state and lets go of the frame.
void detach_frame_object(Frame* frame);

// The line a frame object's frame is at, running or finished.
int frame_object_line(const FrameObject* object);
// The source line a frame is at: the instruction being executed, or the
// first line before the first instruction runs.
int frame_current_line(const Frame* frame);

// f_locals: a dict of the frame's bound variables (refreshed on each call)
// for a function frame, its namespace for a module or class body.
Value frame_object_locals(Runtime& rt, FrameObject* object);
// Copies what a trace function or debugger stored into f_locals back into
// the frame's variables (CPython's PyFrame_LocalsToFast), if f_locals was
// read since the last call.
void write_back_locals(FrameObject* object);

void init_frame_type(VM& vm);

}  // namespace pyvm
