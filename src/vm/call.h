// Frames for calls to Python functions (call.cpp): allocation on the data
// stack, binding arguments to parameters, and release.
#pragma once

#include <cstddef>

#include "vm/frame.h"

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

}  // namespace pyvm
