// SPDX-License-Identifier: GPL-3.0-or-later
// Code objects: location and handler lookup, and the `code` type.
#include "bytecode/code_object.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>

#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/list.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
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

int64_t cpython_code_flags(const CodeObject& code) {
  if (!code.has_flag(kCodeFunction)) return 0;
  int64_t flags = kCoOptimized | kCoNewLocals;
  if (code.has_flag(kCodeVarargs)) flags |= kCoVarargs;
  if (code.has_flag(kCodeVarkeywords)) flags |= kCoVarkeywords;
  if (code.has_flag(kCodeNested)) flags |= kCoNested;
  if (code.has_flag(kCodeGenerator)) flags |= kCoGenerator;
  if (code.has_flag(kCodeCoroutine)) flags |= kCoCoroutine;
  if (code.has_flag(kCodeAsyncGenerator)) flags |= kCoAsyncGenerator;
  return flags;
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
Value co_flags(Runtime&, const Value& self) {
  return Value::small_int(cpython_code_flags(*as_code(self)));
}
Value co_varnames(Runtime& rt, const Value& self) { return names_tuple(rt, as_code(self)->local_names); }
Value co_cellvars(Runtime& rt, const Value& self) { return names_tuple(rt, as_code(self)->cell_names); }
Value co_freevars(Runtime& rt, const Value& self) { return names_tuple(rt, as_code(self)->free_names); }
Value co_names(Runtime& rt, const Value& self) { return names_tuple(rt, as_code(self)->names); }
Value co_consts(Runtime& rt, const Value& self) { return make_tuple_from(rt, as_code(self)->constants); }
Value co_code(Runtime& rt, const Value& self) {
  const std::vector<uint32_t>& words = as_code(self)->instructions;
  std::string bytes;
  for (const uint32_t running : words) {
    const uint32_t word = base_instruction(running);  // (as compiled: no specialized forms)
    for (int shift = 0; shift < 32; shift += 8) bytes.push_back(static_cast<char>((word >> shift) & 0xFF));
  }
  return make_bytes(rt, bytes);
}

// A line number as co_lines() and co_positions() give it: None when unknown.
Value optional_number(int32_t number) {
  return number > 0 ? Value::small_int(number) : Value::none();
}
Value optional_column(int32_t column) {
  return column >= 0 ? Value::small_int(column) : Value::none();
}

// co_lines(): (start, end, line) for each run of instructions on one line,
// in instruction offsets (pyvm counts instructions, CPython bytes).
// Neighbouring runs on the same line are one, as CPython's.
Value code_co_lines(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "code.co_lines", nargs - 1, kwnames)) return Value();
  const CodeObject* code = as_code(args[0]);
  const size_t count = code->instructions.size();
  std::vector<Value> ranges;
  size_t start = 0;
  while (start < count) {
    const int32_t line = code->line_of(start);
    size_t end = start + 1;
    while (end < count && code->line_of(end) == line) ++end;
    ranges.push_back(
        make_tuple(rt, {Value::small_int(static_cast<int64_t>(start)),
                        Value::small_int(static_cast<int64_t>(end)), optional_number(line)}));
    start = end;
  }
  return get_iter(rt, Value(make_list(rt, ranges)));
}

// co_positions(): (line, end_line, column, end_column) for each instruction.
Value code_co_positions(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "code.co_positions", nargs - 1, kwnames)) return Value();
  const CodeObject* code = as_code(args[0]);
  std::vector<Value> positions;
  positions.reserve(code->instructions.size());
  for (size_t i = 0; i < code->instructions.size(); ++i) {
    const LineEntry where = code->location_of(i);
    positions.push_back(
        make_tuple(rt, {optional_number(where.line), optional_number(where.end_line),
                        optional_column(where.column), optional_column(where.end_column)}));
  }
  return get_iter(rt, Value(make_list(rt, positions)));
}

const MethodDef kCodeMethods[] = {
    {"co_lines", code_co_lines},
    {"co_positions", code_co_positions},
};

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
  define_builtin_type(rt, type, "code", rt.object_type, sizeof(CodeObject), kTypeHasGc | kTypeWeakReferenceable,
                      dealloc_object<CodeObject>);
  type->traverse = code_traverse;
  type->clear = code_clear;
  type->repr = code_repr;
  add_methods(rt, type, kCodeMethods);
  add_getsets(rt, type, kCodeGetSets);
  finish_type(rt, type);
}

bool has_layout(const Object* object, const CodeObject*) {
  return layout_extends(object, object->type->runtime->code_type);
}

}  // namespace pyvm
