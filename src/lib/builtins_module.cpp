// SPDX-License-Identifier: GPL-3.0-or-later
// The builtins module: the built-in functions (print, len, sorted, ...),
// the built-in types and exceptions under their Python names, and the
// class-statement hook __build_class__.
#include "lib/builtins_module.h"

#include <cstdio>
#include <iostream>
#include <string>

#include "bytecode/code_object.h"
#include "lib/streams.h"
#include "runtime/arguments.h"
#include "runtime/cell.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/generic_alias.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/slots.h"
#include "runtime/str.h"
#include "runtime/str_methods.h"
#include "runtime/tuple.h"
#include "vm/call.h"
#include "vm/interrupt.h"
#include "vm/function.h"
#include "vm/coroutine.h"
#include "vm/generator.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

// ------------------------------------------------------------------ output

Value builtin_print(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  VM& vm = vm_of(rt);
  const size_t positional = nargs - tuple_size(kwnames);
  Value sep, end, file, flush;
  for (size_t i = 0; i < tuple_size(kwnames); ++i) {
    const std::string_view key = as_str((*kwnames)[i])->view();
    const Value& value = args[positional + i];
    if (key == "sep") sep = value;
    else if (key == "end") end = value;
    else if (key == "file") file = value;
    else if (key == "flush") flush = value;
    else return vm.raise(Exc::kTypeError, cat("'", key, "' is an invalid keyword argument for print()"));
  }
  for (auto [value, name] : {std::pair{&sep, "sep"}, std::pair{&end, "end"}}) {
    if (!value->is_null() && !value->is_none() && !is_str(*value)) {
      return vm.raise(Exc::kTypeError,
                      cat(name, " must be None or a string, not ", type_name(vm, *value)));
    }
  }
  if (file.is_null() || file.is_none()) {
    file = dict_get_str(module_dict(vm.sys_module), vm.names.stdout_);
    if (file.is_null() || file.is_none()) return Value::none();
  }
  const std::string_view separator = sep.is_null() || sep.is_none() ? " " : as_str(sep)->view();
  const std::string_view ending = end.is_null() || end.is_none() ? "\n" : as_str(end)->view();
  if (vm.type_of(file) == vm.stream_type) {
    // pyvm's own stream: one write of the whole line.
    std::string line;
    for (size_t i = 0; i < positional; ++i) {
      if (i > 0) line += separator;
      if (!str_text(vm, args[i], &line)) return Value();
    }
    line += ending;
    if (!write_to_stream(vm, file, line)) return Value();
  } else {
    // Any other file sees CPython's calls: write(str(arg)) for each
    // argument, write(sep) between them, write(end) last.
    for (size_t i = 0; i < positional; ++i) {
      if (i > 0 && !write_to_stream(vm, file, separator)) return Value();
      std::string text;
      if (!str_text(vm, args[i], &text) || !write_to_stream(vm, file, text)) return Value();
    }
    if (!write_to_stream(vm, file, ending)) return Value();
  }
  if (!flush.is_null()) {
    const int t = truth(vm, flush);
    if (t < 0 || (t && !flush_stream(vm, file))) return Value();
  }
  return Value::none();
}

Value builtin_input(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  VM& vm = vm_of(rt);
  if (!expect_positional(vm, "input", nargs, kwnames, 0, 1)) return Value();
  if (nargs == 1) {
    std::string prompt;
    if (!str_text(vm, args[0], &prompt)) return Value();
    if (!vm.write_stdout(prompt)) return Value();
  }
  if (!vm.flush_stdout()) return Value();
  std::string line;
  if (!std::getline(std::cin, line)) {
    std::cin.clear();
    if (take_interrupt(vm)) return Value();  // Ctrl-C while waiting
    return vm.raise(Exc::kEOFError, "EOF when reading a line");
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return make_str(vm, sanitize_utf8(line));
}

// ---------------------------------------------------------------- numbers

Value builtin_abs(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "abs", nargs, kwnames)) return Value();
  return absolute(rt, args[0]);
}

Value builtin_divmod(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "divmod", nargs, kwnames, 2, 2)) return Value();
  const Value& a = args[0];
  const Value& b = args[1];
  // Exact ints and inline floats directly; anything else (subclasses that
  // may override __divmod__ or __rdivmod__, classes) through the slots.
  const bool exact_a = !a.is_object() || a.as_object()->type == rt.int_type;
  const bool exact_b = !b.is_object() || b.as_object()->type == rt.int_type;
  if (exact_a && exact_b) {
    if (is_int(a) && is_int(b)) return int_divmod_values(rt, a, b);
    if ((a.is_float() || is_int(a)) && (b.is_float() || is_int(b))) {
      double x, y;
      if (!to_double(rt, a, &x) || !to_double(rt, b, &y)) return Value();
      return float_divmod_values(rt, x, y);
    }
  }
  return binary_op(rt, BinaryOp::kDivmod, a, b);
}

Value builtin_pow(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"pow", {"base", "exp", "mod"}, 2, 0};
  Value bound[3];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  return power(rt, bound[0], bound[1], bound[2].is_null() ? Value::none() : bound[2]);
}

