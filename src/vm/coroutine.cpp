// SPDX-License-Identifier: GPL-3.0-or-later
// What `await`, `async for` and `async with` call (see coroutine.h): the
// awaitable protocol (__await__), the async iteration protocol (__aiter__,
// __anext__), the builtins aiter() and anext(), and two small awaitables:
// coroutine_wrapper (coroutine.__await__()) and anext_awaitable (anext()
// with a default).
#include "vm/coroutine.h"

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/exceptions.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/slots.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/generator.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

// coroutine.__await__(): iterating it resumes the coroutine.
struct CoroutineWrapper : Object {
  Value coroutine;
};

// anext(iterator, default): awaits iterator.__anext__() and turns its
// StopAsyncIteration into the default value.
struct AnextAwaitable : Object {
  Value wrapped;  // what __anext__() returned
  Value default_value;
};

[[maybe_unused]] bool has_layout(const Object* object, const CoroutineWrapper*) {
  return layout_extends(object, object->type->runtime->coroutine_wrapper_type);
}
[[maybe_unused]] bool has_layout(const Object* object, const AnextAwaitable*) {
  return layout_extends(object, object->type->runtime->anext_awaitable_type);
}

// pyvm's own awaitables, which are their own await iterators.
bool awaits_itself(VM& vm, Type* type) {
  return type == vm.async_generator_asend_type || type == vm.async_generator_athrow_type ||
         type == vm.anext_awaitable_type;
}

// CPython's _PyCoro_GetAwaitableIter: a coroutine itself, else the iterator
// __await__() returns. `missing` is the message when there is no __await__.
Value awaitable_iterator(VM& vm, const Value& value, std::string_view missing) {
  Type* type = vm.type_of(value);
  if (type == vm.coroutine_type || awaits_itself(vm, type)) return value;
  if (lookup_in_mro(type, vm.names.dunder_await) == nullptr) return vm.raise(Exc::kTypeError, missing);
  Value iterator = call_special_method(vm, value, vm.names.dunder_await, nullptr, 0);
  if (iterator.is_null()) return iterator;
  Type* iterator_type = vm.type_of(iterator);
  if (iterator_type == vm.coroutine_type) return vm.raise(Exc::kTypeError, "__await__() returned a coroutine");
  if (iterator_type->next == nullptr) {
    return vm.raise(Exc::kTypeError,
                    cat("__await__() returned non-iterator of type '", iterator_type->name->view(), "'"));
  }
  return iterator;
}

// Raises a TypeError whose cause (and context) is the pending error.
Value raise_type_error_from_cause(VM& vm, std::string_view message) {
  Value cause = vm.take_error();
  vm.raise(Exc::kTypeError, message);
  as_exception(vm.pending_error())->cause = cause;
  as_exception(vm.pending_error())->context = cause;
  return Value();
}

// ---- coroutine_wrapper

Value wrapped_coroutine(const Value& self) { return self.as<CoroutineWrapper>()->coroutine; }

Value coroutine_wrapper_next(Runtime& rt, const Value& self) {
  VM& vm = vm_of(rt);
  const Value coroutine = wrapped_coroutine(self);
  Value returned;
  Value result = resume_generator(vm, coroutine.as<Generator>(), Value::none(), Value(), &returned);
  if (result.is_null() && !vm.has_error()) return raise_stop_iteration(vm, returned);
  return result;
}

Value coroutine_wrapper_send(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "send", nargs - 1, kwnames)) return Value();
  return call_method(rt, wrapped_coroutine(args[0]), rt.names.send, args + 1, 1);
}

Value coroutine_wrapper_throw(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "throw", nargs - 1, kwnames, 1, 3)) return Value();
  return call_method(rt, wrapped_coroutine(args[0]), rt.names.throw_, args + 1, nargs - 1);
}

Value coroutine_wrapper_close(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "close", nargs - 1, kwnames)) return Value();
  return close_generator(vm_of(rt), wrapped_coroutine(args[0]).as<Generator>());
}

const MethodDef kCoroutineWrapperMethods[] = {
    {"send", coroutine_wrapper_send},
    {"throw", coroutine_wrapper_throw},
    {"close", coroutine_wrapper_close},
};

// ---- anext_awaitable

