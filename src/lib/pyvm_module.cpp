// SPDX-License-Identifier: GPL-3.0-or-later
// The _pyvm module: what the standard library's Python modules (lib/python/)
// need from the VM that Python code cannot do itself. It is private to
// them; CPython has no such module.
//
//   set_collection_flags(cls, flags)  marks a class, and its subclasses, as
//       a sequence or a mapping for `match` (CPython's Py_TPFLAGS_SEQUENCE,
//       1 << 5, and Py_TPFLAGS_MAPPING, 1 << 6): what _abc does for
//       collections.abc.Sequence and Mapping, their subclasses and the
//       classes registered with them.
//   set_message_name(cls, name)  makes messages name the class `name`
//       ("unsupported operand type(s) for -: 'datetime.date' and 'int'"),
//       as CPython's do for its C types (their tp_name): for the classes
//       of modules CPython writes in C, such as datetime.
//   caret_anchors(segment)  the (left, right) code-point offsets of the
//       operator of a binary operation or the brackets of a subscript in a
//       traceback entry's failing expression, or None: how traceback marks
//       them `~~^^^~~` as pyvm's own printer does (it needs the parser).
#include "lib/native_modules.h"
#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/traceback_printer.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

constexpr int64_t kSequenceFlag = int64_t{1} << 5;  // CPython's bit values
constexpr int64_t kMappingFlag = int64_t{1} << 6;

// CPython's set_collection_flag_recursive: built-in types keep theirs, and
// a class already marked so stops the walk.
void set_collection_flag(Type* type, uint32_t flag) {
  const uint32_t both = kTypeSequence | kTypeMapping;
  if (!type->has_flag(kTypeHeapType) || (type->flags & both) == flag) return;
  type->flags = (type->flags & ~both) | flag;
  for (Type* subclass : type->subclasses) set_collection_flag(subclass, flag);
}

Value pyvm_set_collection_flags(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "set_collection_flags", nargs, kwnames, 2, 2)) return Value();
  if (!rt.type_of(args[0])->has_flag(kTypeTypeSubclass) || !args[1].is_small_int()) {
    return rt.raise(Exc::kTypeError, "set_collection_flags() takes a class and an int");
  }
  const int64_t flags = args[1].as_small_int();
  if (flags & kSequenceFlag) set_collection_flag(args[0].as<Type>(), kTypeSequence);
  else if (flags & kMappingFlag) set_collection_flag(args[0].as<Type>(), kTypeMapping);
  return Value::none();
}

Value pyvm_set_message_name(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "set_message_name", nargs, kwnames, 2, 2)) return Value();
  if (!rt.type_of(args[0])->has_flag(kTypeTypeSubclass) || !is_str(args[1])) {
    return rt.raise(Exc::kTypeError, "set_message_name() takes a class and a str");
  }
  args[0].as<Type>()->message_name = Ref<Str>::borrow(rt.intern(as_str(args[1])->view()));
  return Value::none();
}

Value pyvm_caret_anchors(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "caret_anchors", nargs, kwnames, 1, 1)) return Value();
  if (!is_str(args[0])) return rt.raise(Exc::kTypeError, "caret_anchors() takes a str");
  int64_t left = 0, right = 0;
  if (!find_caret_anchors(std::string(as_str(args[0])->view()), &left, &right)) return Value::none();
  return make_tuple(rt, {Value::small_int(left), Value::small_int(right)});
}

const MethodDef kPyvmFunctions[] = {
    {"set_collection_flags", pyvm_set_collection_flags},
    {"set_message_name", pyvm_set_message_name},
    {"caret_anchors", pyvm_caret_anchors},
};

}  // namespace

Value make_pyvm_module(VM& vm) { return make_module_with_functions(vm, "_pyvm", kPyvmFunctions); }

}  // namespace pyvm
