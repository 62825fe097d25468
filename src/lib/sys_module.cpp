// SPDX-License-Identifier: GPL-3.0-or-later
// The sys module: argv, path, modules, the standard streams, exit(), the
// recursion limit and interpreter facts.
#include <algorithm>
#include <cfloat>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>

#include "bytecode/pvc_format.h"
#include "lib/io.h"
#include "lib/native_modules.h"
#include "lib/sys_trace.h"
#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/namespace.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/sizeof.h"
#include "runtime/slots.h"
#include "runtime/str.h"
#include "runtime/struct_sequence.h"
#include "runtime/tuple.h"
#include "vm/frame_object.h"
#include "vm/traceback_printer.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

// The names of the modules compiled into pyvm, sorted: the native module
// table's and the two every VM has.
Value builtin_module_names(VM& vm) {
  std::vector<std::string_view> names = {"builtins", "sys"};
  for (const NativeModule& module : vm.native_modules) names.push_back(module.name);
  std::sort(names.begin(), names.end());
  std::vector<Value> items;
  for (std::string_view name : names) items.push_back(make_str(vm, name));
  return Value(make_tuple_from(vm, items));
}

Value sys_exit(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "exit", nargs, kwnames, 0, 1)) return Value();
  Ref<Tuple> exit_args = nargs == 0 ? Ref<Tuple>::borrow(rt.empty_tuple()) : make_tuple(rt, {args[0]});
  return rt.raise_exception(make_exception(rt, rt.exception_type(Exc::kSystemExit), exit_args));
}

Value sys_getrecursionlimit(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "getrecursionlimit", nargs, kwnames)) return Value();
  return Value::small_int(rt.recursion_limit);
}

Value sys_setrecursionlimit(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "setrecursionlimit", nargs, kwnames)) return Value();
  if (args[0].is_float()) return rt.raise(Exc::kTypeError, "'float' object cannot be interpreted as an integer");
  int64_t limit;
  if (!index_as_int64(rt, args[0], &limit, Exc::kOverflowError)) return Value();
  if (limit < 1) return rt.raise(Exc::kValueError, "recursion limit must be greater or equal than 1");
  if (limit > INT_MAX) return rt.raise(Exc::kOverflowError, "Python int too large to convert to C int");
  if (limit > rt.recursion_limit_ceiling) {
    return rt.raise(Exc::kValueError, cat("recursion limit ", limit, " is above the host's limit of ",
                                          rt.recursion_limit_ceiling));
  }
  if (limit <= rt.recursion_depth()) {
    return rt.raise(Exc::kRecursionError,
                    cat("cannot set the recursion limit to ", limit, " at the recursion depth ",
                        rt.recursion_depth(), ": the limit is too low"));
  }
  rt.recursion_limit = static_cast<int>(limit);
  return Value::none();
}

Value sys_exc_info(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "exc_info", nargs, kwnames)) return Value();
  Value handled = vm_of(rt).handled_exception();
  if (handled.is_null()) return make_tuple(rt, {Value::none(), Value::none(), Value::none()});
  return make_tuple(rt, {Value::from_object(rt.type_of(handled)), handled, as_exception(handled)->traceback});
}

Value sys_exception(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "exception", nargs, kwnames)) return Value();
  Value handled = vm_of(rt).handled_exception();
  return handled.is_null() ? Value::none() : handled;
}

Value sys_intern(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "intern", nargs, kwnames)) return Value();
  if (!is_str(args[0])) {
    return rt.raise(Exc::kTypeError, cat("intern() argument must be str, not ", type_name(rt, args[0])));
  }
  return Value::from_object(rt.intern(as_str(args[0])));
}

Value sys_get_int_max_str_digits(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "get_int_max_str_digits", nargs, kwnames)) return Value();
  return Value::small_int(rt.int_max_str_digits);
}

Value sys_set_int_max_str_digits(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"set_int_max_str_digits", {"maxdigits"}, 1, 0};
  Value bound[1];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  int64_t digits;
  if (!index_as_int64(rt, bound[0], &digits, Exc::kOverflowError)) return Value();
  if (digits != 0 && digits < 640) {
    return rt.raise(Exc::kValueError, "maxdigits must be 0 or larger than 640");
  }
  rt.int_max_str_digits = digits;
  return Value::none();
}

