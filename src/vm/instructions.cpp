// SPDX-License-Identifier: GPL-3.0-or-later
// Slow paths of the interpreter's instructions (see instructions.h).
#include "vm/instructions.h"

#include <algorithm>
#include <vector>

#include "runtime/cell.h"
#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/keyboard_interrupt.h"
#include "runtime/list.h"
#include "runtime/protocols.h"
#include "runtime/slice.h"
#include "runtime/slots.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/vm.h"

namespace pyvm {

// ------------------------------------------------------------------- names

namespace {

Value raise_name_error(VM& vm, Str* name) {
  Value exception = make_exception(vm, vm.exception_type(Exc::kNameError),
                                   make_tuple(vm, {make_str(vm, cat("name '", name->view(),
                                                                    "' is not defined"))}));
  if (exception.is_null()) return exception;
  Value* dict = instance_dict_slot(exception);
  if (dict && !dict->is_null()) dict_set_str(vm, as_dict(*dict), vm.names.name, Value::from_object(name));
  return vm.raise_exception(exception);
}

// A lookup in a namespace that may be a dict or any mapping.
Value lookup_namespace(VM& vm, const Value& mapping, Str* name) {
  if (is_dict(mapping) && vm.type_of(mapping) == vm.dict_type) return dict_get_str(as_dict(mapping), name);
  Value value = get_item(vm, mapping, Value::from_object(name));
  if (value.is_null() && vm.error_matches(Exc::kKeyError)) vm.clear_error();
  return value;
}

Str* deref_name(Frame* frame, uint32_t index) {
  const CodeObject* code = frame->code;
  return index < code->cell_count() ? code->cell_names[index].get()
                                    : code->free_names[index - code->cell_count()].get();
}

}  // namespace

Value load_global(VM& vm, Frame* frame, Str* name, InlineCache* cache) {
  Dict* globals = frame->globals;
  int64_t index = dict_find_str(globals, name);
  if (index >= 0) {
    cache->version = globals->version;
    cache->index = index;
    return globals->entries[index].value;
  }
  Dict* builtins = frame->builtins;
  index = dict_find_str(builtins, name);
  if (index >= 0) {
    cache->version = globals->version;
    cache->other_version = builtins->version;
    cache->index = ~index;
    return builtins->entries[index].value;
  }
  return raise_name_error(vm, name);
}

Value load_name(VM& vm, Frame* frame, Str* name) {
  if (!frame->locals.is_null()) {
    Value value = lookup_namespace(vm, frame->locals, name);
    if (!value.is_null() || vm.has_error()) return value;
  }
  Value value = dict_get_str(frame->globals, name);
  if (!value.is_null()) return value;
  value = dict_get_str(frame->builtins, name);
  if (!value.is_null()) return value;
  return raise_name_error(vm, name);
}

// ---------------------------------------------------------------- strings

namespace {

// Appends in place while a variable slot (a fast local or a cell) lets go
// of `left`; the slot gets it back when that fails.
bool append_releasing_slot(VM& vm, Value& slot, Value& left, const Str* right) {
  if (!slot.is(left)) return false;
  slot = Value();
  if (str_append_in_place(vm, left, right)) return true;
  slot = left;
  return false;
}

// The same for a name in a dict namespace (module globals, a class body):
// its entry holds None meanwhile.
bool append_releasing_name(VM& vm, Dict* names, Str* name, Value& left, const Str* right) {
  if (!dict_get_str(names, name).is(left)) return false;
  dict_set_str(vm, names, name, Value::none());
  if (str_append_in_place(vm, left, right)) return true;
  dict_set_str(vm, names, name, left);
  return false;
}

}  // namespace

bool concatenate_in_place(VM& vm, Frame* frame, Value* locals, Value& left, const Value& right,
                          uint32_t next_word) {
  if (!left.is_object() || !right.is_object() || left.as_object()->type != vm.str_type ||
      right.as_object()->type != vm.str_type || left.as_object()->refcount > 2) {
    return false;
  }
  const Str* suffix = right.as<Str>();
  const uint32_t target = argument_of(next_word);
  CodeObject* code = frame->code;
  switch (opcode_of(next_word)) {
    case Opcode::STORE_FAST:
    case Opcode::STORE_FAST__LOAD_FAST:
    case Opcode::STORE_FAST__STORE_FAST:
      return append_releasing_slot(vm, locals[target], left, suffix);
    case Opcode::STORE_DEREF:
      return append_releasing_slot(vm, locals[code->local_count() + target].as<Cell>()->contents, left, suffix);
    case Opcode::STORE_GLOBAL:
      return append_releasing_name(vm, frame->globals, code->names[target].get(), left, suffix);
    case Opcode::STORE_NAME: {
      if (frame->locals.is_null()) return append_releasing_name(vm, frame->globals, code->names[target].get(), left, suffix);
      if (vm.type_of(frame->locals) != vm.dict_type) return false;
      return append_releasing_name(vm, as_dict(frame->locals), code->names[target].get(), left, suffix);
    }
    default:
      return false;
  }
}

bool store_name(VM& vm, Frame* frame, Str* name, const Value& value) {
  if (frame->locals.is_null()) {
    dict_set_str(vm, frame->globals, name, value);
    return true;
  }
  if (vm.type_of(frame->locals) == vm.dict_type) {
    dict_set_str(vm, as_dict(frame->locals), name, value);
    return true;
  }
  return set_item(vm, frame->locals, Value::from_object(name), value);
}

bool delete_name(VM& vm, Frame* frame, Str* name) {
  const Value& namespace_value = frame->locals.is_null() ? Value::from_object(frame->globals) : frame->locals;
  Value key = Value::from_object(name);
  bool deleted;
  if (is_dict(namespace_value)) {
    const int result = dict_delete(vm, as_dict(namespace_value), key);
    if (result < 0) return false;
    deleted = result == 1;
  } else {
    deleted = delete_item(vm, namespace_value, key);
    if (!deleted && !vm.error_matches(Exc::kKeyError)) return false;
    vm.clear_error();
  }
  if (!deleted) raise_name_error(vm, name);
  return deleted;
}

bool delete_global(VM& vm, Frame* frame, Str* name) {
  const int result = dict_delete(vm, frame->globals, Value::from_object(name));
  if (result == 0) raise_name_error(vm, name);
  return result == 1;
}

Value load_class_deref(VM& vm, Frame* frame, uint32_t index) {
  Str* name = deref_name(frame, index);
  if (!frame->locals.is_null()) {
    Value value = lookup_namespace(vm, frame->locals, name);
    if (!value.is_null() || vm.has_error()) return value;
  }
  const Value& contents = frame->slots()[frame->code->local_count() + index].as<Cell>()->contents;
  if (contents.is_null()) return raise_unbound_deref(vm, frame, index);
  return contents;
}

Value raise_unbound_local(VM& vm, Frame* frame, uint32_t index) {
  return vm.raise(Exc::kUnboundLocalError,
                  cat("cannot access local variable '", frame->code->local_names[index]->view(),
                      "' where it is not associated with a value"));
}

Value raise_unbound_deref(VM& vm, Frame* frame, uint32_t index) {
  Str* name = deref_name(frame, index);
  if (index < frame->code->cell_count()) {
    return vm.raise(Exc::kUnboundLocalError, cat("cannot access local variable '", name->view(),
                                                 "' where it is not associated with a value"));
  }
  return vm.raise(Exc::kNameError,
                  cat("cannot access free variable '", name->view(),
                      "' where it is not associated with a value in enclosing scope"));
}

bool load_method(VM& vm, const Value& object, Str* name, Value* method, Value* attribute) {
  Type* type = vm.type_of(object);
  if (type->getattr == generic_getattr) {
    const Value* found = lookup_in_mro(type, name);
    if (found && vm.type_of(*found)->has_flag(kTypeMethodDescriptor)) {
      // An instance attribute of the same name would shadow the method.
      Value* dict = instance_dict_slot(object);
      if (dict == nullptr || dict->is_null() || dict_find_str(as_dict(*dict), name) < 0) {
        *method = *found;
        return true;
      }
    }
  }
  *attribute = get_attr(vm, object, name);
  if (attribute->is_null()) {
    note_attribute_error_context(vm, object, name);
    return false;
  }
  return true;
}

// --------------------------------------------------------------- unpacking

namespace {

bool gather_items(VM& vm, const Value& sequence, std::vector<Value>* items, size_t limit) {
  // Exact lists and tuples only: a subclass may iterate differently.
  const Type* sequence_type = vm.type_of(sequence);
  if (sequence_type == vm.list_type) {
    items->assign(as_list(sequence)->items.begin(), as_list(sequence)->items.end());
    return true;
  }
  if (sequence_type == vm.tuple_type) {
    items->assign(as_tuple(sequence)->items(), as_tuple(sequence)->items() + as_tuple(sequence)->size);
    return true;
  }
  Type* type = vm.type_of(sequence);
  if (type->iter == nullptr && type->getitem == nullptr) {
    vm.raise(Exc::kTypeError,
             cat("cannot unpack non-iterable ", message_type_name(type), " object"));
    return false;
  }
  Value iterator = get_iter(vm, sequence);
  if (iterator.is_null()) return false;
  ItemPoll poll(vm);  // `a, *rest = iterator` takes all it gives
  for (;;) {
    Value item = iter_next(vm, iterator);
    if (item.is_null()) return !vm.has_error();
    if (poll.tick()) return false;
    items->push_back(std::move(item));
    if (items->size() > limit) return true;  // enough to report "too many values"
  }
}

}  // namespace

bool unpack_sequence(VM& vm, const Value& sequence, size_t count, Value* out) {
  std::vector<Value> items;
  if (!gather_items(vm, sequence, &items, count)) return false;
  if (items.size() > count) {
    vm.raise(Exc::kValueError, cat("too many values to unpack (expected ", count, ")"));
    return false;
  }
  if (items.size() < count) {
    vm.raise(Exc::kValueError,
             cat("not enough values to unpack (expected ", count, ", got ", items.size(), ")"));
    return false;
  }
  for (size_t i = 0; i < count; ++i) ::new (&out[i]) Value(std::move(items[count - 1 - i]));
  return true;
}

bool unpack_ex(VM& vm, const Value& sequence, size_t before, size_t after, Value* out) {
  std::vector<Value> items;
  if (!gather_items(vm, sequence, &items, SIZE_MAX)) return false;
  if (items.size() < before + after) {
    vm.raise(Exc::kValueError, cat("not enough values to unpack (expected at least ", before + after,
                                   ", got ", items.size(), ")"));
    return false;
  }
  // Pushed bottom to top: the after-items last first, the starred list, then
  // the before-items last first (so the first item ends on top).
  size_t k = 0;
  for (size_t i = 0; i < after; ++i) ::new (&out[k++]) Value(std::move(items[items.size() - 1 - i]));
  Ref<List> middle = make_list(vm, items.size() - before - after);
  for (size_t i = before; i < items.size() - after; ++i) middle->items.push_back(std::move(items[i]));
  ::new (&out[k++]) Value(std::move(middle));
  for (size_t i = 0; i < before; ++i) ::new (&out[k++]) Value(std::move(items[before - 1 - i]));
  return true;
}

// ------------------------------------------------------------------ values

Value format_value(VM& vm, const Value& value, uint32_t conversion, const Value& spec) {
  Value converted;
  switch (conversion) {
    case 1: converted = to_str(vm, value); break;
    case 2: converted = repr(vm, value); break;
    case 3:
      converted = repr(vm, value);
      if (!converted.is_null()) converted = make_str(vm, str_ascii_escape(as_str(converted)->view()));
      break;
    default: converted = value;
  }
  if (converted.is_null()) return converted;
  if (spec.is_null() && vm.type_of(converted) == vm.str_type) return converted;
  if (!spec.is_null() && !is_str(spec)) {  // only a bytecode file can put anything else here
    return vm.raise(Exc::kSystemError, "FORMAT_VALUE needs a str format spec");
  }
  return format(vm, converted, spec.is_null() ? Value::from_object(vm.empty_str()) : spec);
}

Value build_string(VM& vm, Value* parts, size_t count) {
  int64_t size = 0;
  for (size_t i = 0; i < count; ++i) {
    if (!is_str(parts[i])) return vm.raise(Exc::kSystemError, "BUILD_STRING needs strings");
    size += as_str(parts[i])->size;
  }
  Ref<Str> result = allocate_str(vm, size);
  char* out = result->mutable_data();
  for (size_t i = 0; i < count; ++i) {
    Str* part = as_str(parts[i]);
    std::memcpy(out, part->data(), static_cast<size_t>(part->size));
    out += part->size;
  }
  finish_str(result.get());
  return result;
}

// The compiler always passes MAKE_FUNCTION a code object, a tuple of
// defaults, a dict of keyword defaults and one cell per free variable; a
// bytecode file might not, and calls rely on them, so they are checked here.
namespace {

bool check_function_parts(VM& vm, const Value& code, const Value& defaults,
                                 const Value& keyword_defaults, const Value& closure) {
  if (vm.type_of(code) != vm.code_type) {
    vm.raise(Exc::kSystemError, "MAKE_FUNCTION needs a code object");
    return false;
  }
  if (!defaults.is_null() && vm.type_of(defaults) != vm.tuple_type) {
    vm.raise(Exc::kSystemError, "MAKE_FUNCTION needs a tuple of defaults");
    return false;
  }
  if (!keyword_defaults.is_null() && vm.type_of(keyword_defaults) != vm.dict_type) {
    vm.raise(Exc::kSystemError, "MAKE_FUNCTION needs a dict of keyword defaults");
    return false;
  }
  const size_t free_count = code.as<CodeObject>()->free_count();
  const bool closure_ok =
      closure.is_null() ? free_count == 0
                        : vm.type_of(closure) == vm.tuple_type && as_tuple(closure)->size == free_count &&
                              std::all_of(as_tuple(closure)->span().begin(), as_tuple(closure)->span().end(),
                                          [&](const Value& cell) { return vm.type_of(cell) == vm.cell_type; });
  if (!closure_ok) {
    vm.raise(Exc::kSystemError, cat("MAKE_FUNCTION needs a closure of ", free_count, " cells"));
    return false;
  }
  return true;
}

}  // namespace

Value make_function_from_stack(VM& vm, Frame* frame, uint32_t flags, Value* parts) {
  // Stack order: [defaults?, kwdefaults?, annotations?, closure?, code].
  size_t i = 0;
  Value defaults = (flags & kHasDefaults) ? parts[i++] : Value();
  Value keyword_defaults = (flags & kHasKeywordDefaults) ? parts[i++] : Value();
  Value annotations = (flags & kHasAnnotations) ? parts[i++] : Value();
  Value closure = (flags & kHasClosure) ? parts[i++] : Value();
  if (!check_function_parts(vm, parts[i], defaults, keyword_defaults, closure)) return Value();
  CodeObject* code = parts[i].as<CodeObject>();
  Value result = make_function(vm, code, frame->globals);
  Function* function = result.as<Function>();
  function->closure = std::move(closure);
  function->annotations = std::move(annotations);
  function->keyword_defaults = std::move(keyword_defaults);
  function->defaults = std::move(defaults);
  return result;
}

namespace {

// A slice bound that needs no conversion: None or a small int.
bool is_plain_bound(const Value& v) { return v.is_none() || v.is_small_int(); }

}  // namespace

Value binary_slice(VM& vm, const Value& container, const Value& start, const Value& stop,
                   const Value& step) {
  Type* type = vm.type_of(container);
  const bool plain = is_plain_bound(start) && is_plain_bound(stop) && is_plain_bound(step);
  if (plain && type == vm.list_type) {
    SliceBounds bounds;
    if (!slice_unpack_parts(vm, start, stop, step, &bounds)) return Value();
    return list_get_slice(vm, as_list(container), bounds);
  }
  if (plain && step.is_none() && (type == vm.tuple_type || type == vm.str_type)) {
    const int64_t length =
        type == vm.tuple_type ? static_cast<int64_t>(as_tuple(container)->size) : as_str(container)->length;
    SliceIndices s;
    if (!slice_indices_from(vm, start, stop, step, length, &s)) return Value();
    if (type == vm.tuple_type) return tuple_slice(vm, as_tuple(container), s.start, s.start + s.length);
    return str_substring(vm, as_str(container), s.start, s.start + s.length);
  }
  Value slice = make_slice(vm, start, stop, step);
  return get_item(vm, container, slice);
}

bool store_slice(VM& vm, const Value& value, const Value& container, const Value& start,
                 const Value& stop, const Value& step) {
  if (vm.type_of(container) == vm.list_type && is_plain_bound(start) && is_plain_bound(stop) &&
      is_plain_bound(step)) {
    SliceBounds bounds;
    if (!slice_unpack_parts(vm, start, stop, step, &bounds)) return false;
    return list_set_slice(vm, as_list(container), bounds, value);
  }
  Value slice = make_slice(vm, start, stop, step);
  return set_item(vm, container, slice, value);
}

// -------------------------------------------------------------- exceptions

void chain_exception_context(VM& vm, const Value& exception) {
  Value handled = vm.handled_exception();
  if (handled.is_null() || handled.is(exception)) return;
  // Avoid a cycle: if `exception` is already in handled's context chain, cut
  // the chain there. The chain may already be a cycle (a program can set
  // __context__): a second walker at half speed meets the first one there,
  // and the walk stops, as CPython's does.
  Value link = handled;
  Value slow = handled;
  bool move_slow = false;
  while (true) {
    Value next = as_exception(link)->context;
    if (next.is_none() || next.is_null()) break;
    if (next.is(exception)) {
      as_exception(link)->context = Value::none();
      break;
    }
    link = next;
    if (link.is(slow)) break;  // every exception of the cycle was checked
    if (move_slow) slow = as_exception(slow)->context;
    move_slow = !move_slow;
  }
  as_exception(exception)->context = handled;
}

namespace {

// An exception instance from `raise X` (a class is instantiated).
Value exception_instance(VM& vm, const Value& value, const char* what) {
  if (vm.type_of(value)->has_flag(kTypeTypeSubclass) &&
      value.as<Type>()->has_flag(kTypeExceptionSubclass)) {
    Value instance = call(vm, value, nullptr, 0);
    if (instance.is_null()) return instance;
    if (!is_exception(instance)) {
      std::string shown_class, shown_result;
      if (!repr_text(vm, value, &shown_class) ||
          !repr_text(vm, Value::from_object(vm.type_of(instance)), &shown_result)) {
        return Value();
      }
      return vm.raise(
          Exc::kTypeError,
          cat("calling ", shown_class, " should have returned an instance of BaseException, not ",
              shown_result));
    }
    return instance;
  }
  if (is_exception(value)) return value;
  return vm.raise(Exc::kTypeError, what);
}

}  // namespace

bool raise_varargs(VM& vm, uint32_t count, const Value* args) {
  if (count == 0) {
    Value handled = vm.handled_exception();
    if (handled.is_null()) {
      vm.raise(Exc::kRuntimeError, "No active exception to reraise");
      return false;
    }
    vm.raise_exception(handled);
    return true;
  }
  Value exception = exception_instance(vm, args[0], "exceptions must derive from BaseException");
  if (exception.is_null()) return false;
  if (count == 2) {
    Value cause;
    if (args[1].is_none()) {
      cause = Value::none();
    } else {
      cause = exception_instance(vm, args[1], "exception causes must derive from BaseException");
      if (cause.is_null()) return false;
    }
    as_exception(exception)->cause = cause;
    as_exception(exception)->suppress_context = true;
  }
  chain_exception_context(vm, exception);
  vm.raise_exception(exception);
  return false;
}

int check_exception_match(VM& vm, const Value& exception, const Value& type) {
  return exception_matches(vm, vm.type_of(exception), type);
}

// --------------------------------------------------------------------- with

namespace {

// `protocol` is "context manager" or "asynchronous context manager".
bool enter_context(VM& vm, const Value& manager, Str* enter, Str* exit_name, std::string_view protocol,
                   Value* exit, Value* entered) {
  Type* type = vm.type_of(manager);
  const Value* enter_method = lookup_in_mro(type, enter);
  if (enter_method == nullptr) {
    vm.raise(Exc::kTypeError, cat("'", message_type_name(type), "' object does not support the ", protocol, " protocol"));
    return false;
  }
  const Value* exit_method = lookup_in_mro(type, exit_name);
  if (exit_method == nullptr) {
    vm.raise(Exc::kTypeError, cat("'", message_type_name(type), "' object does not support the ", protocol,
                                  " protocol (missed ", exit_name->view(), " method)"));
    return false;
  }
  Value exit_bound = *exit_method;
  if (DescrGetFn get = vm.type_of(exit_bound)->descr_get) exit_bound = get(vm, exit_bound, manager, type);
  if (exit_bound.is_null()) return false;
  Value result = call_special_method(vm, manager, enter, nullptr, 0);
  if (result.is_null()) return false;
  *exit = std::move(exit_bound);
  *entered = std::move(result);
  return true;
}

}  // namespace

bool before_with(VM& vm, const Value& manager, Value* exit, Value* entered) {
  return enter_context(vm, manager, vm.names.dunder_enter, vm.names.dunder_exit, "context manager", exit, entered);
}

bool before_async_with(VM& vm, const Value& manager, Value* exit, Value* entered) {
  return enter_context(vm, manager, vm.names.dunder_aenter, vm.names.dunder_aexit,
                       "asynchronous context manager", exit, entered);
}

Value with_exit_on_exception(VM& vm, const Value& exit, const Value& exception) {
  const Value args[] = {Value::from_object(vm.type_of(exception)), exception,
                        as_exception(exception)->traceback};
  return call(vm, exit, args, 3);
}

// -------------------------------------------------------------------- calls

std::string function_display_name(VM& vm, const Value& callable) {
  Value qualname = get_attr_optional(vm, callable, vm.names.dunder_qualname);
  if (qualname.is_null() || !is_str(qualname)) {
    vm.clear_error();
    std::string text;
    if (!str_text(vm, callable, &text)) vm.clear_error();
    return text;
  }
  Value module = get_attr_optional(vm, callable, vm.names.dunder_module);
  vm.clear_error();
  if (!module.is_null() && is_str(module) && as_str(module)->view() != "builtins") {
    return cat(as_str(module)->view(), ".", as_str(qualname)->view(), "()");
  }
  return cat(as_str(qualname)->view(), "()");
}

Value call_with_unpacking(VM& vm, const Value& callable, const Value& args, const Value& kwargs) {
  Value positional = args;
  if (vm.type_of(positional) != vm.tuple_type) {
    Type* type = vm.type_of(args);
    if (type->iter == nullptr && type->getitem == nullptr) {
      return vm.raise(Exc::kTypeError, cat(function_display_name(vm, callable),
                                           " argument after * must be an iterable, not ",
                                           message_type_name(type)));
    }
    positional = tuple_from_iterable(vm, args);
    if (positional.is_null()) return positional;
  }
  // The compiler always hands over a dict it built; a bytecode file might not.
  if (!kwargs.is_null() && !is_dict(kwargs)) {
    return vm.raise(Exc::kTypeError, cat(function_display_name(vm, callable),
                                         " argument after ** must be a mapping, not ", vm.type_of(kwargs)->name->view()));
  }
  Tuple* items = as_tuple(positional);
  if (kwargs.is_null() || as_dict(kwargs)->used == 0) {
    return call(vm, callable, items->items(), items->size);
  }
  Dict* keywords = as_dict(kwargs);
  std::vector<Value> arguments(items->items(), items->items() + items->size);
  Ref<Tuple> kwnames = allocate_tuple(vm, keywords->used);
  size_t position = 0, k = 0;
  DictEntry* entry;
  while (dict_next(keywords, &position, &entry)) {
    if (!is_str(entry->key)) return vm.raise(Exc::kTypeError, "keywords must be strings");
    (*kwnames)[k++] = Value::from_object(vm.intern(as_str(entry->key)));
    arguments.push_back(entry->value);
  }
  return call(vm, callable, arguments.data(), arguments.size(), kwnames.get());
}

bool merge_call_keywords(VM& vm, const Value& dict, const Value& mapping, const Value& function) {
  return dict_merge(vm, as_dict(dict), mapping, true, function);
}

bool list_extend_instruction(VM& vm, const Value& list, const Value& iterable) {
  Type* type = vm.type_of(iterable);
  if (type->iter == nullptr && type->getitem == nullptr) {
    vm.raise(Exc::kTypeError,
             cat("Value after * must be an iterable, not ", message_type_name(type)));
    return false;
  }
  return list_extend(vm, as_list(list), iterable);
}

// --------------------------------------------------------------- generators

Value send_to_iterator(VM& vm, const Value& iterator, const Value& value, Value* returned) {
  Type* type = vm.type_of(iterator);
  if (type == vm.generator_type || type == vm.coroutine_type) {
    return resume_generator(vm, iterator.as<Generator>(), value, Value(), returned);
  }
  Value result;
  if (value.is_none()) {
    result = iter_next(vm, iterator);
    if (result.is_null() && !vm.has_error()) {
      *returned = Value::none();
      return Value();
    }
  } else {
    result = call_method(vm, iterator, vm.names.send, &value, 1);
  }
  if (result.is_null() && vm.error_matches(Exc::kStopIteration)) {
    Value stop = vm.take_error();
    Tuple* args = as_tuple(as_exception(stop)->args);
    *returned = args->size > 0 ? (*args)[0] : Value::none();
    return Value();
  }
  return result;
}

Value get_yield_from_iter(VM& vm, const Value& iterable) {
  Type* type = vm.type_of(iterable);
  if (type == vm.generator_type) return iterable;
  if (type == vm.coroutine_type) {
    // (`yield from` in a coroutine is a SyntaxError, so this is a generator.)
    return vm.raise(Exc::kTypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
  }
  return get_iter(vm, iterable);
}

bool is_end_of_async_for(VM& vm, const Value& exception) {
  return is_instance(vm, exception, vm.exception_type(Exc::kStopAsyncIteration));
}

// ---------------------------------------------------------------- modules

bool setup_annotations(VM& vm, Frame* frame) {
  const Value& namespace_value = frame->locals.is_null() ? Value::from_object(frame->globals) : frame->locals;
  Value key = Value::from_object(vm.names.dunder_annotations);
  const int present = contains(vm, namespace_value, key);
  if (present < 0) return false;
  if (present) return true;
  return set_item(vm, namespace_value, key, Value(make_dict(vm)));
}

bool print_expression(VM& vm, const Value& value) {
  if (value.is_none()) return true;
  Value text = repr(vm, value);
  if (text.is_null()) return false;
  if (!vm.write_stdout(as_str(text)->view()) || !vm.write_stdout("\n")) return false;
  dict_set_str(vm, vm.builtins_dict(), vm.intern("_"), value);
  return true;
}

}  // namespace pyvm
