// SPDX-License-Identifier: GPL-3.0-or-later
// Calling Python functions: binding the caller's arguments to the callee's
// parameters in a new frame (CPython's initialize_locals), with CPython's
// error messages, and creating the frame's cells.
#include "vm/call.h"

#include <cstring>
#include <vector>

#include "runtime/cell.h"
#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/function.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

std::string quoted_list(const std::vector<std::string_view>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += cat("'", names[i], "'");
  }
  return out;
}

std::string_view qualname_of(Function* function) { return as_str(function->qualname)->view(); }

void raise_missing(VM& vm, Function* function, const char* kind,
                   const std::vector<std::string_view>& names) {
  vm.raise(Exc::kTypeError, cat(qualname_of(function), "() missing ", names.size(), " required ",
                                kind, " argument", names.size() == 1 ? "" : "s", ": ",
                                quoted_list(names)));
}

void raise_too_many_positional(VM& vm, Function* function, size_t given, size_t default_count,
                               size_t keyword_only_given) {
  const CodeObject* code = function->code_object();
  const size_t count = static_cast<size_t>(code->argument_count);
  std::string signature;
  bool plural;
  if (default_count > 0) {
    signature = cat("from ", count - default_count, " to ", count);
    plural = true;
  } else {
    signature = cat(count);
    plural = count != 1;
  }
  std::string keyword_only;
  if (keyword_only_given > 0) {
    keyword_only = cat(" positional argument", given == 1 ? "" : "s", " (and ", keyword_only_given,
                       " keyword-only argument", keyword_only_given != 1 ? "s" : "", ")");
  }
  vm.raise(Exc::kTypeError,
           cat(qualname_of(function), "() takes ", signature, " positional argument",
               plural ? "s" : "", " but ", given, keyword_only,
               given == 1 && keyword_only_given == 0 ? " was" : " were", " given"));
}

// Index of parameter `name` among the code's named parameters, or -1.
int64_t parameter_index(const CodeObject* code, Str* name) {
  const size_t count = code->parameter_count();
  for (size_t i = 0; i < count; ++i) {
    if (code->local_names[i].get() == name) return static_cast<int64_t>(i);
  }
  // The names are interned: an interned keyword (the usual, from the call
  // site's constants) that matched none by identity is none of them.
  if (name->interned) return -1;
  for (size_t i = 0; i < count; ++i) {
    if (str_equal(code->local_names[i].get(), name)) return static_cast<int64_t>(i);
  }
  return -1;
}