Value sys_getrefcount(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "getrefcount", nargs, kwnames)) return Value();
  return Value::small_int(args[0].is_object() ? args[0].as_object()->refcount : 1);
}

// sys.getsizeof(object[, default]): object.__sizeof__() (looked up on the
// type), plus the cycle collector's 16-byte header for a container and, as
// CPython 3.11 keeps a class instance's __dict__ pointer before its header,
// 16 more for those; the
// default instead of a TypeError from a type without a usable __sizeof__.
Value sys_getsizeof(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"getsizeof", {"object", "default"}, 1, 0};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  Str* name = rt.intern("__sizeof__");
  Value size;
  if (lookup_in_mro(rt.type_of(bound[0]), name) == nullptr) {
    rt.raise(Exc::kTypeError, cat("Type ", type_name(rt, bound[0]), " doesn't define __sizeof__"));
  } else {
    size = call_special_method(rt, bound[0], name, nullptr, 0);
  }
  if (size.is_null()) {
    if (bound[1].is_null() || !rt.error_matches(Exc::kTypeError)) return Value();
    rt.clear_error();
    return bound[1];
  }
  int64_t bytes;
  if (!index_as_int64(rt, size, &bytes, Exc::kOverflowError)) return Value();
  if (bytes < 0) return rt.raise(Exc::kValueError, "__sizeof__() should return >= 0");
  const Type* type = rt.type_of(bound[0]);
  if (type->has_flag(kTypeHasGc)) bytes += 16;
  if (has_dict_before_header(rt, type)) bytes += 16;
  return Value::small_int(bytes);
}

// sys.excepthook(type, value, traceback), the default: the exception's
// traceback and line on stderr, as for an uncaught exception.
Value sys_excepthook(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "excepthook", kwnames)) return Value();
  if (nargs != 3) return rt.raise(Exc::kTypeError, cat("excepthook expected 3 arguments, got ", nargs));
  VM& vm = vm_of(rt);
  if (!is_exception(args[1])) {  // reported, not raised (as CPython)
    vm.write_stderr(cat("TypeError: print_exception(): Exception expected for value, ", type_name(rt, args[1]),
                        " found\n"));
    return Value::none();
  }
  // As CPython: a traceback given for an exception that has none becomes its own.
  ExceptionObject* exception = as_exception(args[1]);
  if ((exception->traceback.is_null() || exception->traceback.is_none()) && rt.type_of(args[2]) == rt.traceback_type) {
    exception->traceback = args[2];
  }
  vm.write_stderr(format_exception(vm, args[1]));
  return Value::none();
}

// sys._getframe([depth]): the caller's frame object, or one `depth` calls out.
Value sys_getframe(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "_getframe", nargs, kwnames, 0, 1)) return Value();
  int64_t depth = 0;
  if (nargs == 1 && !index_as_int64(rt, args[0], &depth, Exc::kOverflowError)) return Value();
  Frame* frame = vm_of(rt).current_frame;
  for (; frame != nullptr && depth > 0; --depth) frame = frame->previous;
  if (frame == nullptr) return rt.raise(Exc::kValueError, "call stack is not deep enough");
  return frame_object_of(rt, frame);
}

const MethodDef kSysFunctions[] = {
    {"_getframe", sys_getframe},
    {"exit", sys_exit},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"setrecursionlimit", sys_setrecursionlimit},
    {"exc_info", sys_exc_info},
    {"exception", sys_exception},
    {"intern", sys_intern},
    {"get_int_max_str_digits", sys_get_int_max_str_digits},
    {"set_int_max_str_digits", sys_set_int_max_str_digits},
    {"getrefcount", sys_getrefcount},
    {"getsizeof", sys_getsizeof},
    {"excepthook", sys_excepthook},
};

Value string_list(VM& vm, const std::vector<std::string>& items) {
  Ref<List> list = make_list(vm, items.size());
  for (const std::string& item : items) list->items.push_back(make_str(vm, item));
  return list;
}

// The value of -X NAME in sys._xoptions: the text after '=', or True.
std::pair<std::string, Value> x_option(VM& vm, const std::string& option) {
  const size_t equals = option.find('=');
  if (equals == std::string::npos) return {option, Value::boolean(true)};
  return {option.substr(0, equals), make_str(vm, option.substr(equals + 1))};
}