// The iterator awaiting the wrapped awaitable means. As CPython 3.11, it is
// asked for again at every step (so an __await__ that makes a new
// generator each time starts over).
Value anext_iterator(VM& vm, AnextAwaitable* self) {
  const Value wrapped = self->wrapped;
  Value iterator = awaitable_iterator(
      vm, wrapped, cat("object ", vm.type_of(wrapped)->name->view(), " can't be used in 'await' expression"));
  if (iterator.is_null()) return iterator;
  // A coroutine is resumed through its __await__ iterator (it has no __next__).
  if (vm.type_of(iterator) == vm.coroutine_type) iterator = make_coroutine_wrapper(vm, iterator);
  return iterator;
}

// Forwards one step to the awaited iterator: its __next__ (`method` null) or
// the named method; StopAsyncIteration from it becomes StopIteration(default).
Value anext_step(VM& vm, const Value& self_value, Str* method, const Value* args, size_t nargs) {
  auto* self = self_value.as<AnextAwaitable>();
  const Value keep_alive = self_value;
  Value iterator = anext_iterator(vm, self);
  if (iterator.is_null()) return iterator;
  Value result;
  if (method == nullptr) {
    result = iter_next(vm, iterator);
  } else {
    result = call_method(vm, iterator, method, args, nargs);
  }
  if (result.is_null() && vm.error_matches(Exc::kStopAsyncIteration)) {
    vm.clear_error();
    return raise_stop_iteration(vm, self->default_value);
  }
  return result;
}

Value anext_awaitable_next(Runtime& rt, const Value& self) { return anext_step(vm_of(rt), self, nullptr, nullptr, 0); }

Value anext_awaitable_send(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "send", nargs - 1, kwnames)) return Value();
  return anext_step(vm_of(rt), args[0], rt.names.send, args + 1, 1);
}

Value anext_awaitable_throw(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "throw", nargs - 1, kwnames, 1, 3)) return Value();
  return anext_step(vm_of(rt), args[0], rt.names.throw_, args + 1, nargs - 1);
}

Value anext_awaitable_close(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "close", nargs - 1, kwnames)) return Value();
  return anext_step(vm_of(rt), args[0], rt.names.close, nullptr, 0);
}

Value await_self(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "__await__", nargs - 1, kwnames)) return Value();
  return args[0];
}

const MethodDef kAnextAwaitableMethods[] = {
    {"send", anext_awaitable_send},
    {"throw", anext_awaitable_throw},
    {"close", anext_awaitable_close},
    {"__await__", await_self},
};

Value iterator_self(Runtime&, const Value& self) { return self; }

}  // namespace

Value get_awaitable_iterator(VM& vm, const Value& value, uint32_t where) {
  const std::string_view type = vm.type_of(value)->name->view();
  const std::string missing =
      where == 1   ? cat("'async with' received an object from __aenter__ that does not implement __await__: ", type)
      : where == 2 ? cat("'async with' received an object from __aexit__ that does not implement __await__: ", type)
                   : cat("object ", type, " can't be used in 'await' expression");
  Value iterator = awaitable_iterator(vm, value, missing);
  if (iterator.is_null()) return iterator;
  // Two awaits of one coroutine would both resume it.
  if (vm.type_of(iterator) == vm.coroutine_type && !yield_from_delegate(iterator.as<Generator>()).is_null()) {
    return vm.raise(Exc::kRuntimeError, "coroutine is being awaited already");
  }
  return iterator;
}

Value get_async_iterator(VM& vm, const Value& iterable) {
  Type* type = vm.type_of(iterable);
  if (type == vm.async_generator_type) return iterable;
  if (lookup_in_mro(type, vm.names.dunder_aiter) == nullptr) {
    return vm.raise(Exc::kTypeError,
                    cat("'async for' requires an object with __aiter__ method, got ", type->name->view()));
  }
  Value iterator = call_special_method(vm, iterable, vm.names.dunder_aiter, nullptr, 0);
  if (iterator.is_null()) return iterator;
  Type* iterator_type = vm.type_of(iterator);
  if (lookup_in_mro(iterator_type, vm.names.dunder_anext) == nullptr) {
    return vm.raise(Exc::kTypeError, cat("'async for' received an object from __aiter__ that does not implement "
                                         "__anext__: ",
                                         iterator_type->name->view()));
  }
  return iterator;
}