// The general binding: keywords, defaults, *args and **kwargs.
bool bind_general(VM& vm, Function* function, Value* slots, Value* args, size_t nargs,
                  Tuple* kwnames) {
  const CodeObject* code = function->code_object();
  const size_t argument_count = static_cast<size_t>(code->argument_count);
  const size_t parameter_count = code->parameter_count();
  const size_t keyword_count = tuple_size(kwnames);
  const size_t positional = nargs - keyword_count;
  const bool has_varargs = code->has_flag(kCodeVarargs);
  const bool has_varkeywords = code->has_flag(kCodeVarkeywords);
  Value* kwargs_slot = nullptr;
  if (has_varkeywords) {
    kwargs_slot = &slots[parameter_count + (has_varargs ? 1 : 0)];
    *kwargs_slot = make_dict(vm);
  }
  const size_t copied = std::min(positional, argument_count);
  for (size_t i = 0; i < copied; ++i) slots[i] = std::move(args[i]);
  if (has_varargs) {
    const size_t extra = positional > argument_count ? positional - argument_count : 0;
    Ref<Tuple> rest = allocate_tuple(vm, extra);
    for (size_t i = 0; i < extra; ++i) (*rest)[i] = std::move(args[argument_count + i]);
    slots[parameter_count] = std::move(rest);
  }
  std::vector<std::string_view> positional_only_as_keyword;
  for (size_t k = 0; k < keyword_count; ++k) {
    Str* name = as_str((*kwnames)[k]);
    Value& value = args[positional + k];
    const int64_t index = parameter_index(code, name);
    if (index >= 0 && index < code->positional_only_count) {
      if (has_varkeywords) {
        dict_set_str(vm, as_dict(*kwargs_slot), name, value);
      } else {
        positional_only_as_keyword.push_back(name->view());
      }
      continue;
    }
    if (index < 0) {
      if (!has_varkeywords) {
        vm.raise(Exc::kTypeError, cat(qualname_of(function),
                                      "() got an unexpected keyword argument '", name->view(), "'"));
        return false;
      }
      dict_set_str(vm, as_dict(*kwargs_slot), vm.intern(name), value);
      continue;
    }
    if (!slots[index].is_null()) {
      vm.raise(Exc::kTypeError, cat(qualname_of(function), "() got multiple values for argument '",
                                    name->view(), "'"));
      return false;
    }
    slots[index] = std::move(value);
  }
  if (!positional_only_as_keyword.empty()) {
    std::string names;
    for (std::string_view n : positional_only_as_keyword) names += cat(names.empty() ? "" : ", ", n);
    vm.raise(Exc::kTypeError, cat(qualname_of(function),
                                  "() got some positional-only arguments passed as keyword "
                                  "arguments: '", names, "'"));
    return false;
  }
  const Tuple* defaults = function->defaults.is_null() ? nullptr : as_tuple(function->defaults);
  const size_t default_count = tuple_size(const_cast<Tuple*>(defaults));
  if (positional > argument_count && !has_varargs) {
    size_t keyword_only_given = 0;
    for (size_t i = argument_count; i < parameter_count; ++i) keyword_only_given += !slots[i].is_null();
    raise_too_many_positional(vm, function, positional, default_count, keyword_only_given);
    return false;
  }
  // Missing positional parameters take their defaults, or are an error.
  if (positional < argument_count) {
    const size_t first_default = argument_count - default_count;
    std::vector<std::string_view> missing;
    for (size_t i = positional; i < argument_count; ++i) {
      if (!slots[i].is_null()) continue;
      if (i >= first_default) {
        slots[i] = (*defaults)[i - first_default];
      } else {
        missing.push_back(code->local_names[i]->view());
      }
    }
    if (!missing.empty()) {
      raise_missing(vm, function, "positional", missing);
      return false;
    }
  }
  if (code->keyword_only_count > 0) {
    std::vector<std::string_view> missing;
    for (size_t i = argument_count; i < parameter_count; ++i) {
      if (!slots[i].is_null()) continue;
      Str* name = code->local_names[i].get();
      Value fallback = function->keyword_defaults.is_null()
                           ? Value() : dict_get_str(as_dict(function->keyword_defaults), name);
      if (fallback.is_null()) {
        missing.push_back(name->view());
      } else {
        slots[i] = std::move(fallback);
      }
    }
    if (!missing.empty()) {
      raise_missing(vm, function, "keyword-only", missing);
      return false;
    }
  }
  return true;
}

// The common call that passes fewer positional arguments than there are
// parameters and no keywords, to a function without *args or **kwargs:
// the rest take their defaults. False, having bound nothing, when some
// parameter has no default (bind_general raises the error).
bool bind_positional_with_defaults(Function* function, Value* slots, Value* args, size_t nargs,
                                   Tuple* kwnames) {
  const CodeObject* code = function->code_object();
  const size_t argument_count = static_cast<size_t>(code->argument_count);
  if (kwnames != nullptr || code->has_flag(kCodeVarargs | kCodeVarkeywords) || nargs > argument_count) {
    return false;
  }
  const Tuple* defaults = function->defaults.is_null() ? nullptr : as_tuple(function->defaults);
  const size_t default_count = tuple_size(const_cast<Tuple*>(defaults));
  if (nargs + default_count < argument_count) return false;
  const size_t keyword_only_end = code->parameter_count();
  if (argument_count < keyword_only_end) {
    if (function->keyword_defaults.is_null()) return false;
    Dict* keyword_defaults = as_dict(function->keyword_defaults);
    for (size_t i = argument_count; i < keyword_only_end; ++i) {
      Value fallback = dict_get_str(keyword_defaults, code->local_names[i].get());
      if (fallback.is_null()) {
        for (size_t j = argument_count; j < i; ++j) slots[j] = Value();
        return false;
      }
      slots[i] = std::move(fallback);
    }
  }
  for (size_t i = 0; i < nargs; ++i) slots[i] = std::move(args[i]);
  const size_t first_default = argument_count - default_count;
  for (size_t i = nargs; i < argument_count; ++i) slots[i] = (*defaults)[i - first_default];
  return true;
}

}  // namespace