Value builtin_round(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"round", {"number", "ndigits"}, 1, 0};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  Str* name = rt.names.dunder_round;
  if (!lookup_in_mro(rt.type_of(bound[0]), name)) {
    return rt.raise(Exc::kTypeError,
                    cat("type ", type_name(rt, bound[0]), " doesn't define __round__ method"));
  }
  if (bound[1].is_null() || bound[1].is_none()) return call_special_method(rt, bound[0], name, nullptr, 0);
  return call_special_method(rt, bound[0], name, &bound[1], 1);
}

Value integer_text(Runtime& rt, const Value& value, int base, const char* prefix) {
  Value number = index_value(rt, value);
  if (number.is_null()) return number;
  std::string out = int_sign(number) < 0 ? "-" : "";
  out += prefix;
  out += int_magnitude_digits(number, base);
  return make_str(rt, out);
}

Value builtin_hex(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "hex", nargs, kwnames)) return Value();
  return integer_text(rt, args[0], 16, "0x");
}
Value builtin_oct(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "oct", nargs, kwnames)) return Value();
  return integer_text(rt, args[0], 8, "0o");
}
Value builtin_bin(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "bin", nargs, kwnames)) return Value();
  return integer_text(rt, args[0], 2, "0b");
}

Value builtin_chr(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "chr", nargs, kwnames)) return Value();
  // The argument is a C int in CPython: beyond 32 bits is an OverflowError,
  // within them but not a code point a ValueError.
  const Value index = index_value(rt, args[0]);
  if (index.is_null()) return index;
  if (!index.is_small_int() || index.as_small_int() < INT32_MIN || index.as_small_int() > INT32_MAX) {
    return rt.raise(Exc::kOverflowError, "Python int too large to convert to C int");
  }
  const int64_t cp = index.as_small_int();
  if (cp < 0 || cp > 0x10FFFF) return rt.raise(Exc::kValueError, "chr() arg not in range(0x110000)");
  return str_from_code_point(rt, static_cast<uint32_t>(cp));
}

Value builtin_ord(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "ord", nargs, kwnames)) return Value();
  if (is_str(args[0])) {
    Str* s = as_str(args[0]);
    if (s->length != 1) {
      return rt.raise(Exc::kTypeError, cat("ord() expected a character, but string of length ",
                                           s->length, " found"));
    }
    return Value::small_int(str_code_point_at(s, 0));
  }
  if (rt.type_of(args[0]) == rt.bytes_type) {
    Value item = get_item(rt, args[0], Value::small_int(0));
    if (item.is_null() || args[0].as<Object>() == nullptr) return item;
    const int64_t n = length(rt, args[0]);
    if (n != 1) {
      rt.clear_error();
      return rt.raise(Exc::kTypeError, cat("ord() expected a character, but string of length ", n, " found"));
    }
    return item;
  }
  return rt.raise(Exc::kTypeError,
                  cat("ord() expected string of length 1, but ", type_name(rt, args[0]), " found"));
}

// ---------------------------------------------------------------- objects

Value builtin_len(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "len", nargs, kwnames)) return Value();
  const int64_t n = length(rt, args[0]);
  return n < 0 ? Value() : Value::small_int(n);
}

Value builtin_hash(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "hash", nargs, kwnames)) return Value();
  int64_t h;
  if (!hash(rt, args[0], &h)) return Value();
  return Value::small_int(h);
}

Value builtin_id(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "id", nargs, kwnames)) return Value();
  return Value::small_int(object_id(args[0]));
}

Value builtin_repr(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "repr", nargs, kwnames)) return Value();
  return repr(rt, args[0]);
}

Value builtin_ascii(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "ascii", nargs, kwnames)) return Value();
  Value text = repr(rt, args[0]);
  if (text.is_null()) return text;
  return make_str(rt, str_ascii_escape(as_str(text)->view()));
}

Value builtin_format(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "format", nargs, kwnames, 1, 2)) return Value();
  if (nargs > 1 && !is_str(args[1])) {
    return rt.raise(Exc::kTypeError, cat("format() argument 2 must be str, not ", argument_type_name(rt, args[1])));
  }
  return format(rt, args[0], nargs > 1 ? args[1] : Value::from_object(rt.empty_str()));
}

