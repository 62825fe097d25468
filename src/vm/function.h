// SPDX-License-Identifier: GPL-3.0-or-later
// function: a code object plus what it runs with — its globals, default
// argument values and closure cells. Calling one binds the arguments into a
// new frame (call.cpp) and runs it.
#pragma once

#include "runtime/object.h"
#include "runtime/value.h"

namespace pyvm {

class VM;
struct CodeObject;
struct Dict;

struct Function : Object {
  Value code;         // a CodeObject
  Value globals;      // a dict
  Value builtins;     // a dict: globals['__builtins__'] resolved when the function was made
  Value name;         // __name__
  Value qualname;     // __qualname__
  Value defaults;     // tuple of positional defaults, or null
  Value keyword_defaults;  // dict of keyword-only defaults, or null
  Value closure;      // tuple of cells for the code's free variables, or null
  Value doc;          // __doc__
  Value dict;         // __dict__ (function attributes)
  Value annotations;  // __annotations__: a dict, or null until asked for
  Value module;       // __module__
  // Fixed by the code object when the function is made, for the call fast
  // path (call.h): its frames' size in bytes and variable slots, and the
  // number of positional arguments a call must pass to bind them with no
  // other work (takes_plain_positional_call), or -1 when no call can.
  uint32_t frame_bytes = 0;
  uint32_t variable_count = 0;
  int32_t plain_arity = -1;

  CodeObject* code_object() const { return code.as<CodeObject>(); }
  Dict* globals_dict() const { return globals.as<Dict>(); }
};
bool has_layout(const Object* object, const Function*);


// A function for `code` (MAKE_FUNCTION), with no defaults or closure yet.
Value make_function(VM& vm, CodeObject* code, Dict* globals);

void init_function_type(VM& vm);

}  // namespace pyvm