Value get_anext_awaitable(VM& vm, const Value& iterator) {
  Type* type = vm.type_of(iterator);
  if (type == vm.async_generator_type) {
    return make_async_generator_asend(vm, iterator.as<Generator>(), Value::none());
  }
  if (lookup_in_mro(type, vm.names.dunder_anext) == nullptr) {
    return vm.raise(Exc::kTypeError,
                    cat("'async for' requires an iterator with __anext__ method, got ", type->name->view()));
  }
  Value next = call_special_method(vm, iterator, vm.names.dunder_anext, nullptr, 0);
  if (next.is_null()) return next;
  const std::string_view next_type = vm.type_of(next)->name->view();
  Value awaitable = awaitable_iterator(vm, next, cat("object ", next_type, " can't be used in 'await' expression"));
  if (awaitable.is_null()) {
    return raise_type_error_from_cause(vm, cat("'async for' received an invalid object from __anext__: ", next_type));
  }
  return awaitable;
}

Value builtin_aiter_of(VM& vm, const Value& iterable) {
  Type* type = vm.type_of(iterable);
  if (lookup_in_mro(type, vm.names.dunder_aiter) == nullptr) {
    return vm.raise(Exc::kTypeError, cat("'", type->name->view(), "' object is not an async iterable"));
  }
  Value iterator = call_special_method(vm, iterable, vm.names.dunder_aiter, nullptr, 0);
  if (iterator.is_null()) return iterator;
  Type* iterator_type = vm.type_of(iterator);
  if (lookup_in_mro(iterator_type, vm.names.dunder_anext) == nullptr) {
    return vm.raise(Exc::kTypeError,
                    cat("aiter() returned not an async iterator of type '", iterator_type->name->view(), "'"));
  }
  return iterator;
}

Value builtin_anext_of(VM& vm, const Value& iterator, const Value& default_value) {
  Type* type = vm.type_of(iterator);
  if (lookup_in_mro(type, vm.names.dunder_anext) == nullptr) {
    return vm.raise(Exc::kTypeError, cat("'", type->name->view(), "' object is not an async iterator"));
  }
  Value awaitable = call_special_method(vm, iterator, vm.names.dunder_anext, nullptr, 0);
  if (awaitable.is_null() || default_value.is_null()) return awaitable;
  auto* result = new_object<AnextAwaitable>(vm.gc, vm.anext_awaitable_type, 0);
  result->wrapped = std::move(awaitable);
  result->default_value = default_value;
  return Value::steal(result);
}

Value make_coroutine_wrapper(VM& vm, const Value& coroutine) {
  auto* wrapper = new_object<CoroutineWrapper>(vm.gc, vm.coroutine_wrapper_type, 0);
  wrapper->coroutine = coroutine;
  return Value::steal(wrapper);
}

void init_coroutine_types(VM& vm) {
  Type* type = vm.coroutine_wrapper_type;
  define_builtin_type(vm, type, "coroutine_wrapper", vm.object_type, sizeof(CoroutineWrapper), kTypeHasGc,
                      dealloc_object<CoroutineWrapper>);
  type->traverse = [](Object* self, VisitFn visit, void* context) {
    const Value& coroutine = static_cast<CoroutineWrapper*>(self)->coroutine;
    if (coroutine.is_object()) visit(coroutine.as_object(), context);
  };
  type->clear = [](Object* self) { Value dropped = std::move(static_cast<CoroutineWrapper*>(self)->coroutine); };
  type->iter = iterator_self;
  type->next = coroutine_wrapper_next;
  add_methods(vm, type, kCoroutineWrapperMethods);
  finish_type(vm, type);

  type = vm.anext_awaitable_type;
  define_builtin_type(vm, type, "anext_awaitable", vm.object_type, sizeof(AnextAwaitable), kTypeHasGc,
                      dealloc_object<AnextAwaitable>);
  type->traverse = [](Object* self, VisitFn visit, void* context) {
    auto* a = static_cast<AnextAwaitable*>(self);
    for (const Value* v : {&a->wrapped, &a->default_value}) {
      if (v->is_object()) visit(v->as_object(), context);
    }
  };
  type->clear = [](Object* self) {
    auto* a = static_cast<AnextAwaitable*>(self);
    Value w = std::move(a->wrapped), d = std::move(a->default_value);
  };
  type->iter = iterator_self;
  type->next = anext_awaitable_next;
  add_methods(vm, type, kAnextAwaitableMethods);
  finish_type(vm, type);
}

}  // namespace pyvm