bool has_x_option(const InterpreterFlags& flags, std::string_view name) {
  return std::any_of(flags.x_options.begin(), flags.x_options.end(), [&](const std::string& option) {
    return option == name || (option.starts_with(name) && option.size() > name.size() && option[name.size()] == '=');
  });
}

// A sys struct sequence value (sys.version_info, ...) of a new type.
Value struct_sequence(VM& vm, std::string_view name, std::initializer_list<const char*> fields,
                      std::initializer_list<Value> items) {
  Value type = make_struct_sequence_type(vm, "sys", name, fields);
  if (type.is_null()) return type;
  return make_struct_sequence(vm, type, std::span<const Value>(items.begin(), items.size()));
}

void add_module_functions(VM& vm, const Value& module, Str* module_name, std::span<const MethodDef> functions) {
  Dict* dict = module_dict(module);
  for (const MethodDef& def : functions) {
    dict_set_str(vm, dict, vm.intern(def.name),
                 Value(make_native_function(vm, def.name, def.function, Value(), module_name)));
  }
}

}  // namespace

Value make_module_with_functions(VM& vm, std::string_view name, std::span<const MethodDef> functions) {
  Str* module_name = vm.intern(name);
  Value module = make_module(vm, module_name);
  module.as<Module>()->origin = ModuleOrigin::kBuiltin;
  add_module_functions(vm, module, module_name, functions);
  return module;
}

Value make_module_exception(VM& vm, std::string_view module, std::string_view name, Type* base) {
  Value namespace_dict = make_dict(vm);
  dict_set_str(vm, as_dict(namespace_dict), vm.names.dunder_module, make_str(vm, module));
  const Value type_args[] = {make_str(vm, name), make_tuple(vm, {Value::from_object(base)}), namespace_dict};
  return type_new(vm, vm.type_type, type_args, 3, nullptr);
}

namespace {

// sys.executable: the running binary's full path ("" if unknown).
std::string executable_path() {
  char* path = realpath("/proc/self/exe", nullptr);
  if (path == nullptr) return "";
  std::string result = path;
  std::free(path);
  return result;
}

// sys.implementation: pyvm's name, version (as sys.version_info's type) and
// the tag of its cache files.
Value implementation(VM& vm, const Value& python_version) {
  int major = 0, minor = 0, micro = 0;
  std::sscanf(PYVM_VERSION, "%d.%d.%d", &major, &minor, &micro);
  const Value items[] = {Value::small_int(major), Value::small_int(minor), Value::small_int(micro),
                         make_str(vm, "final"), Value::small_int(0)};
  Value version = make_struct_sequence(vm, Value::from_object(vm.type_of(python_version)), items);
  if (version.is_null()) return version;
  Value ns = make_simple_namespace(vm);
  namespace_set(vm, ns, "name", make_str(vm, "pyvm"));
  namespace_set(vm, ns, "cache_tag", make_str(vm, cat("pyvm-", kPvcVersion)));
  namespace_set(vm, ns, "version", version);
  namespace_set(vm, ns, "hexversion", Value::small_int((major << 24) | (minor << 16) | (micro << 8) | 0xF0));
  return ns;
}

// What the command line set: sys.flags, sys.dont_write_bytecode,
// sys.warnoptions, sys._xoptions and sys.orig_argv.
void add_startup_flags(VM& vm, Dict* sys) {
  const InterpreterFlags& flags = vm.flags;
  auto set = [&](const char* name, Value value) { dict_set_str(vm, sys, vm.intern(name), value); };
  const bool dev_mode = has_x_option(flags, "dev");
  auto number = [](int64_t n) { return Value::small_int(n); };
  set("flags", struct_sequence(vm, "flags",
                               {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
                                "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
                                "warn_default_encoding", "safe_path", "int_max_str_digits"},
                               {number(flags.debug), number(flags.inspect), number(flags.inspect),
                                number(flags.optimize),
                                number(flags.dont_write_bytecode), number(flags.no_user_site || flags.isolated),
                                number(flags.no_site), number(flags.ignore_environment || flags.isolated),
                                number(flags.verbose), number(flags.bytes_warning), number(flags.quiet), number(1),
                                number(flags.isolated), Value::boolean(dev_mode), number(has_x_option(flags, "utf8")),
                                number(has_x_option(flags, "warn_default_encoding")),
                                Value::boolean(flags.safe_path || flags.isolated),
                                number(has_x_option(flags, "int_max_str_digits") ? vm.int_max_str_digits : -1)}));
  set("dont_write_bytecode", Value::boolean(flags.dont_write_bytecode));
  // Development mode shows every warning once per place: a "default" filter first.
  std::vector<std::string> warn_options = flags.warn_options;
  if (dev_mode) warn_options.insert(warn_options.begin(), "default");
  set("warnoptions", string_list(vm, warn_options));
  Ref<Dict> x_options = make_dict(vm);
  for (const std::string& option : flags.x_options) {
    auto [name, value] = x_option(vm, option);
    dict_set(vm, x_options.get(), make_str(vm, name), value);
  }
  set("_xoptions", Value(x_options));
  set("orig_argv", string_list(vm, flags.orig_argv));
}

}  // namespace