// A docstring's lines as inspect.cleandoc gives them: the first stripped,
// the common indentation of the others removed, no blank lines around.
std::vector<std::string> cleaned_docstring_lines(const std::string& doc) {
  std::vector<std::string> lines;
  for (size_t start = 0;;) {
    const size_t end = doc.find('\n', start);
    lines.push_back(doc.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  auto blank = [](const std::string& line) { return line.find_first_not_of(" \t") == std::string::npos; };
  size_t margin = std::string::npos;
  for (size_t i = 1; i < lines.size(); ++i) {
    if (!blank(lines[i])) margin = std::min(margin, lines[i].find_first_not_of(" \t"));
  }
  const size_t first = lines[0].find_first_not_of(" \t");
  lines[0] = first == std::string::npos ? "" : lines[0].substr(first);
  for (size_t i = 1; i < lines.size(); ++i) {
    lines[i] = blank(lines[i]) ? "" : lines[i].substr(margin);
  }
  while (!lines.empty() && blank(lines.back())) lines.pop_back();
  while (!lines.empty() && blank(lines.front())) lines.erase(lines.begin());
  return lines;
}

// The text of help(object): what it is, where it lives, and its docstring
// (pyvm has no pydoc: no signatures, no member listings).
std::string help_text(VM& vm, const Value& object) {
  Type* type = vm.type_of(object);
  const bool is_class = type->has_flag(kTypeTypeSubclass);
  std::string kind = is_class                                   ? "class"
                     : type == vm.function_type                 ? "function"
                     : type == vm.native_function_type          ? "built-in function"
                     : type == vm.method_type                   ? "method"
                     : type == vm.module_type                   ? "module"
                     : type == vm.method_descriptor_type        ? "method_descriptor"
                                                                : "";
  std::string name;
  for (const char* attribute : {"__qualname__", "__name__"}) {
    if (!name.empty() || kind.empty()) break;
    Value found = get_attr_optional(vm, object, vm.intern(attribute));
    if (found.is_null() || !is_str(found) || !str_text(vm, found, &name)) vm.clear_error();
  }
  std::string module;
  if (kind != "module" && !kind.empty()) {
    Value found = get_attr_optional(vm, object, vm.intern("__module__"));
    if (found.is_null() || !is_str(found) || !str_text(vm, found, &module)) vm.clear_error();
  }
  std::string text = kind.empty() ? cat("Help on ", type->name->view(), " object:\n\n")
                                  : cat("Help on ", kind, " ", name, module.empty() ? "" : " in module ",
                                        module, ":\n\n", is_class ? "class " : "", name, "\n");
  Value doc = get_attr_optional(vm, object, vm.intern("__doc__"));
  std::string doc_text;
  if (doc.is_null() || !is_str(doc) || !str_text(vm, doc, &doc_text)) vm.clear_error();
  if (kind.empty() && doc_text.empty()) doc_text = cat("An object of type ", type->name->view(), ".");
  std::string indented;
  for (const std::string& line : cleaned_docstring_lines(doc_text)) indented += cat("    ", line, "\n");
  return text + indented + "\n";
}

// help(): the short text of help_text for an object; for a str, the
// object of that name among the builtins and keywords, as CPython looks up
// topics.
Value builtin_help(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  VM& vm = static_cast<VM&>(rt);
  if (!expect_positional(rt, "help", nargs, kwnames, 0, 1)) return Value();
  std::string text;
  if (nargs == 0) {
    text = "Type help(object) for help about object: what it is and its docstring.\n"
           "pyvm has no interactive help utility; its documentation is in README.md and docs/.\n";
  } else if (is_str(args[0])) {
    const std::string name(as_str(args[0])->view());
    Value found = dict_get_str(module_dict(vm.builtins_module), vm.intern(name));
    text = found.is_null() ? cat("No Python documentation found for ", str_repr(name),
                                 ".\nUse help() to get the interactive help utility.\n"
                                 "Use help(str) for help on the str class.\n")
                           : help_text(vm, found);
    if (found.is_null()) text += "\n";
  } else {
    text = help_text(vm, args[0]);
  }
  if (!vm.write_stdout(text)) return Value();
  return Value::none();
}

// breakpoint(*args, **kwargs): calls sys.breakpointhook with them.
Value builtin_breakpoint(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  VM& vm = vm_of(rt);
  Value hook = dict_get_str(module_dict(vm.sys_module), vm.intern("breakpointhook"));
  if (hook.is_null()) return rt.raise(Exc::kRuntimeError, "lost sys.breakpointhook");
  return vm.call(hook, args, nargs, kwnames);
}

Value builtin_callable(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "callable", nargs, kwnames)) return Value();
  return Value::boolean(is_callable(rt, args[0]));
}

// isinstance(object, cls) for a class: by the object's type or, as in
// CPython, by the class its __class__ attribute names (a weakref.proxy
// reports its referent's class).
int is_instance_or_claims(Runtime& rt, const Value& object, Type* cls) {
  if (is_instance(rt, object, cls)) return 1;
  Value claimed = get_attr_optional(rt, object, rt.names.dunder_class);
  if (claimed.is_null()) return rt.has_error() ? -1 : 0;
  if (claimed.is_object() && rt.type_of(claimed)->has_flag(kTypeTypeSubclass) &&
      claimed.as<Type>() != rt.type_of(object)) {
    return is_subtype(claimed.as<Type>(), cls);
  }
  return 0;
}

// isinstance/issubclass with tuples (recursively) and __instancecheck__.
int check_class(Runtime& rt, const Value& object, const Value& classinfo, bool subclass, int depth) {
  if (depth > 100) {
    rt.raise(Exc::kRecursionError, "maximum recursion depth exceeded in __instancecheck__");
    return -1;
  }
  // A tuple, or a union (int | str) as the tuple of its classes.
  const Tuple* alternatives = is_tuple(classinfo) ? as_tuple(classinfo) : union_arguments(rt, classinfo);
  if (alternatives != nullptr) {
    for (const Value& item : alternatives->span()) {
      const int result = check_class(rt, object, item, subclass, depth + 1);
      if (result != 0) return result;
    }
    return 0;
  }
  if (is_generic_alias(rt, classinfo)) {
    rt.raise(Exc::kTypeError, subclass ? "issubclass() argument 2 cannot be a parameterized generic"
                                       : "isinstance() argument 2 cannot be a parameterized generic");
    return -1;
  }
  Type* metatype = rt.type_of(classinfo);
  // The class's type (a metaclass, or any class whose instances stand for
  // classes, as typing's aliases) may decide in Python; type's own
  // __instancecheck__ is the plain check below.
  if (metatype != rt.type_type) {
    Str* hook = rt.intern(subclass ? "__subclasscheck__" : "__instancecheck__");
    const Value* found = lookup_in_mro(metatype, hook);
    if (found && rt.type_of(*found) != rt.method_descriptor_type) {
      Value result = call_special_method(rt, classinfo, hook, &object, 1);
      return result.is_null() ? -1 : truth(rt, result);
    }
  }
  if (!metatype->has_flag(kTypeTypeSubclass)) {
    rt.raise(Exc::kTypeError, subclass ? "issubclass() arg 2 must be a class, a tuple of classes, or a union"
                                       : "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
  }
  if (subclass) {
    if (!rt.type_of(object)->has_flag(kTypeTypeSubclass)) {
      rt.raise(Exc::kTypeError, "issubclass() arg 1 must be a class");
      return -1;
    }
    return is_subtype(object.as<Type>(), classinfo.as<Type>());
  }
  return is_instance_or_claims(rt, object, classinfo.as<Type>());
}

Value builtin_isinstance(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "isinstance", nargs, kwnames, 2, 2)) return Value();
  const int result = check_class(rt, args[0], args[1], false, 0);
  return result < 0 ? Value() : Value::boolean(result);
}

