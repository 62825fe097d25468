// SPDX-License-Identifier: GPL-3.0-or-later
// Coroutines and async generators (PEP 492, PEP 525): the awaitable side.
//
// A coroutine is a Generator object of type `coroutine` (vm/generator.h):
// `await x` compiles to GET_AWAITABLE and the `yield from` loop, so the
// frame suspends whenever what it awaits yields, and whoever drives the
// outermost coroutine (an event loop, or a program calling send()) sees
// those values.
//
// An async generator is a Generator of type `async_generator`. Its frame
// suspends at two kinds of yield: YIELD_VALUE 0 (`yield v`: a value for the
// `async for` that iterates it) and YIELD_VALUE 1 (an `await` inside it: a
// value for the event loop). Its asend()/athrow()/aclose() return awaitable
// objects (async_generator.cpp) that resume the frame and look at which kind
// of yield it stopped at: the first ends the await with StopIteration(v), the
// second passes the value through to the event loop.
#pragma once

#include "runtime/value.h"

namespace pyvm {

class VM;
struct Generator;

// GET_AWAITABLE: the iterator `await value` delegates to. `where` is the
// instruction's argument: 0 an await expression, 1 or 2 the result of
// __aenter__ or __aexit__ (for CPython's messages). Null with an error.
Value get_awaitable_iterator(VM& vm, const Value& value, uint32_t where);

// GET_AITER: iterable.__aiter__(), checked to have __anext__.
Value get_async_iterator(VM& vm, const Value& iterable);

// GET_ANEXT: the awaitable of iterator.__anext__().
Value get_anext_awaitable(VM& vm, const Value& iterator);

// The builtins aiter(x) and anext(x[, default]).
Value builtin_aiter_of(VM& vm, const Value& iterable);
Value builtin_anext_of(VM& vm, const Value& iterator, const Value& default_value);

// coroutine.__await__(): an iterator over the coroutine (coroutine_wrapper).
Value make_coroutine_wrapper(VM& vm, const Value& coroutine);

// The async generator's awaitables (async_generator.cpp).
Value make_async_generator_asend(VM& vm, Generator* generator, const Value& value);

void init_coroutine_types(VM& vm);
void init_async_generator_types(VM& vm);

}  // namespace pyvm
