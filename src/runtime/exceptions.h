// SPDX-License-Identifier: GPL-3.0-or-later
// Exception objects: BaseException and the built-in hierarchy of
// exceptions.def, their args/str/repr rules, chaining (__context__,
// __cause__), and traceback objects (the frames an exception unwound).
#pragma once

#include "runtime/object.h"
#include "runtime/runtime.h"
#include "runtime/value.h"

namespace pyvm {

struct Tuple;

struct ExceptionObject : Object {
  Value dict;       // __dict__: also holds per-type attributes (SystemExit.code, ...)
  Value args;       // a tuple
  Value traceback;  // a Traceback, or None
  Value context;    // __context__: the exception being handled when this one was raised
  Value cause;      // __cause__: from `raise ... from cause`
  bool suppress_context = false;
  // Raised again as it is, with no traceback yet (the group an except*
  // statement raises at its end, as CPython's RERAISE): the frame it next
  // passes through must not take it for a new exception and set its
  // __context__ (the interpreter's error path; reset there).
  bool keep_context = false;
};
bool has_layout(const Object* object, const ExceptionObject*);

// One frame of a traceback: the frame object and its code object (opaque
// to the runtime) and the instruction that was executing; `next` is the
// frame it called.
struct Traceback : Object {
  Value next;  // a Traceback, or None
  Value frame;
  Value code;
  int instruction = 0;
  // The source line, or -1 for code no line stands for; kLineOfInstruction
  // until first asked for (traceback_line), as most are never read.
  int line = 0;
  static constexpr int kLineOfInstruction = -2;
};
// A traceback entry's line (tb_lineno; -1 for none).
int traceback_line(Runtime& rt, Traceback* entry);
bool has_layout(const Object* object, const Traceback*);

inline bool is_exception(const Value& v) {
  return v.is_object() && v.as_object()->type->has_flag(kTypeExceptionSubclass);
}
inline ExceptionObject* as_exception(const Value& v) { return v.as<ExceptionObject>(); }

// A new exception of `type` with these args, initialised as calling the
// type would (SystemExit(3).code == 3).
Value make_exception(Runtime& rt, Type* type, Ref<Tuple> args);
// Raises OSError(error, strerror(error)[, filename[, None, filename2]]),
// which becomes the subclass for the errno (FileNotFoundError for ENOENT);
// null filenames are left out. Returns null.
Value raise_os_error(Runtime& rt, int error, const Value& filename = Value(),
                     const Value& filename2 = Value());
// Prepends a frame to an exception's traceback: the instruction it was at
// and its line (Traceback::kLineOfInstruction: the instruction's line).
void add_traceback_entry(Runtime& rt, const Value& exception, const Value& frame, const Value& code,
                         int instruction, int line);
// Whether `type` (a class or a tuple of classes) matches exception class
// `exception_type` in an except clause; -1 with TypeError when `type` is
// not an exception class.
int exception_matches(Runtime& rt, Type* exception_type, const Value& type);

void init_exception_types(Runtime& rt);
// After the exception types are finished: the `__init__` and `__new__`
// each has in its own dict in CPython.
void add_exception_constructors(Runtime& rt);

}  // namespace pyvm
