// SPDX-License-Identifier: GPL-3.0-or-later
// Async generators (PEP 525; see coroutine.h): the async_generator type and
// the awaitables its methods return. asend(v) and __anext__() return an
// async_generator_asend; athrow(...) and aclose() an async_generator_athrow.
// Awaiting one resumes the generator's frame: a value it yields with `yield`
// ends that await (StopIteration carrying the value), a value one of its own
// awaits yields passes through to whoever drives the coroutine, and the
// generator's end is StopAsyncIteration.
#include "bytecode/code_object.h"
#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/exceptions.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/tuple.h"
#include "vm/coroutine.h"
#include "vm/frame_object.h"
#include "vm/generator.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

enum class AwaitableState : uint8_t { kInit, kIterating, kClosed };

// An asend or athrow awaitable (they share the layout; the type tells).
struct AsyncGeneratorAwaitable : Object {
  Value generator;
  Value sent;         // asend: the value sent when first resumed
  Value throw_args;   // athrow: the tuple of throw() arguments; null for aclose()
  AwaitableState state = AwaitableState::kInit;
};

[[maybe_unused]] bool has_layout(const Object* object, const AsyncGeneratorAwaitable*) {
  const Runtime& rt = *object->type->runtime;
  return layout_extends(object, rt.async_generator_asend_type) ||
         layout_extends(object, rt.async_generator_athrow_type);
}

AsyncGeneratorAwaitable* as_awaitable(const Value& v) { return v.as<AsyncGeneratorAwaitable>(); }
Generator* generator_of(const AsyncGeneratorAwaitable* a) { return a->generator.as<Generator>(); }

// Whether the frame stopped at a `yield` of its own (YIELD_VALUE 0), not
// at the yield of an await loop (YIELD_VALUE 1).
bool stopped_at_own_yield(Generator* generator) {
  if (generator->state != GeneratorState::kSuspended) return false;
  const uint32_t yield = generator->frame()->ip[-1];
  return opcode_of(yield) == Opcode::YIELD_VALUE && argument_of(yield) == 0;
}

Value raise_stop_async_iteration(VM& vm) {
  return vm.raise_exception(
      make_exception(vm, vm.exception_type(Exc::kStopAsyncIteration), Ref<Tuple>::borrow(vm.empty_tuple())));
}

// Resumes the frame with `value` sent in, or `exception` thrown in.
Value resume(VM& vm, Generator* generator, Value value, Value exception) {
  Value returned;
  Value result = resume_generator(vm, generator, std::move(value), std::move(exception), &returned);
  // An async generator returns only None: its end is StopAsyncIteration.
  if (result.is_null() && !vm.has_error()) raise_stop_async_iteration(vm);
  return result;
}

// CPython's async_gen_unwrap_value: what one resumption means to the await.
Value unwrap(VM& vm, Generator* generator, Value result) {
  if (result.is_null()) {
    if (vm.error_matches(Exc::kStopAsyncIteration) || vm.error_matches(Exc::kGeneratorExit)) {
      generator->closed = true;
    }
    generator->running_async = false;
    return result;
  }
  if (stopped_at_own_yield(generator)) {
    generator->running_async = false;
    return raise_stop_iteration(vm, result);
  }
  return result;  // from an await inside: on to the event loop
}

// ---- async_generator_asend

Value asend_send_value(VM& vm, const Value& self_value, Value value) {
  AsyncGeneratorAwaitable* self = as_awaitable(self_value);
  const Value keep_alive = self_value;
  Generator* generator = generator_of(self);
  if (self->state == AwaitableState::kClosed) {
    return vm.raise(Exc::kRuntimeError, "cannot reuse already awaited __anext__()/asend()");
  }
  if (self->state == AwaitableState::kInit) {
    if (generator->running_async) {
      return vm.raise(Exc::kRuntimeError, "anext(): asynchronous generator is already running");
    }
    if (value.is_none()) value = self->sent;
    self->state = AwaitableState::kIterating;
  }
  generator->running_async = true;
  Value result = unwrap(vm, generator, resume(vm, generator, std::move(value), Value()));
  if (result.is_null()) self->state = AwaitableState::kClosed;
  return result;
}

Value asend_next(Runtime& rt, const Value& self) { return asend_send_value(vm_of(rt), self, Value::none()); }

Value asend_send(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "send", nargs - 1, kwnames)) return Value();
  return asend_send_value(vm_of(rt), args[0], args[1]);
}

Value asend_throw(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "throw", nargs - 1, kwnames, 1, 3)) return Value();
  VM& vm = vm_of(rt);
  AsyncGeneratorAwaitable* self = as_awaitable(args[0]);
  const Value keep_alive = args[0];
  if (self->state == AwaitableState::kClosed) {
    return vm.raise(Exc::kRuntimeError, "cannot reuse already awaited __anext__()/asend()");
  }
  Value exception = exception_from_throw_arguments(vm, args + 1, nargs - 1);
  if (exception.is_null()) return exception;
  Generator* generator = generator_of(self);
  Value result = unwrap(vm, generator, resume(vm, generator, Value(), std::move(exception)));
  if (result.is_null()) self->state = AwaitableState::kClosed;
  return result;
}

