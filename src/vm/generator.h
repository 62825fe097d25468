// SPDX-License-Identifier: GPL-3.0-or-later
// generator: a suspended frame. Calling a generator function makes one;
// next()/send() resume its frame until it yields or returns, throw() and
// close() raise inside it (PEP 342), and `yield from` delegates to a
// sub-iterator (PEP 380).
//
// Coroutines (`async def`) and async generators (`async def` with `yield`)
// are the same object with another type (vm/coroutine.h): an `await` is a
// `yield from` loop, so the machinery here runs all three.
#pragma once

#include "runtime/object.h"
#include "runtime/value.h"
#include "vm/frame.h"

namespace pyvm {

class VM;
struct Function;
struct Tuple;

// One level of the "exception being handled" chain (sys.exc_info()): the VM
// has a base level and each running generator adds its own, so that an
// except block a generator is suspended in does not leak to its caller.
struct ExceptionState {
  Value exception;                   // null or None: nothing handled at this level
  ExceptionState* previous = nullptr;
};

enum class GeneratorState : uint8_t { kCreated, kSuspended, kRunning, kFinished };

// What the code object's flags made: the three types share this object.
enum class GeneratorKind : uint8_t { kGenerator, kCoroutine, kAsyncGenerator };

struct Generator : Object {
  Value name;
  Value qualname;
  ExceptionState exception_state;
  GeneratorState state = GeneratorState::kCreated;
  GeneratorKind kind = GeneratorKind::kGenerator;
  // Async generators only: an asend()/athrow() awaitable is driving it
  // (CPython's ag_running_async), and aclose() has started (ag_closed).
  bool running_async = false;
  bool closed = false;
  // Set while for_all drains the generator (generator_drain): its
  // YIELD_VALUE hands each value to the sink and runs on, instead of
  // suspending.
  ItemSink drain_sink = nullptr;
  void* drain_context = nullptr;
  // The frame lives in this object's trailing storage.
  Frame* frame() { return reinterpret_cast<Frame*>(this + 1); }
  ~Generator();
};
bool has_layout(const Object* object, const Generator*);

// The generator (coroutine, async generator) of a call of a resumable
// function: the arguments (moved out of `args`; `kwnames` as in
// bind_arguments_to_frame) bound in the generator's own frame. Null with
// TypeError when they do not fit.
Value make_generator_for_call(VM& vm, Function* function, Value* args, size_t nargs,
                              Tuple* kwnames);
// Resumes a generator with `value` sent in (or `exception` thrown in when
// not null). Returns the yielded value; on return, null with no error pending
// and `*returned` set to the return value; null with an error on exception.
Value resume_generator(VM& vm, Generator* generator, Value value, Value exception, Value* returned);

// generator.close(): GeneratorExit raised inside; None, or null with an error.
Value close_generator(VM& vm, Generator* generator);

// begin_generator_step and end_generator_step, around each step of a
// generator: generator_step.h.

// The exception gen.throw(type[, value[, traceback]]) raises, from its
// arguments (args[0] is the type or instance); null with an error if they
// are not an exception. Shared by every throw() method.
Value exception_from_throw_arguments(VM& vm, const Value* args, size_t nargs);

// Defines `type` as one of the three Generator types (layout, collection,
// finalizer, repr, __name__/__qualname__); the caller adds its protocol.
void define_generator_like_type(VM& vm, Type* type, const char* name);

// The StopIteration that ends next()/send() when a generator returns:
// StopIteration() for None, StopIteration(value) otherwise. Returns null.
Value raise_stop_iteration(VM& vm, const Value& returned);

// "generator", "coroutine" or "async generator", for messages.
const char* generator_kind_name(const Generator* generator);

// The object a generator suspended in `yield from` (or `await`) delegates
// to, or null.
Value yield_from_delegate(Generator* generator);

void init_generator_type(VM& vm);

}  // namespace pyvm
