// SPDX-License-Identifier: GPL-3.0-or-later
// cell objects (see cell.h).
#include "runtime/cell.h"

#include <cinttypes>
#include <cstdio>

#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/str.h"

namespace pyvm {

namespace {

void cell_traverse(Object* self, VisitFn visit, void* context) {
  const Value& contents = static_cast<Cell*>(self)->contents;
  if (contents.is_object()) visit(contents.as_object(), context);
}

void cell_clear(Object* self) { Value dropped = std::move(static_cast<Cell*>(self)->contents); }

Value cell_repr(Runtime& rt, const Value& self) {
  char address[32];
  std::snprintf(address, sizeof address, "0x%" PRIxPTR, static_cast<uintptr_t>(object_id(self)));
  const Value& contents = self.as<Cell>()->contents;
  if (contents.is_null()) return make_str(rt, cat("<cell at ", address, ": empty>"));
  char target[32];
  std::snprintf(target, sizeof target, "0x%" PRIxPTR, static_cast<uintptr_t>(object_id(contents)));
  return make_str(rt, cat("<cell at ", address, ": ", type_name(rt, contents), " object at ",
                          target, ">"));
}

Value cell_contents_get(Runtime& rt, const Value& self) {
  const Value& contents = self.as<Cell>()->contents;
  if (contents.is_null()) return rt.raise(Exc::kValueError, "Cell is empty");
  return contents;
}

bool cell_contents_set(Runtime&, const Value& self, const Value& value) {
  self.as<Cell>()->contents = value;
  return true;
}

const GetSetDef kCellGetSets[] = {{"cell_contents", cell_contents_get, cell_contents_set}};

}  // namespace

Value make_cell(Runtime& rt, Value contents) {
  Cell* cell = new_object<Cell>(rt.gc, rt.cell_type, 0);
  cell->contents = std::move(contents);
  return Value::steal(cell);
}

void init_cell_type(Runtime& rt) {
  Type* type = rt.cell_type;
  define_builtin_type(rt, type, "cell", rt.object_type, sizeof(Cell), kTypeHasGc,
                      dealloc_object<Cell>);
  type->traverse = cell_traverse;
  type->clear = cell_clear;
  type->repr = cell_repr;
  add_getsets(rt, type, kCellGetSets);
}

bool has_layout(const Object* object, const Cell*) {
  return layout_extends(object, object->type->runtime->cell_type);
}

}  // namespace pyvm
