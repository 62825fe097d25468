// SPDX-License-Identifier: GPL-3.0-or-later
// The slow paths of the interpreter's instructions, one function each,
// called from the loop in interpreter.cpp when the inline fast path does not
// apply. Each returns the failure marker with the pending exception set.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "bytecode/code_object.h"
#include "runtime/value.h"
#include "vm/frame.h"

namespace pyvm {

class VM;
struct Str;
struct Tuple;

// ---- names
Value load_global(VM& vm, Frame* frame, Str* name, InlineCache* cache);
Value load_name(VM& vm, Frame* frame, Str* name);
bool store_name(VM& vm, Frame* frame, Str* name, const Value& value);
bool delete_name(VM& vm, Frame* frame, Str* name);
bool delete_global(VM& vm, Frame* frame, Str* name);
Value load_class_deref(VM& vm, Frame* frame, uint32_t index);
Value raise_unbound_local(VM& vm, Frame* frame, uint32_t index);
Value raise_unbound_deref(VM& vm, Frame* frame, uint32_t index);

// LOAD_METHOD: [obj] -> [method, obj] (returns true and sets *method) or
// [NULL, attribute] (returns true, *method null, *attribute set).
bool load_method(VM& vm, const Value& object, Str* name, Value* method, Value* attribute);

// ---- strings
// `s += t` or `s = s + t`, both exact strs, when `next_word` (the next
// instruction) stores the result back into the variable holding `s`: the
// variable lets go of `s` first, so that it may grow in place
// (str_append_in_place) instead of being copied, and a loop building a
// string is linear, as in CPython. True when done (`left` is the result);
// false, with everything as it was, when the copy must be made.
bool concatenate_in_place(VM& vm, Frame* frame, Value* locals, Value& left, const Value& right,
                          uint32_t next_word);

// ---- unpacking; `out` receives the items in stack order (last item first).
bool unpack_sequence(VM& vm, const Value& sequence, size_t count, Value* out);
bool unpack_ex(VM& vm, const Value& sequence, size_t before, size_t after, Value* out);

// ---- values
Value format_value(VM& vm, const Value& value, uint32_t conversion, const Value& spec);
Value build_string(VM& vm, Value* parts, size_t count);
// MAKE_FUNCTION: `parts` holds the optional pieces in stack order, then the code.
Value make_function_from_stack(VM& vm, Frame* frame, uint32_t flags, Value* parts);
// BINARY_SLICE and STORE_SLICE: container[start:stop:step] (step None when
// the slice has two parts), lists without a slice object.
Value binary_slice(VM& vm, const Value& container, const Value& start, const Value& stop,
                   const Value& step);
bool store_slice(VM& vm, const Value& value, const Value& container, const Value& start,
                 const Value& stop, const Value& step);

// ---- exceptions
// RAISE_VARARGS: sets the pending exception. Returns true when this is a
// re-raise (bare `raise`), which adds no traceback entry.
bool raise_varargs(VM& vm, uint32_t count, const Value* args);
// Sets exception.__context__ to the exception being handled (implicit chaining).
void chain_exception_context(VM& vm, const Value& exception);
// `except type:` test: 1, 0, or -1 with TypeError.
int check_exception_match(VM& vm, const Value& exception, const Value& type);

// ---- match statements (pattern_matching.cpp)
// MATCH_SEQUENCE and MATCH_MAPPING: whether sequence and mapping patterns
// may match `subject` (by its type's kTypeSequence/kTypeMapping flag).
bool is_sequence_for_match(VM& vm, const Value& subject);
bool is_mapping_for_match(VM& vm, const Value& subject);
// GET_LEN: len(subject) as an int.
Value length_of(VM& vm, const Value& subject);
// MATCH_KEYS: a tuple of subject.get(key) for each key, or None when a key
// is missing.
Value match_keys(VM& vm, const Value& subject, const Value& keys);
// COPY_DICT_WITHOUT_KEYS: a new dict of subject's items but `keys`.
Value copy_dict_without_keys(VM& vm, const Value& subject, const Value& keys);
// MATCH_CLASS: the tuple of the attributes the sub-patterns match, or None
// when subject is no instance of cls or lacks one.
Value match_class(VM& vm, const Value& subject, const Value& cls, const Value& names,
                  uint32_t positional_count);

// ---- with and async with: the bound __exit__ (__aexit__) and what
// __enter__() (__aenter__()) returned.
bool before_with(VM& vm, const Value& manager, Value* exit, Value* entered);
bool before_async_with(VM& vm, const Value& manager, Value* exit, Value* entered);
Value with_exit_on_exception(VM& vm, const Value& exit, const Value& exception);

// ---- calls
Value call_with_unpacking(VM& vm, const Value& callable, const Value& args, const Value& kwargs);
// DICT_MERGE for f(**mapping): `function` names the callee in messages.
bool merge_call_keywords(VM& vm, const Value& dict, const Value& mapping, const Value& function);
// LIST_EXTEND ([*a], f(x, *a)): "Value after * must be an iterable" for a non-iterable.
bool list_extend_instruction(VM& vm, const Value& list, const Value& iterable);
// "module.qualname()" as CPython names a callable in call errors.
std::string function_display_name(VM& vm, const Value& callable);

// ---- generators: SEND for `yield from`. Returns the value the sub-iterator
// yielded; or null with `*returned` set when it finished; or null with an error.
Value send_to_iterator(VM& vm, const Value& iterator, const Value& value, Value* returned);
Value get_yield_from_iter(VM& vm, const Value& iterable);
// END_ASYNC_FOR: true (and the error cleared) when `exception` is the
// StopAsyncIteration that ends the loop.
bool is_end_of_async_for(VM& vm, const Value& exception);

// ---- modules and classes
Value import_name(VM& vm, Frame* frame, Str* name, const Value& fromlist, const Value& level);
Value import_from(VM& vm, const Value& module, Str* name);
bool import_star(VM& vm, Frame* frame, const Value& module);
bool setup_annotations(VM& vm, Frame* frame);
bool print_expression(VM& vm, const Value& value);

}  // namespace pyvm