Value builtin_issubclass(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "issubclass", nargs, kwnames, 2, 2)) return Value();
  const int result = check_class(rt, args[0], args[1], true, 0);
  return result < 0 ? Value() : Value::boolean(result);
}

bool attribute_name(Runtime& rt, const Value& name, Str** out) {
  if (!is_str(name)) {
    rt.raise(Exc::kTypeError, cat("attribute name must be string, not '", type_name(rt, name), "'"));
    return false;
  }
  *out = rt.intern(as_str(name));
  return true;
}

Value builtin_getattr(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "getattr", nargs, kwnames, 2, 3)) return Value();
  Str* name;
  if (!attribute_name(rt, args[1], &name)) return Value();
  if (nargs == 2) {
    Value value = get_attr(rt, args[0], name);
    if (value.is_null()) note_attribute_error_context(rt, args[0], name);
    return value;
  }
  Value value = get_attr_optional(rt, args[0], name);
  if (!value.is_null() || rt.has_error()) return value;
  return args[2];
}

Value builtin_hasattr(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "hasattr", nargs, kwnames, 2, 2)) return Value();
  Str* name;
  if (!attribute_name(rt, args[1], &name)) return Value();
  Value value = get_attr_optional(rt, args[0], name);
  if (rt.has_error()) return Value();
  return Value::boolean(!value.is_null());
}

Value builtin_setattr(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "setattr", nargs, kwnames, 3, 3)) return Value();
  Str* name;
  if (!attribute_name(rt, args[1], &name)) return Value();
  if (!set_attr(rt, args[0], name, args[2])) return Value();
  return Value::none();
}

Value builtin_delattr(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "delattr", nargs, kwnames, 2, 2)) return Value();
  Str* name;
  if (!attribute_name(rt, args[1], &name)) return Value();
  if (!delete_attr(rt, args[0], name)) return Value();
  return Value::none();
}

Value frame_locals(VM& vm) {
  Frame* frame = vm.current_frame;
  if (frame == nullptr) return make_dict(vm);
  if (!frame->locals.is_null()) return frame->locals;
  if (!frame->code->has_flag(kCodeFunction)) return Value::from_object(frame->globals);
  // A function's fast locals, copied into a new dict.
  Ref<Dict> result = make_dict(vm);
  CodeObject* code = frame->code;
  for (size_t i = 0; i < code->local_count(); ++i) {
    if (!frame->slots()[i].is_null()) dict_set_str(vm, result.get(), code->local_names[i].get(), frame->slots()[i]);
  }
  for (size_t i = 0; i < code->cell_count() + code->free_count(); ++i) {
    const Value& cell = frame->slots()[code->local_count() + i];
    Str* name = i < code->cell_count() ? code->cell_names[i].get() : code->free_names[i - code->cell_count()].get();
    const Value& contents = cell.as<Cell>()->contents;
    if (!contents.is_null()) dict_set_str(vm, result.get(), name, contents);
  }
  return result;
}

Value builtin_vars(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "vars", nargs, kwnames, 0, 1)) return Value();
  if (nargs == 0) return frame_locals(vm_of(rt));
  Value dict = get_attr_optional(rt, args[0], rt.names.dunder_dict);
  if (dict.is_null()) {
    if (rt.has_error()) return dict;
    return rt.raise(Exc::kTypeError, "vars() argument must have __dict__ attribute");
  }
  return dict;
}

Value builtin_locals(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "locals", nargs, kwnames)) return Value();
  return frame_locals(vm_of(rt));
}

Value builtin_globals(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "globals", nargs, kwnames)) return Value();
  VM& vm = vm_of(rt);
  if (vm.current_frame == nullptr) return make_dict(vm);
  return Value::from_object(vm.current_frame->globals);
}

Value builtin_dir(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "dir", nargs, kwnames, 0, 1)) return Value();
  if (nargs == 1) return dir_of(vm_of(rt), args[0]);
  Value names = list_from_iterable(rt, frame_locals(vm_of(rt)));
  if (names.is_null() || !list_sort(rt, as_list(names), Value(), false)) return Value();
  return names;
}

// ---------------------------------------------------------------- iteration

