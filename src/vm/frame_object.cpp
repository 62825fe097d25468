// SPDX-License-Identifier: GPL-3.0-or-later
// Frame objects: made on demand, detached when their frame finishes, and
// the `frame` type's attributes (f_code, f_locals, f_lineno, f_trace, ...).
#include "vm/frame_object.h"

#include <cinttypes>
#include <cstdio>

#include "bytecode/code_object.h"
#include "runtime/cell.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

FrameObject* as_frame_object(const Value& v) { return v.as<FrameObject>(); }

// The number of named variable slots: locals, cells, frees.
size_t variable_count(const CodeObject* code) {
  return code->local_count() + code->cell_count() + code->free_count();
}

// The value a variable slot stands for: a cell's contents for cells and
// frees (null when unbound).
Value variable_value(const CodeObject* code, size_t slot, const Value& stored) {
  if (slot < code->local_count() || stored.is_null()) return stored;
  return stored.as<Cell>()->contents;
}

// The name of variable slot `slot`.
Str* variable_name(const CodeObject* code, size_t slot) {
  if (slot < code->local_count()) return code->local_names[slot].get();
  slot -= code->local_count();
  if (slot < code->cell_count()) return code->cell_names[slot].get();
  return code->free_names[slot - code->cell_count()].get();
}

// A generator frame that is not running has no caller.
bool is_suspended(const Frame* frame) {
  return frame->generator != nullptr && frame->generator->state != GeneratorState::kRunning;
}

}  // namespace

int frame_object_line(const FrameObject* object) {
  if (object->frame != nullptr) return frame_current_line(object->frame);
  const CodeObject* code = object->code.as<CodeObject>();
  if (object->final_instruction < 0) return code->first_line;
  return code->line_of(static_cast<size_t>(object->final_instruction));
}

int frame_current_line(const Frame* frame) {
  const CodeObject* code = frame->code;
  if (frame->ip == code->instructions.data()) return code->first_line;
  return code->line_of(frame->instruction_index());
}

Value frame_object_of(Runtime& rt, Frame* frame) {
  if (frame->object != nullptr) return Value::from_object(frame->object);
  FrameObject* object = new_object<FrameObject>(rt.gc, vm_of(rt).frame_type, 0, rt.gc);
  object->frame = frame;
  object->code = Value::from_object(frame->code);
  object->globals = Value::from_object(frame->globals);
  object->builtins = frame->builtins ? Value::from_object(frame->builtins) : Value::none();
  object->namespace_dict = frame->locals;
  // The frame's reference (released when it finishes) and the caller's.
  frame->object = object;
  return Value::from_object(object);
}

void detach_frame_object(Frame* frame) {
  FrameObject* object = frame->object;
  Value owned = Value::steal(object);  // the frame's reference
  frame->object = nullptr;
  object->frame = nullptr;
  Runtime& rt = *object->type->runtime;
  object->final_instruction =
      frame->ip == frame->code->instructions.data() ? -1 : static_cast<int>(frame->instruction_index());
  const CodeObject* code = frame->code;
  // Out of memory here, the object only forgets the values and the caller.
  try {
    object->final_variables.reserve(variable_count(code));
    for (size_t i = 0; i < variable_count(code); ++i) {
      object->final_variables.push_back(variable_value(code, i, frame->slots()[i]));
    }
    if (frame->previous != nullptr && !is_suspended(frame)) {
      object->back = frame_object_of(rt, frame->previous);
    }
  } catch (const std::bad_alloc&) {
    object->final_variables.clear();
  }
  if (object->back.is_null()) object->back = Value::none();
}

Value frame_object_locals(Runtime& rt, FrameObject* object) {
  if (!object->namespace_dict.is_null()) return object->namespace_dict;
  const CodeObject* code = object->code.as<CodeObject>();
  if (!code->has_flag(kCodeFunction)) return object->globals;  // module code: its globals
  if (object->locals_dict.is_null()) object->locals_dict = Value(make_dict(rt, 0));
  Dict* dict = as_dict(object->locals_dict);
  for (size_t i = 0; i < variable_count(code); ++i) {
    Value value;
    if (object->frame != nullptr) {
      value = variable_value(code, i, object->frame->slots()[i]);
    } else if (i < object->final_variables.size()) {
      value = object->final_variables[i];
    }
    Str* name = variable_name(code, i);
    if (!value.is_null()) {
      dict_set_str(rt, dict, name, value);
    } else if (!dict_get_str(dict, name).is_null()) {
      if (dict_delete(rt, dict, Value::from_object(name)) < 0) return Value();
    }
  }
  object->locals_read = true;
  return object->locals_dict;
}

void write_back_locals(FrameObject* object) {
  if (!object->locals_read || object->frame == nullptr || object->locals_dict.is_null()) return;
  object->locals_read = false;
  Frame* frame = object->frame;
  const CodeObject* code = frame->code;
  Dict* dict = as_dict(object->locals_dict);
  for (size_t i = 0; i < variable_count(code); ++i) {
    Value value = dict_get_str(dict, variable_name(code, i));
    Value& slot = frame->slots()[i];
    if (i < code->local_count()) {
      slot = std::move(value);
    } else if (!slot.is_null()) {
      slot.as<Cell>()->contents = std::move(value);
    }
  }
}