void initialize_frame(Frame* frame, CodeObject* code, Function* function) {
  frame->code = code;
  frame->variable_count = static_cast<uint32_t>(code->variable_count());
  if (function) {
    frame->function = Value::from_object(function);
    frame->globals = function->globals_dict();
    frame->builtins = function->builtins.as<Dict>();
  }
  frame->ip = code->instructions.data();
  // The variables start unbound; the operand stack above them is
  // constructed as values are pushed.
  Value* slot = frame->slots();
  for (Value* end = frame->stack_base(); slot < end; ++slot) ::new (slot) Value();
  frame->sp = slot;
}

bool bind_arguments_to_frame(VM& vm, Function* function, Frame* frame, Value* args, size_t nargs,
                             Tuple* kwnames) {
  CodeObject* code = function->code_object();
  Value* slots = frame->slots();
  const bool simple = kwnames == nullptr && nargs == static_cast<size_t>(code->argument_count) &&
                      !code->has_flag(kCodeVarargs | kCodeVarkeywords) &&
                      code->keyword_only_count == 0;
  if (simple) {
    for (size_t i = 0; i < nargs; ++i) slots[i] = std::move(args[i]);
  } else if (bind_positional_with_defaults(function, slots, args, nargs, kwnames)) {
    // (f(x) for def f(x, y=1, *, z=None))
  } else if (!bind_general(vm, function, slots, args, nargs, kwnames)) {
    return false;
  }
  // Cells: a captured parameter starts with the argument's value.
  const size_t local_count = code->local_count();
  for (size_t i = 0; i < code->cell_count(); ++i) {
    const int32_t parameter = code->cell_parameters[i];
    Value initial = parameter >= 0 ? std::move(slots[parameter]) : Value();
    slots[local_count + i] = make_cell(vm, std::move(initial));
  }
  if (code->free_count() > 0) {
    const Tuple* closure = as_tuple(function->closure);
    Value* frees = slots + local_count + code->cell_count();
    for (size_t i = 0; i < code->free_count(); ++i) frees[i] = (*closure)[i];
  }
  return true;
}

Frame* push_frame(VM& vm, CodeObject* code, Function* function) {
  if (!vm.enter_recursion()) return nullptr;
  void* memory = vm.data_stack.push(Frame::bytes_for(code));
  if (memory == nullptr) {
    vm.leave_recursion();
    vm.raise(Exc::kRecursionError, "maximum recursion depth exceeded");
    return nullptr;
  }
  Frame* frame = ::new (memory) Frame;  // (default-initialised: no zero-fill of the header)
  initialize_frame(frame, code, function);
  return frame;
}

void pop_frame(VM& vm, Frame* frame) {
  clear_frame(frame);
  frame->~Frame();
  vm.data_stack.pop(frame);
  vm.leave_recursion();
}

Frame* prepare_call(VM& vm, Function* function, Value* args, size_t nargs, Tuple* kwnames,
                    Value* immediate) {
  CodeObject* code = function->code_object();
  if ((code->flags & kCodeResumable) != 0) {
    // Bound in the generator's own frame: nothing runs yet, so (as in
    // CPython) no frame is pushed and no RecursionError can come.
    *immediate = make_generator_for_call(vm, function, args, nargs, kwnames);
    return nullptr;
  }
  Frame* frame = push_frame(vm, code, function);
  if (frame == nullptr) return nullptr;
  if (!bind_arguments_to_frame(vm, function, frame, args, nargs, kwnames)) {
    pop_frame(vm, frame);
    return nullptr;
  }
  return frame;
}

Value VM::call_function(Function* function, const Value* args, size_t nargs, Tuple* kwnames) {
  // Binding moves arguments out, so the callee gets copies of the caller's.
  constexpr size_t kInline = 8;
  Value inline_copies[kInline];
  std::vector<Value> heap_copies;
  Value* copies = inline_copies;
  if (nargs > kInline) {
    heap_copies.assign(args, args + nargs);
    copies = heap_copies.data();
  } else {
    for (size_t i = 0; i < nargs; ++i) inline_copies[i] = args[i];
  }
  Value immediate;
  Frame* frame = prepare_call(*this, function, copies, nargs, kwnames, &immediate);
  if (frame == nullptr) return immediate;
  frame->is_entry = true;
  return run_frame(frame);
}

}  // namespace pyvm