Value builtin_iter(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "iter", nargs, kwnames, 1, 2)) return Value();
  if (nargs == 1) return get_iter(rt, args[0]);
  if (!is_callable(rt, args[0])) return rt.raise(Exc::kTypeError, "iter(v, w): v must be callable");
  return make_callable_iterator(rt, args[0], args[1]);
}

Value builtin_aiter(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "aiter", nargs, kwnames, 1, 1)) return Value();
  return builtin_aiter_of(vm_of(rt), args[0]);
}

Value builtin_anext(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "anext", nargs, kwnames, 1, 2)) return Value();
  return builtin_anext_of(vm_of(rt), args[0], nargs > 1 ? args[1] : Value());
}

Value builtin_next(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "next", nargs, kwnames, 1, 2)) return Value();
  VM& vm = vm_of(rt);
  Type* type = vm.type_of(args[0]);
  if (type->next == nullptr) {
    return vm.raise(Exc::kTypeError,
                    cat("'", message_type_name(type), "' object is not an iterator"));
  }
  Value item;
  Value returned;
  if (type == vm.generator_type) {
    // A generator's return value travels in the StopIteration.
    item = resume_generator(vm, args[0].as<Generator>(), Value::none(), Value(), &returned);
  } else {
    item = type->next(vm, args[0]);
  }
  if (!item.is_null() || vm.has_error()) return item;
  if (nargs == 2) return args[1];
  Ref<Tuple> stop_args = returned.is_null() || returned.is_none() ? Ref<Tuple>::borrow(vm.empty_tuple())
                                                                 : make_tuple(vm, {returned});
  return vm.raise_exception(make_exception(vm, vm.exception_type(Exc::kStopIteration), stop_args));
}

Value builtin_any(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "any", nargs, kwnames)) return Value();
  int found = 0;
  const bool ok = for_each(rt, args[0], [&](Value item) {
    found = truth(rt, item);
    return found == 0;
  });
  if (found < 0 || (!ok && found == 0)) return Value();
  return Value::boolean(found == 1);
}

Value builtin_all(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "all", nargs, kwnames)) return Value();
  int result = 1;
  const bool ok = for_each(rt, args[0], [&](Value item) {
    result = truth(rt, item);
    return result == 1;
  });
  if (result < 0 || (!ok && result == 1)) return Value();
  return Value::boolean(result == 1);
}