namespace {

void frame_traverse(Object* self, VisitFn visit, void* context) {
  FrameObject* f = static_cast<FrameObject*>(self);
  auto visit_value = [&](const Value& v) {
    if (v.is_object()) visit(v.as_object(), context);
  };
  visit_value(f->code);
  visit_value(f->globals);
  visit_value(f->builtins);
  visit_value(f->namespace_dict);
  visit_value(f->locals_dict);
  visit_value(f->back);
  visit_value(f->trace);
  for (const Value& v : f->final_variables) visit_value(v);
}

void frame_clear(Object* self) {
  FrameObject* f = static_cast<FrameObject*>(self);
  auto variables = std::move(f->final_variables);
  f->final_variables.clear();
  Value locals = std::move(f->locals_dict);
  Value back = std::move(f->back);
  Value trace = std::move(f->trace);
  Value ns = std::move(f->namespace_dict);
}

Value frame_repr(Runtime& rt, const Value& self) {
  FrameObject* f = as_frame_object(self);
  const CodeObject* code = f->code.as<CodeObject>();
  char address[32];
  std::snprintf(address, sizeof address, "0x%" PRIxPTR, reinterpret_cast<uintptr_t>(f));
  const int line = frame_object_line(f);
  return make_str(rt, cat("<frame at ", address, ", file '", code->filename->view(), "', line ", line,
                          ", code ", code->name->view(), ">"));
}

Value f_code(Runtime&, const Value& self) { return as_frame_object(self)->code; }
Value f_globals(Runtime&, const Value& self) { return as_frame_object(self)->globals; }
Value f_builtins(Runtime&, const Value& self) { return as_frame_object(self)->builtins; }
Value f_locals(Runtime& rt, const Value& self) { return frame_object_locals(rt, as_frame_object(self)); }

Value f_lineno(Runtime&, const Value& self) {
  FrameObject* f = as_frame_object(self);
  if (f->event_line != 0) return Value::small_int(f->event_line);
  // None in code no source line stands for (line 0), as CPython's.
  const int line = frame_object_line(f);
  return line > 0 ? Value::small_int(line) : Value::none();
}

Value f_lasti(Runtime&, const Value& self) {
  FrameObject* f = as_frame_object(self);
  if (f->frame == nullptr) return Value::small_int(f->final_instruction);
  if (f->frame->ip == f->frame->code->instructions.data()) return Value::small_int(-1);
  return Value::small_int(static_cast<int64_t>(f->frame->instruction_index()));
}

Value f_back(Runtime& rt, const Value& self) {
  FrameObject* f = as_frame_object(self);
  if (f->frame == nullptr) return f->back.is_null() ? Value::none() : f->back;
  if (f->frame->previous == nullptr || is_suspended(f->frame)) return Value::none();
  return frame_object_of(rt, f->frame->previous);
}

Value f_trace(Runtime&, const Value& self) {
  const Value& trace = as_frame_object(self)->trace;
  return trace.is_null() ? Value::none() : trace;
}
bool set_f_trace(Runtime&, const Value& self, const Value& value) {
  as_frame_object(self)->trace = value.is_null() || value.is_none() ? Value() : value;
  return true;
}

// f_trace_lines and f_trace_opcodes take bools only, as CPython's.
bool set_trace_flag(Runtime& rt, const Value& value, bool* flag) {
  if (value.is_null()) {
    rt.raise(Exc::kAttributeError, "cannot delete attribute");
    return false;
  }
  if (!value.is_bool()) {
    rt.raise(Exc::kTypeError, "attribute value type must be bool");
    return false;
  }
  *flag = value.as_bool();
  return true;
}
Value f_trace_lines(Runtime&, const Value& self) { return Value::boolean(as_frame_object(self)->trace_lines); }
bool set_f_trace_lines(Runtime& rt, const Value& self, const Value& value) {
  return set_trace_flag(rt, value, &as_frame_object(self)->trace_lines);
}
Value f_trace_opcodes(Runtime&, const Value& self) {
  return Value::boolean(as_frame_object(self)->trace_opcodes);
}
bool set_f_trace_opcodes(Runtime& rt, const Value& self, const Value& value) {
  return set_trace_flag(rt, value, &as_frame_object(self)->trace_opcodes);
}

const GetSetDef kFrameGetSets[] = {
    {"f_code", f_code},
    {"f_globals", f_globals},
    {"f_builtins", f_builtins},
    {"f_locals", f_locals},
    {"f_lineno", f_lineno},
    {"f_lasti", f_lasti},
    {"f_back", f_back},
    {"f_trace", f_trace, set_f_trace},
    {"f_trace_lines", f_trace_lines, set_f_trace_lines},
    {"f_trace_opcodes", f_trace_opcodes, set_f_trace_opcodes},
};

}  // namespace

void init_frame_type(VM& vm) {
  Type* type = vm.frame_type;
  define_builtin_type(vm, type, "frame", vm.object_type, sizeof(FrameObject), kTypeHasGc,
                      dealloc_object<FrameObject>);
  type->traverse = frame_traverse;
  type->clear = frame_clear;
  type->repr = frame_repr;
  add_getsets(vm, type, kFrameGetSets);
  finish_type(vm, type);
}

bool has_layout(const Object* object, const FrameObject*) {
  return layout_extends(object, object->type->runtime->frame_type);
}

}  // namespace pyvm
