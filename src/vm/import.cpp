// SPDX-License-Identifier: GPL-3.0-or-later
// The import system: finding modules (native, or .py files and packages on
// sys.path), running them once into sys.modules, and the IMPORT_NAME /
// IMPORT_FROM / IMPORT_STAR instructions.
#include <sys/stat.h>

#include "bytecode/code_object.h"
#include "bytecode/loader.h"
#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/keyboard_interrupt.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/bytecode_cache.h"
#include "vm/file_io.h"
#include "vm/instructions.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

bool is_file(const std::string& path) {
  struct stat info;
  return stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

bool is_directory(const std::string& path) {
  struct stat info;
  return stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

// ModuleNotFoundError for `name`; `parent_name` is set when the parent
// module exists but is not a package.
Value raise_module_not_found(VM& vm, std::string_view name, std::string_view parent_name = {}) {
  std::string message = cat("No module named '", name, "'");
  if (!parent_name.empty()) message += cat("; '", parent_name, "' is not a package");
  Value exception = make_exception(vm, vm.exception_type(Exc::kModuleNotFoundError),
                                   make_tuple(vm, {make_str(vm, message)}));
  if (exception.is_null() || !set_attr(vm, exception, vm.names.name, make_str(vm, name))) {
    return Value();
  }
  return vm.raise_exception(exception);
}

// The directories to search for a module: sys.path for a top-level one, the
// parent package's __path__ for a submodule. False when the parent is not a
// package (it has no __path__; it may be any object put in sys.modules), or
// reading __path__ failed otherwise.
bool search_directories(VM& vm, const Value& parent, std::vector<std::string>* out) {
  Value path_list;
  if (parent.is_null()) {
    path_list = dict_get_str(module_dict(vm.sys_module), vm.names.path);
  } else {
    path_list = get_attr_optional(vm, parent, vm.names.dunder_path);
    if (path_list.is_null()) return false;
  }
  if (path_list.is_null() || !is_list(path_list)) return true;
  for (const Value& entry : as_list(path_list)->items) {
    if (is_str(entry)) out->push_back(std::string(as_str(entry)->view()));
  }
  return true;
}

// Registers `module` as `name` in sys.modules and runs `code` in it (the
// entry is removed again if that fails). The module may replace itself in
// sys.modules: what is registered at the end is the result.
Value run_module_code(VM& vm, Str* name, const Value& module, CodeObject* code) {
  Value key = Value::from_object(name);
  if (!dict_set(vm, as_dict(vm.modules), key, module)) return Value();
  if (vm.run_code(code, module_dict(module)).is_null()) {
    Value error = vm.take_error();
    dict_delete(vm, as_dict(vm.modules), key);
    vm.raise_exception(error);
    return Value();
  }
  Value registered = dict_get(vm, as_dict(vm.modules), key);
  return registered.is_null() ? module : registered;
}

// Compiles (or loads from the import cache) and runs a module's source file into a new module registered as
// `full_name` in sys.modules (removed again if running it fails).
Value load_source_module(VM& vm, const std::string& full_name, const std::string& path,
                         const std::string& package_directory) {
  std::string source;
  if (!read_file(path, &source)) return vm.raise(Exc::kImportError, cat("cannot read '", path, "'"));
  Str* name = vm.intern(full_name);
  Value module = make_module(vm, name);
  Dict* globals = module_dict(module);
  dict_set_str(vm, globals, vm.names.dunder_file, make_str(vm, path));
  dict_set_str(vm, globals, vm.names.dunder_builtins, vm.builtins_module);
  const bool is_package = !package_directory.empty();
  if (is_package) {
    Ref<List> path = make_list(vm);
    path->items.push_back(make_str(vm, package_directory));
    dict_set_str(vm, globals, vm.names.dunder_path, Value(path));
    dict_set_str(vm, globals, vm.names.dunder_package, Value::from_object(name));
  } else {
    const size_t dot = full_name.rfind('.');
    dict_set_str(vm, globals, vm.names.dunder_package,
                 make_str(vm, dot == std::string::npos ? "" : full_name.substr(0, dot)));
  }
  Value code = compile_with_cache(vm, path, source);  // a code object, or null
  if (code.is_null()) return Value();
  return run_module_code(vm, name, module, code.as<CodeObject>());
}

// Runs a frozen module (vm/frozen_modules.h) into a new module registered
// as `full_name`, as load_source_module does for a file. A frozen package's
// __path__ is empty: its submodules are frozen too.
Value load_frozen_module(VM& vm, const std::string& full_name, const FrozenModule& frozen) {
  std::string error;
  const std::string_view bytes(reinterpret_cast<const char*>(frozen.bytecode.data()), frozen.bytecode.size());
  Ref<CodeObject> code = load_pvc(vm, bytes, cat("<frozen ", full_name, ">"), &error);
  if (!code) return vm.raise(Exc::kImportError, error);
  Str* name = vm.intern(full_name);
  Value module = make_module(vm, name);
  module.as<Module>()->origin = ModuleOrigin::kFrozen;  // its repr: "<module 'abc' (frozen)>"
  Dict* globals = module_dict(module);
  dict_set_str(vm, globals, vm.names.dunder_builtins, vm.builtins_module);
  if (frozen.is_package) {
    dict_set_str(vm, globals, vm.names.dunder_path, Value(make_list(vm)));
    dict_set_str(vm, globals, vm.names.dunder_package, Value::from_object(name));
  } else {
    const size_t dot = full_name.rfind('.');
    dict_set_str(vm, globals, vm.names.dunder_package,
                 make_str(vm, dot == std::string::npos ? "" : full_name.substr(0, dot)));
  }
  return run_module_code(vm, name, module, code.get());
}

// Imports one dotted name whose parent (if any) is already imported.
Value import_single(VM& vm, const std::string& full_name, const Value& parent) {
  Value cached = dict_get_str(as_dict(vm.modules), vm.intern(full_name));
  if (!cached.is_null()) return cached;
  const size_t dot = full_name.rfind('.');
  const std::string short_name = dot == std::string::npos ? full_name : full_name.substr(dot + 1);
  Value module;
  if (parent.is_null()) {
    if (const NativeModule* native = find_native_module(vm.native_modules, full_name)) module = native->make(vm);
  }
  if (module.is_null() && vm.has_error()) return Value();  // a native module failed to build
  if (!module.is_null()) {
    dict_set_str(vm, as_dict(vm.modules), vm.intern(full_name), module);
  } else {
    std::vector<std::string> directories;
    if (!search_directories(vm, parent, &directories)) {
      if (vm.has_error()) return Value();
      return raise_module_not_found(vm, full_name, full_name.substr(0, full_name.rfind('.')));
    }
    for (const std::string& directory : directories) {
      // Each probe is file-system work that sys.path's length decides: it
      // takes a step of the budget and notices Ctrl-C.
      if (poll_interrupt(vm)) return Value();
      const std::string base = directory.empty() ? short_name : directory + "/" + short_name;
      if (is_directory(base) && is_file(base + "/__init__.py")) {
        module = load_source_module(vm, full_name, base + "/__init__.py", base);
        break;
      }
      if (is_file(base + ".py")) {
        module = load_source_module(vm, full_name, base + ".py", "");
        break;
      }
    }
    if (module.is_null() && !vm.has_error()) {
      if (const FrozenModule* frozen = find_frozen_module(vm.frozen_modules, full_name)) {
        module = load_frozen_module(vm, full_name, *frozen);
      }
    }
    if (module.is_null()) {
      if (vm.has_error()) return Value();
      return raise_module_not_found(vm, full_name);
    }
  }
  if (!parent.is_null()) {
    if (!set_attr(vm, parent, vm.intern(short_name), module)) return Value();
  }
  return module;
}

// Whether the host lets programs import `full_name` (VM::importable_modules,
// which names top-level modules); ImportError if not. Every import is
// checked, those the standard library's modules make too, so that a
// permitted module cannot hand out a forbidden one.
bool may_import(VM& vm, const std::string& full_name) {
  if (!vm.importable_modules) return true;
  const std::string top = full_name.substr(0, full_name.find('.'));
  if (vm.importable_modules->contains(top)) return true;
  vm.raise(Exc::kImportError, cat("import of '", top, "' is not allowed here"));
  return false;
}

// The package a relative import is relative to.
bool resolve_package(VM& vm, const Value& globals, int64_t level, std::string* out) {
  Value package;
  if (is_dict(globals)) {
    package = dict_get_str(as_dict(globals), vm.names.dunder_package);
    if (package.is_null() || package.is_none()) {
      Value name = dict_get_str(as_dict(globals), vm.names.dunder_name);
      if (!name.is_null() && is_str(name)) {
        std::string text(as_str(name)->view());
        if (dict_find_str(as_dict(globals), vm.names.dunder_path) < 0) {
          const size_t dot = text.rfind('.');
          text = dot == std::string::npos ? "" : text.substr(0, dot);
        }
        package = make_str(vm, text);
      }
    }
  }
  if (package.is_null() || !is_str(package) || as_str(package)->size == 0) {
    vm.raise(Exc::kImportError, "attempted relative import with no known parent package");
    return false;
  }
  std::string base(as_str(package)->view());
  for (int64_t i = 1; i < level; ++i) {
    const size_t dot = base.rfind('.');
    if (dot == std::string::npos) {
      vm.raise(Exc::kImportError, "attempted relative import beyond top-level package");
      return false;
    }
    base = base.substr(0, dot);
  }
  *out = base;
  return true;
}

}  // namespace

Value VM::import_module(Str* name, const Value& globals, const Value& fromlist, int64_t level) {
  std::string full_name(name->view());
  if (level > 0) {
    std::string package;
    if (!resolve_package(*this, globals, level, &package)) return Value();
    full_name = full_name.empty() ? package : package + "." + full_name;
  }
  if (full_name.empty()) return raise(Exc::kValueError, "Empty module name");
  if (!may_import(*this, full_name)) return Value();
  // Import every prefix: a, a.b, a.b.c.
  Value top, module;
  size_t start = 0;
  while (true) {
    const size_t dot = full_name.find('.', start);
    const std::string prefix = full_name.substr(0, dot);
    module = import_single(*this, prefix, module);
    if (module.is_null()) return Value();
    if (top.is_null()) top = module;
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  const bool has_fromlist = !fromlist.is_null() && !fromlist.is_none() && truth(*this, fromlist) > 0;
  if (!has_fromlist) {
    // `import a.b.c` binds a; a relative `from . import x` needs the package.
    if (level > 0 && name->size == 0) return module;
    if (level > 0) {
      std::string package;
      resolve_package(*this, globals, level, &package);
      return dict_get_str(as_dict(modules), intern(package.substr(0, package.find('.'))));
    }
    return top;
  }
  // from package import submodule: import the submodules the list names
  // that are not attributes yet. (sys.modules may hold any object, so the
  // module is only looked at through its attributes.)
  Value package_path = get_attr_optional(*this, module, names.dunder_path);
  if (package_path.is_null()) return has_error() ? Value() : module;
  const bool ok = for_each(*this, fromlist, [&](Value item) {
    if (!is_str(item)) return true;
    Str* attribute = intern(as_str(item));
    if (attribute->view() == "*") return true;
    if (!get_attr_optional(*this, module, attribute).is_null() || has_error()) return !has_error();
    Value submodule =
        import_single(*this, full_name + "." + std::string(attribute->view()), module);
    if (submodule.is_null() && error_matches(Exc::kModuleNotFoundError)) clear_error();
    return !has_error();
  });
  return ok ? module : Value();
}

std::string VM::find_main_module(const std::string& name, const FrozenModule** frozen) {
  if (name.empty()) {
    raise(Exc::kImportError, "Empty module name");
    return "";
  }
  // The packages around it are imported first (running their __init__).
  Value parent;
  const size_t dot = name.rfind('.');
  if (dot != std::string::npos) {
    const std::string parent_name = name.substr(0, dot);
    if (import_module(intern(parent_name), Value(), Value(), 0).is_null()) return "";
    parent = dict_get_str(as_dict(modules), intern(parent_name));
    if (parent.is_null()) {
      raise(Exc::kImportError, cat("No module named ", name));  // (runpy's words, without quotes)
      return "";
    }
  }
  std::vector<std::string> directories;
  if (!search_directories(*this, parent, &directories)) {
    if (!has_error()) raise(Exc::kImportError, cat("No module named ", name));
    return "";
  }
  const std::string short_name = dot == std::string::npos ? name : name.substr(dot + 1);
  for (const std::string& directory : directories) {
    if (poll_interrupt(*this)) return "";
    const std::string base = directory.empty() ? short_name : directory + "/" + short_name;
    if (is_directory(base) && is_file(base + "/__init__.py")) {
      // A package runs its __main__ submodule, once the package is imported.
      if (import_module(intern(name), Value(), Value(), 0).is_null()) return "";
      const std::string main_path = find_main_module(name + ".__main__", frozen);
      if (main_path.empty() && error_matches(Exc::kImportError)) {
        clear_error();
        raise(Exc::kImportError, cat("No module named ", name, ".__main__; '", name,
                                     "' is a package and cannot be directly executed"));
      }
      return main_path;
    }
    if (is_file(base + ".py")) return base + ".py";
  }
  if (const FrozenModule* found = find_frozen_module(frozen_modules, name)) {
    if (!found->is_package) {
      *frozen = found;
      return cat("<frozen ", name, ">");
    }
    if (import_module(intern(name), Value(), Value(), 0).is_null()) return "";
    const std::string main_path = find_main_module(name + ".__main__", frozen);
    if (main_path.empty() && error_matches(Exc::kImportError)) {
      clear_error();
      raise(Exc::kImportError, cat("No module named ", name, ".__main__; '", name,
                                   "' is a package and cannot be directly executed"));
    }
    return main_path;
  }
  raise(Exc::kImportError, cat("No module named ", name));
  return "";
}

Value import_name(VM& vm, Frame* frame, Str* name, const Value& fromlist, const Value& level) {
  // A replaced builtins.__import__ is honoured.
  Value hook = dict_get_str(frame->builtins, vm.names.dunder_import);
  int64_t depth = 0;
  if (level.is_small_int()) depth = level.as_small_int();
  if (!hook.is_null() && vm.type_of(hook) != vm.native_function_type) {
    const Value args[] = {Value::from_object(name), Value::from_object(frame->globals),
                          frame->locals.is_null() ? Value::none() : frame->locals, fromlist, level};
    return call(vm, hook, args, 5);
  }
  return vm.import_module(name, Value::from_object(frame->globals), fromlist, depth);
}

Value import_from(VM& vm, const Value& module, Str* name) {
  Value value = get_attr_optional(vm, module, name);
  if (!value.is_null() || vm.has_error()) return value;
  // A submodule imported since (circular imports) may only be in sys.modules.
  Value module_name = get_attr_optional(vm, module, vm.names.dunder_name);
  vm.clear_error();
  if (!module_name.is_null() && is_str(module_name)) {
    Value found = dict_get_str(as_dict(vm.modules), vm.intern(cat(as_str(module_name)->view(), ".", name->view())));
    if (!found.is_null()) return found;
  }
  Value file = get_attr_optional(vm, module, vm.names.dunder_file);
  vm.clear_error();
  const std::string location = !file.is_null() && is_str(file) ? std::string(as_str(file)->view()) : "unknown location";
  const std::string shown_module = module_name.is_null() || !is_str(module_name) ? "<unknown module name>"
                                                                                   : std::string(as_str(module_name)->view());
  Value exception = make_exception(vm, vm.exception_type(Exc::kImportError),
                                   make_tuple(vm, {make_str(vm, cat("cannot import name '", name->view(), "' from '",
                                                                    shown_module, "' (", location, ")"))}));
  if (exception.is_null() ||
      !set_attr(vm, exception, vm.names.name,
                module_name.is_null() ? Value::none() : module_name) ||
      !set_attr(vm, exception, vm.names.path, file.is_null() ? Value::none() : file)) {
    return Value();
  }
  return vm.raise_exception(exception);
}

bool import_star(VM& vm, Frame* frame, const Value& module) {
  Value names = get_attr_optional(vm, module, vm.names.dunder_all);
  if (vm.has_error()) return false;
  const Value& target = frame->locals.is_null() ? Value::from_object(frame->globals) : frame->locals;
  auto store = [&](Str* name) {
    Value value = get_attr(vm, module, name);
    return !value.is_null() && set_item(vm, target, Value::from_object(name), value);
  };
  if (!names.is_null()) {
    return for_each(vm, names, [&](Value item) {
      if (!is_str(item)) {
        vm.raise(Exc::kTypeError, cat("Item in ", "__all__", " must be str, not ", type_name(vm, item)));
        return false;
      }
      return store(vm.intern(as_str(item)));
    });
  }
  // The public names of the module's __dict__, which may be any mapping
  // (sys.modules can hold a class, whose __dict__ is a mappingproxy).
  Value dict = get_attr(vm, module, vm.names.dunder_dict);
  if (dict.is_null()) {
    if (vm.error_matches(Exc::kAttributeError)) {
      vm.raise(Exc::kImportError, "from-import-* object has no __dict__ and no __all__");
    }
    return false;
  }
  Value keys = call_method(vm, dict, vm.names.keys, nullptr, 0);
  if (keys.is_null()) return false;
  std::vector<Str*> public_names;
  const bool listed = for_each(vm, keys, [&](Value key) {
    if (is_str(key) && !as_str(key)->view().starts_with("_")) {
      public_names.push_back(vm.intern(as_str(key)));
    }
    return true;
  });
  if (!listed) return false;
  for (Str* name : public_names) {
    if (!store(name)) return false;
  }
  return true;
}

}  // namespace pyvm