Value builtin_sum(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"sum", {"iterable", "start"}, 1, 1};
  if (nargs - tuple_size(kwnames) == 0) {
    return rt.raise(Exc::kTypeError, "sum() takes at least 1 positional argument (0 given)");
  }
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  Value total = bound[1].is_null() ? Value::small_int(0) : bound[1];
  if (is_str(total)) return rt.raise(Exc::kTypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (rt.type_of(total) == rt.bytes_type) {
    return rt.raise(Exc::kTypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  }
  const bool ok = for_each(rt, bound[0], [&](Value item) {
    int64_t r;
    if (total.is_small_int() && item.is_small_int() &&
        !__builtin_add_overflow(total.as_small_int(), item.as_small_int(), &r)) {
      total = Value::small_int(r);
    } else if (total.is_float() && item.is_float()) {
      total = Value::floating(total.as_float() + item.as_float());
    } else {
      total = binary_op(rt, BinaryOp::kAdd, total, item);
    }
    return !total.is_null();
  });
  return ok ? total : Value();
}

Value min_max(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames, const char* name,
              CompareOp op) {
  const size_t positional = nargs - tuple_size(kwnames);
  Value key, fallback;
  for (size_t i = 0; i < tuple_size(kwnames); ++i) {
    const std::string_view k = as_str((*kwnames)[i])->view();
    if (k == "key") key = args[positional + i];
    else if (k == "default") fallback = args[positional + i];
    else return rt.raise(Exc::kTypeError, cat("'", k, "' is an invalid keyword argument for ", name, "()"));
  }
  if (positional == 0) return rt.raise(Exc::kTypeError, cat(name, " expected at least 1 argument, got 0"));
  if (positional > 1 && !fallback.is_null()) {
    return rt.raise(Exc::kTypeError, cat("Cannot specify a default for ", name,
                                         "() with multiple positional arguments"));
  }
  if (key.is_none()) key = Value();
  Value best, best_key;
  auto consider = [&](Value item) {
    Value item_key = key.is_null() ? item : call(rt, key, &item, 1);
    if (item_key.is_null()) return false;
    if (best.is_null()) {
      best = std::move(item);
      best_key = std::move(item_key);
      return true;
    }
    const int better = compare_bool(rt, item_key, best_key, op);
    if (better < 0) return false;
    if (better) {
      best = std::move(item);
      best_key = std::move(item_key);
    }
    return true;
  };
  bool ok = true;
  if (positional == 1) {
    ok = for_each(rt, args[0], consider);
  } else {
    for (size_t i = 0; i < positional && ok; ++i) ok = consider(args[i]);
  }
  if (!ok) return Value();
  if (best.is_null()) {
    if (!fallback.is_null()) return fallback;
    return rt.raise(Exc::kValueError, cat(name, "() arg is an empty sequence"));
  }
  return best;
}

Value builtin_min(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return min_max(rt, args, nargs, kwnames, "min", CompareOp::kLess);
}
Value builtin_max(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return min_max(rt, args, nargs, kwnames, "max", CompareOp::kGreater);
}

Value builtin_sorted(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  const size_t positional = nargs - tuple_size(kwnames);
  if (positional != 1) return rt.raise(Exc::kTypeError, cat("sorted expected 1 argument, got ", positional));
  Value key, reverse;
  for (size_t i = 0; i < tuple_size(kwnames); ++i) {
    const std::string_view k = as_str((*kwnames)[i])->view();
    if (k == "key") key = args[1 + i];
    else if (k == "reverse") reverse = args[1 + i];
    else return rt.raise(Exc::kTypeError, cat("'", k, "' is an invalid keyword argument for sort()"));
  }
  Value list = list_from_iterable(rt, args[0]);
  if (list.is_null()) return list;
  int reversed = 0;
  if (!reverse.is_null()) {
    reversed = truth(rt, reverse);
    if (reversed < 0) return Value();
  }
  if (!list_sort(rt, as_list(list), key, reversed)) return Value();
  return list;
}

// --------------------------------------------------------- code execution

// The namespaces of eval/exec: explicit dicts, or the caller's.
bool execution_namespaces(VM& vm, const Value* args, size_t nargs, const char* name, Value* globals,
                          Value* locals) {
  *globals = nargs > 1 && !args[1].is_none() ? args[1] : Value();
  *locals = nargs > 2 && !args[2].is_none() ? args[2] : Value();
  if (!globals->is_null() && !is_dict(*globals)) {
    vm.raise(Exc::kTypeError, cat(name, "() globals must be a dict, not ", type_name(vm, *globals)));
    return false;
  }
  if (globals->is_null()) {
    if (vm.current_frame == nullptr) {
      *globals = make_dict(vm);
    } else {
      *globals = Value::from_object(vm.current_frame->globals);
      if (locals->is_null()) *locals = frame_locals(vm);
    }
  }
  if (locals->is_null()) *locals = *globals;
  return true;
}

Value compile_argument(VM& vm, const Value& source, const char* name, ParseMode mode) {
  if (vm.type_of(source) == vm.code_type) return source;
  if (!is_str(source)) {
    return vm.raise(Exc::kTypeError, cat(name, "() arg 1 must be a string, bytes or code object"));
  }
  return vm.compile(as_str(source)->view(), "<string>", mode);
}

Value run_with_namespaces(VM& vm, const Value& code, const Value& globals, const Value& locals) {
  Value locals_for_frame = locals.is(globals) ? Value() : locals;
  return vm.run_code(code.as<CodeObject>(), as_dict(globals), locals_for_frame);
}

Value builtin_eval(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  VM& vm = vm_of(rt);
  if (!expect_positional(vm, "eval", nargs, kwnames, 1, 3)) return Value();
  Value globals, locals;
  if (!execution_namespaces(vm, args, nargs, "eval", &globals, &locals)) return Value();
  Value code = compile_argument(vm, args[0], "eval", ParseMode::kExpression);
  if (code.is_null()) return code;
  return run_with_namespaces(vm, code, globals, locals);
}

Value builtin_exec(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  VM& vm = vm_of(rt);
  if (!expect_positional(vm, "exec", nargs, kwnames, 1, 3)) return Value();
  Value globals, locals;
  if (!execution_namespaces(vm, args, nargs, "exec", &globals, &locals)) return Value();
  Value code = compile_argument(vm, args[0], "exec", ParseMode::kFile);
  if (code.is_null()) return code;
  if (run_with_namespaces(vm, code, globals, locals).is_null()) return Value();
  return Value::none();
}

Value builtin_compile(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  VM& vm = vm_of(rt);
  static const Parameters kParameters{
      "compile",
      {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"},
      3,
      0,
      6};
  Value bound[7];
  if (!bind_arguments(vm, kParameters, args, nargs, kwnames, bound)) return Value();
  if (!is_str(bound[0]) || !is_str(bound[1]) || !is_str(bound[2])) {
    return vm.raise(Exc::kTypeError, "compile() arguments must be strings");
  }
  const std::string_view mode = as_str(bound[2])->view();
  ParseMode parse_mode;
  if (mode == "exec") parse_mode = ParseMode::kFile;
  else if (mode == "eval") parse_mode = ParseMode::kExpression;
  else if (mode == "single") parse_mode = ParseMode::kInteractive;
  else return vm.raise(Exc::kValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  return vm.compile(as_str(bound[0])->view(), std::string(as_str(bound[1])->view()), parse_mode);
}

Value builtin_import(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  VM& vm = vm_of(rt);
  static const Parameters kParameters{"__import__", {"name", "globals", "locals", "fromlist", "level"}, 1, 0};
  Value bound[5];
  if (!bind_arguments(vm, kParameters, args, nargs, kwnames, bound)) return Value();
  if (!is_str(bound[0])) return vm.raise(Exc::kTypeError, "__import__() argument 1 must be str");
  int64_t level = 0;
  if (!bound[4].is_null() && !index_as_int64(vm, bound[4], &level, Exc::kValueError)) return Value();
  return vm.import_module(vm.intern(as_str(bound[0])), bound[1].is_null() ? Value::none() : bound[1],
                          bound[3].is_null() ? Value::none() : bound[3], level);
}

// __build_class__(body, name, *bases, metaclass=..., **keywords): the class statement.
// PEP 560: a base that is not a class may stand for others, which its
// __mro_entries__(bases) returns. The bases with those put in place (the
// same tuple when none is replaced), or null with an error.
Ref<Tuple> resolve_mro_entries(VM& vm, const Ref<Tuple>& bases) {
  std::vector<Value> resolved;
  bool replaced = false;
  Str* name = vm.intern("__mro_entries__");
  for (const Value& base : bases->span()) {
    if (vm.type_of(base)->has_flag(kTypeTypeSubclass)) {
      resolved.push_back(base);
      continue;
    }
    Value method = get_attr_optional(vm, base, name);
    if (method.is_null()) {
      if (vm.has_error()) return Ref<Tuple>();
      resolved.push_back(base);
      continue;
    }
    const Value argument(bases);
    Value entries = call(vm, method, &argument, 1);
    if (entries.is_null()) return Ref<Tuple>();
    if (!is_tuple(entries)) {
      vm.raise(Exc::kTypeError, "__mro_entries__ must return a tuple");
      return Ref<Tuple>();
    }
    for (const Value& entry : as_tuple(entries)->span()) resolved.push_back(entry);
    replaced = true;
  }
  return replaced ? make_tuple_from(vm, resolved) : bases;
}

Value builtin_build_class(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  VM& vm = vm_of(rt);
  const size_t positional = nargs - tuple_size(kwnames);
  if (positional < 2) return vm.raise(Exc::kTypeError, "__build_class__: not enough arguments");
  if (vm.type_of(args[0]) != vm.function_type) {
    return vm.raise(Exc::kTypeError, "__build_class__: func must be a function");
  }
  if (!is_str(args[1])) return vm.raise(Exc::kTypeError, "__build_class__: name is not a string");
  Ref<Tuple> original_bases = make_tuple_from(vm, std::span<const Value>(args + 2, positional - 2));
  Ref<Tuple> bases = resolve_mro_entries(vm, original_bases);
  if (!bases) return Value();
  Value metaclass;
  std::vector<Value> keyword_values;
  std::vector<Value> keyword_names;
  for (size_t i = 0; i < tuple_size(kwnames); ++i) {
    if (as_str((*kwnames)[i])->view() == "metaclass") {
      metaclass = args[positional + i];
    } else {
      keyword_names.push_back((*kwnames)[i]);
      keyword_values.push_back(args[positional + i]);
    }
  }
  bool explicit_metaclass = !metaclass.is_null();
  if (!explicit_metaclass) {
    metaclass = bases->size == 0 ? Value::from_object(vm.type_type)
                                 : Value::from_object(vm.type_of((*bases)[0]));
  }
  // The most derived metaclass of the candidates (a metaclass conflict is
  // reported by type() itself).
  if (vm.type_of(metaclass)->has_flag(kTypeTypeSubclass) && metaclass.as<Type>()->has_flag(kTypeTypeSubclass)) {
    Type* winner = metaclass.as<Type>();
    for (const Value& base : bases->span()) {
      Type* base_meta = vm.type_of(base);
      if (is_subtype(base_meta, winner)) winner = base_meta;
    }
    metaclass = Value::from_object(winner);
  }
  Ref<Tuple> keyword_tuple = make_tuple_from(vm, keyword_names);
  Tuple* keywords = keyword_names.empty() ? nullptr : keyword_tuple.get();
  // The namespace: metaclass.__prepare__(name, bases, **keywords).
  Value namespace_value;
  Value prepare = get_attr_optional(vm, metaclass, vm.names.dunder_prepare);
  if (prepare.is_null()) {
    if (vm.has_error()) return Value();
    namespace_value = make_dict(vm);
  } else {
    std::vector<Value> prepare_args = {args[1], Value(bases)};
    prepare_args.insert(prepare_args.end(), keyword_values.begin(), keyword_values.end());
    namespace_value = call(vm, prepare, prepare_args.data(), prepare_args.size(), keywords);
    if (namespace_value.is_null()) return namespace_value;
  }
  // Run the class body with the namespace as its local variables.
  Function* body = args[0].as<Function>();  // checked above: a function
  if ((body->code_object()->flags & kCodeResumable) != 0) {
    // Any function may be the body; calling a generator function only makes
    // a generator, which is dropped (as CPython: only a cell result counts).
    if (call(vm, args[0], nullptr, 0).is_null()) return Value();
  } else {
    Frame* frame = push_frame(vm, body->code_object(), body);
    if (frame == nullptr) return Value();
    if (!bind_arguments_to_frame(vm, body, frame, nullptr, 0, nullptr)) {
      pop_frame(vm, frame);
      return Value();
    }
    frame->locals = namespace_value;
    if (vm.run_frame(frame).is_null()) return Value();
  }
  if (bases.get() != original_bases.get() &&
      !set_item(vm, namespace_value, str_value(vm, "__orig_bases__"), Value(original_bases))) {
    return Value();
  }
  std::vector<Value> class_args = {args[1], Value(bases), namespace_value};
  class_args.insert(class_args.end(), keyword_values.begin(), keyword_values.end());
  return call(vm, metaclass, class_args.data(), class_args.size(), keywords);
}

Value builtin_exit(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "exit", nargs, kwnames, 0, 1)) return Value();
  Ref<Tuple> exit_args = nargs == 0 ? Ref<Tuple>::borrow(rt.empty_tuple()) : make_tuple(rt, {args[0]});
  return rt.raise_exception(make_exception(rt, rt.exception_type(Exc::kSystemExit), exit_args));
}

const MethodDef kBuiltinFunctions[] = {
    {"print", builtin_print},         {"input", builtin_input},
    {"abs", builtin_abs},             {"divmod", builtin_divmod},
    {"pow", builtin_pow},             {"round", builtin_round},
    {"hex", builtin_hex},             {"oct", builtin_oct},
    {"bin", builtin_bin},             {"chr", builtin_chr},
    {"ord", builtin_ord},             {"len", builtin_len},
    {"hash", builtin_hash},           {"id", builtin_id},
    {"repr", builtin_repr},           {"ascii", builtin_ascii},
    {"format", builtin_format},       {"callable", builtin_callable},
    {"breakpoint", builtin_breakpoint},
    {"help", builtin_help},
    {"isinstance", builtin_isinstance}, {"issubclass", builtin_issubclass},
    {"getattr", builtin_getattr},     {"hasattr", builtin_hasattr},
    {"setattr", builtin_setattr},     {"delattr", builtin_delattr},
    {"vars", builtin_vars},           {"locals", builtin_locals},
    {"globals", builtin_globals},     {"dir", builtin_dir},
    {"iter", builtin_iter},           {"next", builtin_next},
    {"aiter", builtin_aiter},         {"anext", builtin_anext},
    {"any", builtin_any},             {"all", builtin_all},
    {"sum", builtin_sum},             {"min", builtin_min},
    {"max", builtin_max},             {"sorted", builtin_sorted},
    {"eval", builtin_eval},           {"exec", builtin_exec},
    {"compile", builtin_compile},     {"__import__", builtin_import},
    {"__build_class__", builtin_build_class},
    {"exit", builtin_exit},           {"quit", builtin_exit},
};

}  // namespace

