// SPDX-License-Identifier: GPL-3.0-or-later
#include "lib/standard_library.h"

#include "lib/builtins_module.h"
#include "lib/io.h"
#include "lib/native_modules.h"
#include "lib/streams.h"
#include "runtime/dict.h"

namespace pyvm {

namespace {

// The native modules, by name. sys and builtins are not rows: every VM
// gets them when the library is installed.
const NativeModule kNativeModules[] = {
    {"_collections", make_collections_module},  // deque
    {"_io", [](VM& vm) { return make_io_module(vm, "_io"); }},
    {"_pyvm", make_pyvm_module},  // helpers for the frozen standard library
    {"_random", make_random_module},
    {"_re", make_re_module},
    {"_struct", make_struct_module},
    {"_warnings", make_warnings_module},
    {"_weakref", make_weakref_module},
    {"array", make_array_module},
    {"atexit", make_atexit_module},
    {"binascii", make_binascii_module},
    {"cmath", make_cmath_module},
    {"dis", make_dis_module},
    {"errno", make_errno_module},
    {"gc", make_gc_module},
    {"hashlib", make_hashlib_module},
    {"io", [](VM& vm) { return make_io_module(vm, "io"); }},
    {"math", make_math_module},
    {"posix", make_posix_module},  // the system calls under os.py
    {"time", make_time_module},
    {"unicodedata", make_unicodedata_module},
};

}  // namespace

std::span<const NativeModule> standard_native_modules() { return kNativeModules; }

void install_standard_library(VM& vm) {
  vm.native_modules = standard_native_modules();
  init_io_types(vm);
  init_stream_type(vm);
  vm.stdin_stream = make_stream(vm, 0, "<stdin>");
  vm.stdout_stream = make_stream(vm, 1, "<stdout>");
  vm.stderr_stream = make_stream(vm, 2, "<stderr>");
  vm.builtins_module = make_builtins_module(vm);
  dict_set_str(vm, as_dict(vm.modules), vm.names.builtins, vm.builtins_module);
  vm.sys_module = make_sys_module(vm);
  dict_set_str(vm, as_dict(vm.modules), vm.intern("sys"), vm.sys_module);
}

}  // namespace pyvm