// ---- async_generator_athrow

bool is_aclose(const AsyncGeneratorAwaitable* self) { return self->throw_args.is_null(); }

// The awaitable is done: StopIteration for aclose() when the generator
// ended as closing should end it; anything else propagates.
Value athrow_finish_with_error(VM& vm, AsyncGeneratorAwaitable* self) {
  generator_of(self)->running_async = false;
  self->state = AwaitableState::kClosed;
  if (is_aclose(self) && (vm.error_matches(Exc::kStopAsyncIteration) || vm.error_matches(Exc::kGeneratorExit))) {
    vm.clear_error();
    return raise_stop_iteration(vm, Value::none());
  }
  return Value();
}

// aclose() found the generator yielding a value instead of ending.
Value athrow_ignored_exit(VM& vm, AsyncGeneratorAwaitable* self) {
  generator_of(self)->running_async = false;
  self->state = AwaitableState::kClosed;
  return vm.raise(Exc::kRuntimeError, "async generator ignored GeneratorExit");
}

// The first resumption: throws into the frame.
Value athrow_start(VM& vm, AsyncGeneratorAwaitable* self, const Value& value) {
  Generator* generator = generator_of(self);
  if (generator->running_async) {
    self->state = AwaitableState::kClosed;
    return vm.raise(Exc::kRuntimeError, is_aclose(self) ? "aclose(): asynchronous generator is already running"
                                                        : "athrow(): asynchronous generator is already running");
  }
  if (generator->closed) {
    self->state = AwaitableState::kClosed;
    return raise_stop_async_iteration(vm);
  }
  if (!value.is_none()) return vm.raise(Exc::kRuntimeError, "can't send non-None value to a just-started coroutine");
  self->state = AwaitableState::kIterating;
  generator->running_async = true;
  Value result;
  if (is_aclose(self)) {
    generator->closed = true;
    Value exit = make_exception(vm, vm.exception_type(Exc::kGeneratorExit), Ref<Tuple>::borrow(vm.empty_tuple()));
    result = resume(vm, generator, Value(), std::move(exit));
    if (!result.is_null() && stopped_at_own_yield(generator)) return athrow_ignored_exit(vm, self);
  } else {
    const Tuple* throw_args = as_tuple(self->throw_args);
    Value exception = exception_from_throw_arguments(vm, throw_args->items(), throw_args->size);
    if (exception.is_null()) return athrow_finish_with_error(vm, self);
    result = unwrap(vm, generator, resume(vm, generator, Value(), std::move(exception)));
  }
  if (result.is_null()) return athrow_finish_with_error(vm, self);
  return result;
}

Value athrow_send_value(VM& vm, const Value& self_value, const Value& value) {
  AsyncGeneratorAwaitable* self = as_awaitable(self_value);
  const Value keep_alive = self_value;
  Generator* generator = generator_of(self);
  if (self->state == AwaitableState::kClosed) {
    return vm.raise(Exc::kRuntimeError, "cannot reuse already awaited aclose()/athrow()");
  }
  if (generator->state == GeneratorState::kFinished) {
    self->state = AwaitableState::kClosed;
    return raise_stop_iteration(vm, Value::none());
  }
  if (self->state == AwaitableState::kInit) return athrow_start(vm, self, value);
  Value result = resume(vm, generator, value, Value());
  if (!is_aclose(self)) return unwrap(vm, generator, std::move(result));
  if (result.is_null()) return athrow_finish_with_error(vm, self);
  if (stopped_at_own_yield(generator)) return athrow_ignored_exit(vm, self);
  return result;
}

Value athrow_next(Runtime& rt, const Value& self) { return athrow_send_value(vm_of(rt), self, Value::none()); }

Value athrow_send(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "send", nargs - 1, kwnames)) return Value();
  return athrow_send_value(vm_of(rt), args[0], args[1]);
}

Value athrow_throw(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "throw", nargs - 1, kwnames, 1, 3)) return Value();
  VM& vm = vm_of(rt);
  AsyncGeneratorAwaitable* self = as_awaitable(args[0]);
  const Value keep_alive = args[0];
  if (self->state == AwaitableState::kClosed) {
    return vm.raise(Exc::kRuntimeError, "cannot reuse already awaited aclose()/athrow()");
  }
  Value exception = exception_from_throw_arguments(vm, args + 1, nargs - 1);
  if (exception.is_null()) return exception;
  Generator* generator = generator_of(self);
  Value result = resume(vm, generator, Value(), std::move(exception));
  if (!is_aclose(self)) return unwrap(vm, generator, std::move(result));
  if (!result.is_null() && stopped_at_own_yield(generator)) return athrow_ignored_exit(vm, self);
  if (result.is_null() && (vm.error_matches(Exc::kStopAsyncIteration) || vm.error_matches(Exc::kGeneratorExit))) {
    vm.clear_error();
    return raise_stop_iteration(vm, Value::none());
  }
  return result;
}