int isinstance_of(Runtime& rt, const Value& object, const Value& classinfo) {
  return check_class(rt, object, classinfo, false, 0);
}

Value dir_of(VM& vm, const Value& object) {
  Value names;
  if (vm.type_of(object)->has_flag(kTypeTypeSubclass)) {
    // A class: its attributes and its bases' (not the metaclass's).
    Ref<Dict> collected = make_dict(vm);
    const Tuple* mro = object.as<Type>()->mro.get();
    for (size_t i = 0; i < mro->size; ++i) {
      if (!dict_update(vm, collected.get(), Value((*mro)[i].as<Type>()->dict))) return Value();
    }
    names = list_from_iterable(vm, Value(collected));
  } else {
    Value listing = call_special_method(vm, object, vm.intern("__dir__"), nullptr, 0);
    if (listing.is_null()) return listing;
    names = list_from_iterable(vm, listing);
  }
  if (names.is_null() || !list_sort(vm, as_list(names), Value(), false)) return Value();
  return names;
}

Value make_builtins_module(VM& vm) {
  Value module = make_module(vm, vm.names.builtins);
  module.as<Module>()->origin = ModuleOrigin::kBuiltin;
  Dict* dict = module_dict(module);
  for (const MethodDef& def : kBuiltinFunctions) {
    dict_set_str(vm, dict, vm.intern(def.name),
                 Value(make_native_function(vm, def.name, def.function, Value(), vm.names.builtins)));
  }
  const std::pair<const char*, Type*> kTypes[] = {
      {"object", vm.object_type},       {"type", vm.type_type},
      {"bool", vm.bool_type},           {"int", vm.int_type},
      {"float", vm.float_type},         {"str", vm.str_type},
      {"bytes", vm.bytes_type},         {"bytearray", vm.bytearray_type},
      {"memoryview", vm.memoryview_type}, {"list", vm.list_type},
      {"tuple", vm.tuple_type},         {"dict", vm.dict_type},
      {"set", vm.set_type},             {"frozenset", vm.frozenset_type},
      {"range", vm.range_type},         {"slice", vm.slice_type},
      {"enumerate", vm.enumerate_type}, {"zip", vm.zip_type},
      {"map", vm.map_type},             {"filter", vm.filter_type},
      {"reversed", vm.reversed_type},   {"property", vm.property_type},
      {"staticmethod", vm.staticmethod_type}, {"classmethod", vm.classmethod_type},
      {"super", vm.super_type},         {"complex", vm.complex_type},
  };
  for (const auto& [name, type] : kTypes) dict_set_str(vm, dict, vm.intern(name), Value::from_object(type));
  for (Type* exception : vm.exception_types) {
    dict_set_str(vm, dict, exception->name.get(), Value::from_object(exception));
  }
  dict_set_str(vm, dict, vm.intern("EnvironmentError"), Value::from_object(vm.exception_type(Exc::kOSError)));
  dict_set_str(vm, dict, vm.intern("IOError"), Value::from_object(vm.exception_type(Exc::kOSError)));
  dict_set_str(vm, dict, vm.intern("open"), vm.io_open);
  dict_set_str(vm, dict, vm.intern("None"), Value::none());
  dict_set_str(vm, dict, vm.intern("Ellipsis"), vm.ellipsis());
  dict_set_str(vm, dict, vm.intern("NotImplemented"), vm.not_implemented());
  dict_set_str(vm, dict, vm.intern("__debug__"), Value::boolean(true));
  return module;
}

}  // namespace pyvm
