// SPDX-License-Identifier: GPL-3.0-or-later
// The gc module: the cycle collector (runtime/gc.h) seen from Python —
// collect(), enable(), disable(), isenabled().
#include "lib/native_modules.h"
#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

// gc.collect(): runs a collection now (even when disabled, as CPython) and
// returns how many objects it found unreachable.
Value gc_collect(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "gc.collect", kwnames)) return Value();
  if (nargs > 1) return rt.raise(Exc::kTypeError, cat("collect() takes at most 1 argument (", nargs, " given)"));
  const bool enabled = rt.gc.enabled;
  rt.gc.enabled = true;
  const size_t freed = rt.gc.collect_all();
  rt.gc.enabled = enabled;
  return Value::small_int(static_cast<int64_t>(freed));
}

Value gc_enable(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "gc.enable", nargs, kwnames)) return Value();
  rt.gc.enabled = true;
  return Value::none();
}

Value gc_disable(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "gc.disable", nargs, kwnames)) return Value();
  rt.gc.enabled = false;
  return Value::none();
}

Value gc_isenabled(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "gc.isenabled", nargs, kwnames)) return Value();
  return Value::boolean(rt.gc.enabled);
}

const MethodDef kGcFunctions[] = {
    {"collect", gc_collect},
    {"enable", gc_enable},
    {"disable", gc_disable},
    {"isenabled", gc_isenabled},
};

}  // namespace

Value make_gc_module(VM& vm) { return make_module_with_functions(vm, "gc", kGcFunctions); }

}  // namespace pyvm