Value make_sys_module(VM& vm) {
  Value module = make_module_with_functions(vm, "sys", kSysFunctions);
  add_module_functions(vm, module, vm.intern("sys"), std::span(kSysTraceFunctions, kSysTraceFunctionCount));
  Dict* dict = module_dict(module);
  auto set = [&](const char* name, Value value) { dict_set_str(vm, dict, vm.intern(name), value); };
  set("__excepthook__", dict_get_str(dict, vm.intern("excepthook")));
  set("argv", string_list(vm, vm.argv));
  set("path", string_list(vm, vm.module_search_path));
  set("modules", vm.modules);
  set("stdin", vm.stdin_stream);
  set("__stdin__", vm.stdin_stream);
  set("stdout", vm.stdout_stream);
  set("stderr", vm.stderr_stream);
  set("__stdout__", vm.stdout_stream);
  set("__stderr__", vm.stderr_stream);
  set("maxsize", Value::small_int(INT64_MAX));
  set("maxunicode", Value::small_int(0x10FFFF));
  set("byteorder", make_str(vm, "little"));
  set("platform", make_str(vm, "linux"));
  set("executable", make_str(vm, executable_path()));
  set("version", make_str(vm, "3.11.7 (pyvm " PYVM_VERSION ")"));
  set("version_info", struct_sequence(vm, "version_info",
                                      {"major", "minor", "micro", "releaselevel", "serial"},
                                      {Value::small_int(3), Value::small_int(11), Value::small_int(7),
                                       make_str(vm, "final"), Value::small_int(0)}));
  set("implementation", implementation(vm, dict_get_str(dict, vm.intern("version_info"))));
  set("float_info",
      struct_sequence(vm, "float_info",
                      {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                       "mant_dig", "epsilon", "radix", "rounds"},
                      {Value::floating(DBL_MAX), Value::small_int(DBL_MAX_EXP),
                       Value::small_int(DBL_MAX_10_EXP), Value::floating(DBL_MIN),
                       Value::small_int(DBL_MIN_EXP), Value::small_int(DBL_MIN_10_EXP),
                       Value::small_int(DBL_DIG), Value::small_int(DBL_MANT_DIG),
                       Value::floating(DBL_EPSILON), Value::small_int(FLT_RADIX), Value::small_int(1)}));
  // CPython's digit layout, which programs read to size their arithmetic.
  set("int_info", struct_sequence(vm, "int_info",
                                  {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                   "str_digits_check_threshold"},
                                  {Value::small_int(30), Value::small_int(4), Value::small_int(4300),
                                   Value::small_int(640)}));
  // The numeric hash's parameters; fractions and decimal hash with them so that
  // equal numbers of different types hash alike (int.cpp's kHashModulus).
  set("hash_info",
      struct_sequence(
          vm, "hash_info",
          {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits",
           "cutoff"},
          {Value::small_int(64), Value::small_int((int64_t{1} << 61) - 1), Value::small_int(314159),
           Value::small_int(0), Value::small_int(1000003), make_str(vm, "siphash13"),
           Value::small_int(64), Value::small_int(128), Value::small_int(0)}));
  set("hexversion", Value::small_int(0x030B07F0));
  set("builtin_module_names", builtin_module_names(vm));
  add_startup_flags(vm, dict);
  return module;
}

}  // namespace pyvm