// close() of either awaitable: it can no longer be awaited.
Value awaitable_close(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "close", nargs - 1, kwnames)) return Value();
  as_awaitable(args[0])->state = AwaitableState::kClosed;
  return Value::none();
}

Value await_self(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "__await__", nargs - 1, kwnames)) return Value();
  return args[0];
}

Value iterator_self(Runtime&, const Value& self) { return self; }

const MethodDef kAsendMethods[] = {
    {"send", asend_send},
    {"throw", asend_throw},
    {"close", awaitable_close},
    {"__await__", await_self},
};

const MethodDef kAthrowMethods[] = {
    {"send", athrow_send},
    {"throw", athrow_throw},
    {"close", awaitable_close},
    {"__await__", await_self},
};

Value make_athrow(VM& vm, const Value& generator, Value throw_args) {
  auto* a = new_object<AsyncGeneratorAwaitable>(vm.gc, vm.async_generator_athrow_type, 0);
  a->generator = generator;
  a->throw_args = std::move(throw_args);
  return Value::steal(a);
}

// ---- async_generator

Generator* as_async_generator(const Value& v) { return v.as<Generator>(); }

Value async_generator_asend(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "asend", nargs - 1, kwnames)) return Value();
  return make_async_generator_asend(vm_of(rt), as_async_generator(args[0]), args[1]);
}

Value async_generator_anext(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "__anext__", nargs - 1, kwnames)) return Value();
  return make_async_generator_asend(vm_of(rt), as_async_generator(args[0]), Value::none());
}

Value async_generator_aiter(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "__aiter__", nargs - 1, kwnames)) return Value();
  return args[0];
}

Value async_generator_athrow(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "athrow", nargs - 1, kwnames, 1, 3)) return Value();
  VM& vm = vm_of(rt);
  return make_athrow(vm, args[0], Value(make_tuple_from(vm, std::span(args + 1, nargs - 1))));
}

Value async_generator_aclose(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "aclose", nargs - 1, kwnames)) return Value();
  return make_athrow(vm_of(rt), args[0], Value());
}

Value async_generator_await(Runtime&, const Value& self) {
  Value delegate = yield_from_delegate(as_async_generator(self));
  return delegate.is_null() ? Value::none() : delegate;
}
Value async_generator_frame(Runtime& rt, const Value& self) {
  Generator* g = as_async_generator(self);
  if (g->state == GeneratorState::kFinished) return Value::none();
  return frame_object_of(rt, g->frame());
}
Value async_generator_running(Runtime&, const Value& self) {
  return Value::boolean(as_async_generator(self)->running_async);
}
Value async_generator_code(Runtime&, const Value& self) {
  return Value::from_object(as_async_generator(self)->frame()->code);
}

const MethodDef kAsyncGeneratorMethods[] = {
    {"asend", async_generator_asend},
    {"athrow", async_generator_athrow},
    {"aclose", async_generator_aclose},
    {"__aiter__", async_generator_aiter},
    {"__anext__", async_generator_anext},
};

const GetSetDef kAsyncGeneratorGetSets[] = {
    {"ag_await", async_generator_await},
    {"ag_frame", async_generator_frame},
    {"ag_running", async_generator_running},
    {"ag_code", async_generator_code},
};

void define_awaitable_type(VM& vm, Type* type, const char* name, UnaryFn next, const MethodDef (&methods)[4]) {
  define_builtin_type(vm, type, name, vm.object_type, sizeof(AsyncGeneratorAwaitable), kTypeHasGc,
                      dealloc_object<AsyncGeneratorAwaitable>);
  type->traverse = [](Object* self, VisitFn visit, void* context) {
    auto* a = static_cast<AsyncGeneratorAwaitable*>(self);
    for (const Value* v : {&a->generator, &a->sent, &a->throw_args}) {
      if (v->is_object()) visit(v->as_object(), context);
    }
  };
  type->clear = [](Object* self) {
    auto* a = static_cast<AsyncGeneratorAwaitable*>(self);
    Value g = std::move(a->generator), s = std::move(a->sent), t = std::move(a->throw_args);
  };
  type->iter = iterator_self;
  type->next = next;
  add_methods(vm, type, methods);
  finish_type(vm, type);
}

}  // namespace

Value make_async_generator_asend(VM& vm, Generator* generator, const Value& value) {
  auto* a = new_object<AsyncGeneratorAwaitable>(vm.gc, vm.async_generator_asend_type, 0);
  a->generator = Value::from_object(generator);
  a->sent = value;
  return Value::steal(a);
}

void init_async_generator_types(VM& vm) {
  Type* type = vm.async_generator_type;
  define_generator_like_type(vm, type, "async_generator");
  add_methods(vm, type, kAsyncGeneratorMethods);
  add_getsets(vm, type, kAsyncGeneratorGetSets);
  finish_type(vm, type);
  define_awaitable_type(vm, vm.async_generator_asend_type, "async_generator_asend", asend_next, kAsendMethods);
  define_awaitable_type(vm, vm.async_generator_athrow_type, "async_generator_athrow", athrow_next, kAthrowMethods);
}

}  // namespace pyvm
