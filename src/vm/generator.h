// SPDX-License-Identifier: GPL-3.0-or-later
// generator: a suspended frame. Calling a generator function makes one;
// next()/send() resume its frame until it yields or returns, throw() and
// close() raise inside it (PEP 342), and `yield from` delegates to a
// sub-iterator (PEP 380).
#pragma once

#include "runtime/object.h"
#include "runtime/value.h"
#include "vm/frame.h"

namespace pyvm {

class VM;

// One level of the "exception being handled" chain (sys.exc_info()): the VM
// has a base level and each running generator adds its own, so that an
// except block a generator is suspended in does not leak to its caller.
struct ExceptionState {
  Value exception;                   // null or None: nothing handled at this level
  ExceptionState* previous = nullptr;
};

enum class GeneratorState : uint8_t { kCreated, kSuspended, kRunning, kFinished };

struct Generator : Object {
  Value name;
  Value qualname;
  ExceptionState exception_state;
  GeneratorState state = GeneratorState::kCreated;
  // The frame lives in this object's trailing storage.
  Frame* frame() { return reinterpret_cast<Frame*>(this + 1); }
  ~Generator();
};
bool has_layout(const Object* object, const Generator*);

// A generator whose frame is a copy of `frame` (already bound to its
// arguments); the caller's frame memory is released by the caller.
Value make_generator(VM& vm, Frame* bound_frame);
// Resumes a generator with `value` sent in (or `exception` thrown in when
// not null). Returns the yielded value; on return, null with no error pending
// and `*returned` set to the return value; null with an error on exception.
Value resume_generator(VM& vm, Generator* generator, Value value, Value exception, Value* returned);

// generator.close(): GeneratorExit raised inside; None, or null with an error.
Value close_generator(VM& vm, Generator* generator);

void init_generator_type(VM& vm);

}  // namespace pyvm
