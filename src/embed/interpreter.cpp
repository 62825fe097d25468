// SPDX-License-Identifier: GPL-3.0-or-later
// pyvm::Interpreter (include/pyvm/interpreter.h) and what stands behind it
// (interpreter_impl.h): setting up the VM, running code under the host's
// limits, globals, and the exceptions that leave Python for the host.
#include "embed/interpreter_impl.h"

#include <pthread.h>

#include <algorithm>
#include <cstdint>
#include <utility>

#include "bytecode/code_object.h"
#include "embed/host_class.h"
#include "embed/host_function.h"
#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/slots.h"
#include "runtime/str.h"
#include "tools/bytecode_commands.h"
#include "vm/file_io.h"
#include "vm/frozen_modules.h"
#include "vm/traceback_printer.h"

namespace pyvm {

namespace {

// The native stack pyvm may use below the point where the host first calls
// it (its own recursion is checked against this; Python calls use none).
constexpr size_t kNativeStackBytes = size_t{1} << 20;

// The lowest address of this thread's stack (0: unknown), found once per
// thread: pthread_getattr_np reads /proc for the main thread.
uintptr_t stack_low_end() {
  thread_local const uintptr_t low_end = [] {
    pthread_attr_t attributes;
    if (pthread_getattr_np(pthread_self(), &attributes) != 0) return uintptr_t{0};
    void* low = nullptr;
    size_t size = 0;
    const bool known = pthread_attr_getstack(&attributes, &low, &size) == 0;
    pthread_attr_destroy(&attributes);
    return known ? reinterpret_cast<uintptr_t>(low) : uintptr_t{0};
  }();
  return low_end;
}

// kNativeStackBytes, or on a thread with less stack left three quarters of
// what is left (the rest is for the code between two checks), so that no
// host thread's stack overflows.
size_t native_stack_budget() {
  char here;
  const uintptr_t low_end = stack_low_end();
  const auto position = reinterpret_cast<uintptr_t>(&here);
  if (low_end == 0 || position <= low_end) return kNativeStackBytes;
  return std::min(kNativeStackBytes, (position - low_end) / 4 * 3);
}

}  // namespace

Error::Error(std::string type_name, std::string message, std::string traceback, PyObject exception)
    : std::runtime_error(message.empty() ? type_name : type_name + ": " + message),
      type_name_(std::move(type_name)),
      message_(std::move(message)),
      traceback_(std::move(traceback)),
      exception_(std::move(exception)) {}

// ------------------------------------------------------------------ Impl

Interpreter::Impl::Impl(Interpreter& owner, Limits initial_limits,
                        std::unique_ptr<MemoryAccount> account)
    : self(owner), memory_account(std::move(account)), limits(std::move(initial_limits)) {
  handles.previous = handles.next = &handles;
  vm.frozen_modules = standard_frozen_modules();
  vm.embedding = this;
  main_module = pyvm::make_module(vm, vm.names.dunder_main);
  dict_set_str(vm, globals(), vm.names.dunder_builtins, vm.builtins_module);
  dict_set_str(vm, as_dict(vm.modules), vm.names.dunder_main, main_module);
  apply_limits();
}

Interpreter::Impl::~Impl() {
  // The host's handles may outlive the interpreter: they let go of their
  // values now, while the VM can still free them.
  for (detail::Handle* handle = handles.next; handle != &handles; handle = handle->next) {
    handle->owner = nullptr;
    Value dropped = std::move(handle->value);
  }
  handles.previous = handles.next = &handles;
  // What is still buffered goes to the host's sink; anything printed while
  // the VM goes (a finalizer's) to the process's streams.
  if (!vm.flush_stdout()) vm.clear_error();
  vm.stdout_sink = nullptr;
  vm.stderr_sink = nullptr;
}

Dict* Interpreter::Impl::globals() const { return module_dict(main_module); }

PyObject Interpreter::Impl::adopt(Value value) {
  auto* handle = new detail::Handle{this, std::move(value), handles.previous, &handles};
  handles.previous->next = handle;
  handles.previous = handle;
  return PyObject(handle);
}

void Interpreter::Impl::release(detail::Handle* handle) {
  if (handle->owner != nullptr) {
    handle->previous->next = handle->next;
    handle->next->previous = handle->previous;
  }
  delete handle;
}

Interpreter::Impl& owner_of(const detail::Handle* handle) {
  if (handle == nullptr) throw Error("ValueError", "the pyvm::PyObject holds no value");
  if (handle->owner == nullptr)
    throw Error("ValueError", "the pyvm::PyObject's interpreter is gone");
  return *handle->owner;
}

const Value& Interpreter::Impl::value_of(const PyObject& object) const {
  if (&owner_of(object.handle()) != this)
    throw Error("ValueError", "the pyvm::PyObject belongs to another interpreter");
  return object.handle()->value;
}

void Interpreter::Impl::apply_limits() {
  vm.recursion_limit = limits.max_recursion_depth > 0 ? limits.max_recursion_depth : 1;
  vm.recursion_limit_ceiling = vm.recursion_limit;
  memory_account->ceiling = limits.max_memory_bytes > 0 ? limits.max_memory_bytes : SIZE_MAX;
  vm.file_access = limits.file_access;
  if (!limits.importable_modules) {
    vm.importable_modules.reset();
    return;
  }
  vm.importable_modules.emplace(limits.importable_modules->begin(),
                                limits.importable_modules->end());
  vm.importable_modules->insert(host_modules.begin(), host_modules.end());
}

void Interpreter::Impl::throw_pending_error() {
  const Value exception = vm.take_error();
  // Describing the exception runs code (str(), the traceback's lines) that
  // an exhausted step budget would stop: it runs unlimited, and the budget
  // is put back as it was for whatever called the host.
  const VM::PausedRun paused = vm.pause_limited_run();
  std::string type_name(vm.type_of(exception)->name->view());
  std::string message;
  if (!str_text(vm, exception, &message)) {
    vm.clear_error();
    message = "(the exception's str() failed)";
  }
  std::string traceback = format_exception(vm, exception);
  PyObject held = adopt(exception);
  vm.resume_limited_run(paused);
  const auto limit_error = [&](Limit limit) {
    return LimitError(limit, std::move(type_name), std::move(message), std::move(traceback),
                      std::move(held));
  };
  switch (vm.step_allowance.exceeded) {
    case ExceededLimit::kInstructions:
      throw limit_error(Limit::kInstructions);
    case ExceededLimit::kTime:
      throw limit_error(Limit::kTime);
    case ExceededLimit::kNone:
      break;
  }
  if (memory_account->refused && vm.type_of(exception) == vm.exception_type(Exc::kMemoryError)) {
    throw limit_error(Limit::kMemory);
  }
  throw Error(std::move(type_name), std::move(message), std::move(traceback), std::move(held));
}

Interpreter::Impl::Entry::Entry(Impl& impl)
    : impl_(impl), memory_scope_(impl.memory_account.get()) {
  if (impl_.entry_depth++ > 0) return;
  impl_.vm.set_native_stack_base(native_stack_budget());
  impl_.memory_account->refused = false;
  const Limits& limits = impl_.limits;
  if (limits.max_instructions > 0 || limits.timeout_seconds > 0) {
    impl_.vm.start_limited_run(limits.max_instructions, limits.timeout_seconds);
  }
}

Interpreter::Impl::Entry::~Entry() {
  if (--impl_.entry_depth > 0) return;
  // The host sees a call's output when the call returns.
  if (!impl_.vm.flush_stdout()) impl_.vm.clear_error();
  impl_.vm.end_limited_run();
}

// ----------------------------------------------------------- Interpreter

Interpreter::Interpreter(Limits limits) {
  auto account = std::make_unique<MemoryAccount>();
  const MemoryAccountScope counting(account.get());
  impl_ = std::make_unique<Impl>(*this, std::move(limits), std::move(account));
}

Interpreter::~Interpreter() {
  const MemoryAccountScope counting(impl_->memory_account.get());
  impl_.reset();
}

size_t Interpreter::memory_used() const { return impl_->memory_account->used; }

void Interpreter::set_limits(Limits limits) {
  impl_->limits = std::move(limits);
  impl_->apply_limits();
}

const Limits& Interpreter::limits() const { return impl_->limits; }

void Interpreter::set_stdout(OutputSink sink) {
  if (!impl_->vm.flush_stdout()) impl_->vm.clear_error();
  impl_->vm.stdout_sink = std::move(sink);
}

void Interpreter::set_stderr(OutputSink sink) { impl_->vm.stderr_sink = std::move(sink); }

void Interpreter::exec(std::string_view source, const std::string& filename) {
  Impl::Entry entry(*impl_);
  VM& vm = impl_->vm;
  const Value code = impl_->checked(vm.compile(source, filename, ParseMode::kFile));
  impl_->checked(vm.run_code(code.as<CodeObject>(), impl_->globals()));
}

void Interpreter::exec_file(const std::string& path) {
  Impl::Entry entry(*impl_);
  VM& vm = impl_->vm;
  std::string contents;
  if (!read_file(path, &contents)) throw Error("OSError", cat("cannot read '", path, "'"));
  std::string error;
  const Value code = load_program(vm, path, contents, &error);
  if (!error.empty()) throw Error("ValueError", error);
  impl_->checked(code);
  impl_->checked(vm.run_code(code.as<CodeObject>(), impl_->globals()));
}

PyObject Interpreter::eval(std::string_view expression) {
  Impl::Entry entry(*impl_);
  VM& vm = impl_->vm;
  const Value code = impl_->checked(vm.compile(expression, "<string>", ParseMode::kExpression));
  return impl_->adopt(impl_->checked(vm.run_code(code.as<CodeObject>(), impl_->globals())));
}

PyObject Interpreter::import(const std::string& module_name) {
  Impl::Entry entry(*impl_);
  VM& vm = impl_->vm;
  impl_->checked(
      vm.import_module(vm.intern(module_name), Value::from_object(impl_->globals()), Value(), 0));
  return impl_->adopt(impl_->checked(dict_get(vm, as_dict(vm.modules), make_str(vm, module_name))));
}

PyObject Interpreter::global(std::string_view name) const {
  Impl::Entry entry(*impl_);
  const Value value = dict_get_str(impl_->globals(), impl_->vm.intern(name));
  if (value.is_null()) throw Error("NameError", cat("name '", name, "' is not defined"));
  return impl_->adopt(value);
}

bool Interpreter::has_global(std::string_view name) const {
  Impl::Entry entry(*impl_);
  return !dict_get_str(impl_->globals(), impl_->vm.intern(name)).is_null();
}

void Interpreter::set_global(std::string_view name, const PyObject& value) {
  Impl::Entry entry(*impl_);
  dict_set_str(impl_->vm, impl_->globals(), impl_->vm.intern(name), impl_->value_of(value));
}

HostParameters Interpreter::Impl::host_parameters(const std::vector<Arg>& parameters) {
  HostParameters made;
  bool after_default = false;
  for (const Arg& parameter : parameters) {
    Value default_value;
    if (parameter.make_default) {
      default_value = value_of(parameter.make_default(self));
      after_default = true;
    } else if (after_default) {
      throw Error("TypeError", cat("parameter '", parameter.name,
                                   "' without a default follows one with a default"));
    }
    made.push_back({parameter.name, std::move(default_value)});
  }
  return made;
}

PyObject Interpreter::make_function(std::string name, HostFunction body,
                                    const std::vector<Arg>& parameters) {
  Impl::Entry entry(*impl_);
  HostParameters named = impl_->host_parameters(parameters);
  return impl_->adopt(
      make_host_function(*impl_, std::move(name), std::move(body), false, std::move(named)));
}

PyObject Interpreter::define_class(std::string name, std::type_index type) {
  Impl::Entry entry(*impl_);
  return impl_->adopt(make_host_class(*impl_, name, type));
}

PyObject Interpreter::make_instance(std::type_index type, std::shared_ptr<void> object) {
  Impl::Entry entry(*impl_);
  const auto found = impl_->classes.find(type);
  if (found == impl_->classes.end()) {
    throw Error("TypeError", cat("the C++ type ", type.name(), " is not bound to a Python class"));
  }
  return impl_->adopt(make_host_instance(*impl_, found->second, type, std::move(object)));
}

void Interpreter::add_method(const PyObject& cls, std::string name, HostFunction body,
                             const std::vector<Arg>& parameters) {
  Impl::Entry entry(*impl_);
  VM& vm = impl_->vm;
  Type* type = impl_->value_of(cls).as<Type>();
  Str* attribute = vm.intern(name);
  HostParameters named = impl_->host_parameters(parameters);
  dict_set_str(vm, type->dict.get(), attribute,
               make_host_function(*impl_, name, std::move(body), true, std::move(named)));
  type_modified(vm, type);
  update_slot_for_attribute(vm, type,
                            attribute);  // a dunder (__add__, __eq__) works as an operator
}

void Interpreter::set_constructor(const PyObject& cls, HostFunction body) {
  Impl::Entry entry(*impl_);
  VM& vm = impl_->vm;
  Type* type = impl_->value_of(cls).as<Type>();
  dict_set_str(vm, type->dict.get(), vm.intern(kHostConstructorName),
               make_host_function(*impl_, std::string(type->name->view()), std::move(body), false));
  type_modified(vm, type);
}

void Interpreter::add_property(const PyObject& cls, std::string name, HostFunction getter,
                               HostFunction setter) {
  Impl::Entry entry(*impl_);
  VM& vm = impl_->vm;
  Type* type = impl_->value_of(cls).as<Type>();
  const Value accessors[] = {
      make_host_function(*impl_, name, std::move(getter), false),
      setter ? make_host_function(*impl_, name, std::move(setter), false) : Value::none()};
  const Value property =
      impl_->checked(pyvm::call(vm, Value::from_object(vm.property_type), accessors, 2));
  dict_set_str(vm, type->dict.get(), vm.intern(name), property);
  type_modified(vm, type);
}

PyObject Interpreter::make_module(std::string name) {
  Impl::Entry entry(*impl_);
  VM& vm = impl_->vm;
  Value module = pyvm::make_module(vm, vm.intern(name));
  dict_set_str(vm, as_dict(vm.modules), vm.intern(name), module);
  impl_->host_modules.insert(name.substr(0, name.find('.')));
  impl_->apply_limits();
  return impl_->adopt(std::move(module));
}

}  // namespace pyvm
