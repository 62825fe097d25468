// Code objects: location and handler lookup, and the `code` type.
#include "bytecode/code_object.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>

#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/object_type.h"
#include "runtime/runtime.h"
#include "runtime/tuple.h"

namespace pyvm {

Ref<CodeObject> make_code(Runtime& rt) {
  return Ref<CodeObject>::steal(new_object<CodeObject>(rt.gc, rt.code_type, 0));
}

LineEntry CodeObject::location_of(size_t instruction) const {
  // The last entry starting at or before the instruction.
  auto it = std::upper_bound(lines.begin(), lines.end(), instruction,
                             [](size_t i, const LineEntry& e) { return i < e.instruction; });
  if (it == lines.begin()) return LineEntry{0, first_line, first_line, -1, -1};
  return *(it - 1);
}

const ExceptionHandler* CodeObject::handler_for(size_t instruction) const {
  auto it = std::upper_bound(handlers.begin(), handlers.end(), instruction,
                             [](size_t i, const ExceptionHandler& h) { return i < h.start; });
  if (it == handlers.begin()) return nullptr;
  const ExceptionHandler& candidate = *(it - 1);
  return instruction < candidate.end ? &candidate : nullptr;
}

namespace {

CodeObject* as_code(const Value& v) { return v.as<CodeObject>(); }

void code_traverse(Object* self, VisitFn visit, void* context) {
  for (const Value& constant : static_cast<CodeObject*>(self)->constants) {
    if (constant.is_object()) visit(constant.as_object(), context);
  }
}

void code_clear(Object* self) {
  std::vector<Value> dropped = std::move(static_cast<CodeObject*>(self)->constants);
  static_cast<CodeObject*>(self)->constants.clear();
}

Value code_repr(Runtime& rt, const Value& self) {
  CodeObject* code = as_code(self);
  char address[32];
  std::snprintf(address, sizeof address, "0x%" PRIxPTR, reinterpret_cast<uintptr_t>(code));
  return make_str(rt, cat("<code object ", code->name->view(), " at ", address, ", file \"",
                          code->filename->view(), "\", line ", code->first_line, ">"));
}

Value names_tuple(Runtime& rt, const std::vector<Ref<Str>>& names) {
  Ref<Tuple> tuple = allocate_tuple(rt, names.size());
  for (size_t i = 0; i < names.size(); ++i) (*tuple)[i] = Value(names[i]);
  return tuple;
}

Value co_name(Runtime&, const Value& self) { return Value(as_code(self)->name); }
Value co_qualname(Runtime&, const Value& self) { return Value(as_code(self)->qualname); }
Value co_filename(Runtime&, const Value& self) { return Value(as_code(self)->filename); }
Value co_firstlineno(Runtime&, const Value& self) {
  return Value::small_int(as_code(self)->first_line);
}
Value co_argcount(Runtime&, const Value& self) {
  return Value::small_int(as_code(self)->argument_count);
}
Value co_posonlyargcount(Runtime&, const Value& self) {
  return Value::small_int(as_code(self)->positional_only_count);
}
Value co_kwonlyargcount(Runtime&, const Value& self) {
  return Value::small_int(as_code(self)->keyword_only_count);
}
Value co_nlocals(Runtime&, const Value& self) {
  return Value::small_int(static_cast<int64_t>(as_code(self)->local_count()));
}
Value co_stacksize(Runtime&, const Value& self) {
  return Value::small_int(as_code(self)->stack_size);
}
Value co_flags(Runtime&, const Value& self) { return Value::small_int(as_code(self)->flags); }
Value co_varnames(Runtime& rt, const Value& self) { return names_tuple(rt, as_code(self)->local_names); }
Value co_cellvars(Runtime& rt, const Value& self) { return names_tuple(rt, as_code(self)->cell_names); }
Value co_freevars(Runtime& rt, const Value& self) { return names_tuple(rt, as_code(self)->free_names); }
Value co_names(Runtime& rt, const Value& self) { return names_tuple(rt, as_code(self)->names); }
Value co_consts(Runtime& rt, const Value& self) { return make_tuple_from(rt, as_code(self)->constants); }
Value co_code(Runtime& rt, const Value& self) {
  const std::vector<uint32_t>& words = as_code(self)->instructions;
  std::string bytes;
  for (uint32_t word : words) {
    for (int shift = 0; shift < 32; shift += 8) bytes.push_back(static_cast<char>((word >> shift) & 0xFF));
  }
  return make_bytes(rt, bytes);
}

const GetSetDef kCodeGetSets[] = {
    {"co_name", co_name},
    {"co_qualname", co_qualname},
    {"co_filename", co_filename},
    {"co_firstlineno", co_firstlineno},
    {"co_argcount", co_argcount},
    {"co_posonlyargcount", co_posonlyargcount},
    {"co_kwonlyargcount", co_kwonlyargcount},
    {"co_nlocals", co_nlocals},
    {"co_stacksize", co_stacksize},
    {"co_flags", co_flags},
    {"co_varnames", co_varnames},
    {"co_cellvars", co_cellvars},
    {"co_freevars", co_freevars},
    {"co_names", co_names},
    {"co_consts", co_consts},
    {"co_code", co_code},
};

}  // namespace

void init_code_type(Runtime& rt) {
  Type* type = rt.code_type;
  define_builtin_type(rt, type, "code", rt.object_type, sizeof(CodeObject), kTypeHasGc,
                      dealloc_object<CodeObject>);
  type->traverse = code_traverse;
  type->clear = code_clear;
  type->repr = code_repr;
  add_getsets(rt, type, kCodeGetSets);
  finish_type(rt, type);
}

}  // namespace pyvm
