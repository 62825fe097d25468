// SPDX-License-Identifier: GPL-3.0-or-later
// The tracer's state snapshots (see trace_snapshot.h; the records are
// described in docs/debugging.md, "State snapshots").
#include "tools/trace_snapshot.h"

#include <algorithm>
#include <utility>

#include "bytecode/code_object.h"
#include "runtime/cell.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/protocols.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "tools/instruction_tracer.h"
#include "tools/json_text.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

constexpr size_t kValueWidth = 40;     // code points of a value shown as text
constexpr size_t kItemsShown = 30;     // items or entries of one object
constexpr size_t kNamesShown = 60;     // variables of a module or class namespace
constexpr size_t kObjectsShown = 120;  // boxes in one snapshot; further ones show as text
constexpr size_t kFramesShown = 50;    // the oldest frame and the 49 newest

enum class BoxKind { kNone, kList, kTuple, kSet, kDict, kInstance, kFunction, kCell, kGenerator };

// The records' "kind" of each BoxKind, in its order.
constexpr std::string_view kKindNames[] = {"",         "list",     "tuple", "set",      "dict",
                                           "instance", "function", "cell",  "generator"};

std::string_view kind_name(BoxKind kind) { return kKindNames[static_cast<size_t>(kind)]; }

// How `value` is drawn: the built-in containers, plain class instances,
// functions, cells and generators are boxes; everything else is text.
BoxKind box_kind_of(VM& vm, const Value& value) {
  if (!value.is_object()) return BoxKind::kNone;
  const Type* type = value.as_object()->type;
  if (type == vm.list_type) return BoxKind::kList;
  if (type == vm.tuple_type) return BoxKind::kTuple;
  if (type == vm.set_type || type == vm.frozenset_type) return BoxKind::kSet;
  if (type == vm.dict_type) return BoxKind::kDict;
  if (type == vm.function_type) return BoxKind::kFunction;
  if (type == vm.cell_type) return BoxKind::kCell;
  if (type == vm.generator_type) return BoxKind::kGenerator;
  // Instances of classes written in Python on plain object (not of classes
  // derived from built-in types, whose data is not in their __dict__).
  if (type != vm.object_type && type->layout == vm.object_type) return BoxKind::kInstance;
  return BoxKind::kNone;
}

// The names the VM sets in a module or class namespace (__name__,
// __builtins__, __qualname__, ...) stay out of its listing; special methods
// the program defines (__init__) stay in.
bool is_set_by_the_vm(VM& vm, const DictEntry& entry) {
  if (!is_str(entry.key) || box_kind_of(vm, entry.value) == BoxKind::kFunction) return false;
  const std::string_view name = as_str(entry.key)->view();
  return name.size() > 4 && name.starts_with("__") && name.ends_with("__");
}

// The first entries of a dict, held (a repr may change the dict); for a
// namespace, without the names the VM set.
std::vector<std::pair<Value, Value>> first_entries(VM& vm, const Dict* dict, size_t count,
                                                   bool namespace_only) {
  std::vector<std::pair<Value, Value>> entries;
  size_t position = 0;
  DictEntry* entry;
  while (entries.size() < count && dict_next(dict, &position, &entry)) {
    if (namespace_only && is_set_by_the_vm(vm, *entry)) continue;
    entries.emplace_back(entry->key, entry->value);
  }
  return entries;
}

void append_more(size_t shown, size_t total, std::string* out) {
  *out += ", \"more\": ";
  append_number(static_cast<int64_t>(total > shown ? total - shown : 0), out);
}

}  // namespace

TraceSnapshots::TraceSnapshots(VM& vm, std::function<int(CodeObject*)> code_number)
    : vm_(vm), code_number_(std::move(code_number)) {}

StateSnapshot TraceSnapshots::take(Frame* frame, const std::vector<Value>& stack,
                                   std::string* definitions) {
  StateSnapshot snapshot;
  reached_.clear();
  reached_numbers_.clear();
  std::vector<Frame*> frames;
  for (Frame* f = frame; f != nullptr; f = f->previous) frames.push_back(f);
  std::reverse(frames.begin(), frames.end());
  if (frames.size() > kFramesShown) {
    // (A deep recursion would otherwise make every record as long as it is deep.)
    snapshot.frames_left_out = frames.size() - kFramesShown;
    frames.erase(frames.begin() + 1,
                 frames.begin() + 1 + static_cast<std::ptrdiff_t>(snapshot.frames_left_out));
  }
  for (Frame* f : frames) {
    std::string body;
    append_frame_body(f, &body);
    snapshot.frames.push_back(intern(&frame_states_, "frame", std::move(body), definitions));
  }
  for (const Value& value : stack) snapshot.stack_objects.push_back(box_number(value));
  // Describing an object reaches further ones: reached_ grows as it is read.
  std::string heap_body = "\"states\": [";
  for (size_t i = 0; i < reached_.size(); ++i) {
    const Value object = reached_[i];
    std::string body;
    append_object_body(object, reached_numbers_.at(object.as_object()), &body);
    if (i > 0) heap_body += ", ";
    append_number(intern(&object_states_, "state", std::move(body), definitions), &heap_body);
  }
  heap_body += "]}";
  snapshot.heap = intern(&heap_states_, "heap", std::move(heap_body), definitions);
  reached_.clear();
  reached_numbers_.clear();
  return snapshot;
}

int TraceSnapshots::intern(std::unordered_map<std::string, int>* table, const char* key,
                           std::string body, std::string* definitions) {
  auto found = table->find(body);
  if (found != table->end()) return found->second;
  const int number = static_cast<int>(table->size());
  *definitions += "{\"";
  *definitions += key;
  *definitions += "\": ";
  append_number(number, definitions);
  *definitions += ", ";
  *definitions += body;
  *definitions += '\n';
  table->emplace(std::move(body), number);
  return number;
}

int TraceSnapshots::box_number(const Value& value) {
  if (box_kind_of(vm_, value) == BoxKind::kNone) return -1;
  const Object* object = value.as_object();
  auto reached = reached_numbers_.find(object);
  if (reached != reached_numbers_.end()) return reached->second;
  if (reached_.size() >= kObjectsShown) return -1;
  auto known = object_numbers_.find(object);
  if (known == object_numbers_.end() || known->second.type != object->type) {
    known =
        object_numbers_.insert_or_assign(object, ObjectNumber{object->type, next_object_number_++})
            .first;
  }
  reached_.push_back(value);
  reached_numbers_.emplace(object, known->second.number);
  return known->second.number;
}

void TraceSnapshots::append_value(const Value& value, std::string* out) {
  const int number = box_number(value);
  if (number >= 0) {
    append_number(number, out);
  } else {
    append_json_string(trace_repr(vm_, value, kValueWidth), out);
  }
}

void TraceSnapshots::append_entry(const std::pair<Value, Value>& entry, bool named,
                                  std::string* out) {
  *out += '[';
  if (named && is_str(entry.first)) {
    append_json_string(as_str(entry.first)->view(), out);
  } else {
    append_value(entry.first, out);
  }
  *out += ", ";
  append_value(entry.second, out);
  *out += ']';
}

void TraceSnapshots::append_frame_body(Frame* frame, std::string* out) {
  CodeObject* code = frame->code;
  *out += "\"code\": ";
  append_number(code_number_(code), out);
  // A frame not running now has `ip` past its current instruction (the
  // call it waits in); the running one was last seen at `last_observed`.
  int64_t index = frame->last_observed;
  if (index < 0 && frame->ip != nullptr) index = frame->ip - code->instructions.data() - 1;
  index = std::max<int64_t>(index, 0);
  *out += ", \"index\": ";
  append_number(index, out);
  *out += ", \"line\": ";
  const size_t at = static_cast<size_t>(index);
  append_number(at < code->instructions.size() ? code->location_of(at).line : 0, out);
  *out += ", \"locals\": [";
  if (!code->has_flag(kCodeFunction)) {
    append_namespace(frame->locals.is_null() ? Value::from_object(frame->globals) : frame->locals,
                     out);
  } else {
    bool first = true;
    Value* slots = frame->slots();
    for (size_t i = 0; i < code->local_count(); ++i) {
      const Value held = slots[i];
      if (held.is_null()) continue;  // (unbound)
      if (!first) *out += ", ";
      first = false;
      *out += '[';
      append_json_string(code->local_names[i]->view(), out);
      *out += ", ";
      append_value(held, out);
      *out += ']';
    }
  }
  *out += "], \"cells\": [";
  const size_t cells = code->cell_count() + code->free_count();
  bool first = true;
  for (size_t j = 0; j < cells; ++j) {
    const Value held = frame->slots()[code->local_count() + j];
    if (held.is_null()) continue;
    if (!first) *out += ", ";
    first = false;
    *out += '[';
    const Ref<Str>& name =
        j < code->cell_count() ? code->cell_names[j] : code->free_names[j - code->cell_count()];
    append_json_string(name->view(), out);
    *out += ", ";
    append_value(held, out);
    *out += ']';
  }
  *out += "]}";
}

void TraceSnapshots::append_namespace(const Value& namespace_dict, std::string* out) {
  if (!is_dict(namespace_dict)) return;
  const auto entries = first_entries(vm_, as_dict(namespace_dict), kNamesShown, true);
  for (size_t i = 0; i < entries.size(); ++i) {
    if (i > 0) *out += ", ";
    append_entry(entries[i], true, out);
  }
}

void TraceSnapshots::append_object_body(const Value& object, int number, std::string* out) {
  const BoxKind kind = box_kind_of(vm_, object);
  *out += "\"object\": ";
  append_number(number, out);
  *out += ", \"kind\": ";
  append_json_string(kind_name(kind), out);
  *out += ", \"type\": ";
  append_json_string(type_name(vm_, object), out);
  // Items (sequences, sets, a cell's contents) or entries (name or key, value).
  std::vector<Value> items;
  std::vector<std::pair<Value, Value>> entries;
  size_t total = 0;
  std::string name;
  switch (kind) {
    case BoxKind::kList:
    case BoxKind::kTuple: {
      const std::span<const Value> all = kind == BoxKind::kList
                                             ? std::span<const Value>(as_list(object)->items)
                                             : as_tuple(object)->span();
      total = all.size();
      items.assign(all.begin(),
                   all.begin() + static_cast<std::ptrdiff_t>(std::min(total, kItemsShown)));
      break;
    }
    case BoxKind::kSet: {
      const Set* set = object.as<Set>();
      total = set->used;
      size_t position = 0;
      SetEntry* entry;
      while (items.size() < kItemsShown && set_next(set, &position, &entry))
        items.push_back(entry->key);
      break;
    }
    case BoxKind::kCell: {
      const Value contents = object.as<Cell>()->contents;
      if (!contents.is_null()) items.push_back(contents);
      total = items.size();
      break;
    }
    case BoxKind::kDict:
      total = dict_size(as_dict(object));
      entries = first_entries(vm_, as_dict(object), kItemsShown, false);
      break;
    case BoxKind::kInstance: {
      const Type* type = object.as_object()->type;
      if (type->dict_offset != 0) {
        const Value attributes = *value_at_offset(object.as_object(), type->dict_offset);
        if (is_dict(attributes)) {
          total = dict_size(as_dict(attributes));
          entries = first_entries(vm_, as_dict(attributes), kItemsShown, false);
        }
      }
      break;
    }
    case BoxKind::kFunction: {
      // Its name, and the cells of its closure under their variables' names.
      const Function* function = object.as<Function>();
      if (is_str(function->qualname)) name = as_str(function->qualname)->view();
      const CodeObject* code = function->code_object();
      if (!function->closure.is_null()) {
        const Tuple* closure = as_tuple(function->closure);
        for (size_t i = 0; i < closure->size && i < code->free_count(); ++i)
          entries.emplace_back(Value(code->free_names[i]), (*closure)[i]);
      }
      total = entries.size();
      break;
    }
    case BoxKind::kGenerator: {
      // Its name and state, and while it is suspended its frame's variables.
      Generator* generator = object.as<Generator>();
      if (is_str(generator->qualname)) name = as_str(generator->qualname)->view();
      const GeneratorState state = generator->state;
      name += state == GeneratorState::kCreated     ? " (created)"
              : state == GeneratorState::kSuspended ? " (suspended)"
              : state == GeneratorState::kRunning   ? " (running)"
                                                    : " (finished)";
      if (state == GeneratorState::kCreated || state == GeneratorState::kSuspended) {
        Frame* frame = generator->frame();
        const CodeObject* code = frame->code;
        for (size_t i = 0; i < code->local_count(); ++i) {
          if (!frame->slots()[i].is_null())
            entries.emplace_back(Value(code->local_names[i]), frame->slots()[i]);
        }
      }
      total = entries.size();
      break;
    }
    case BoxKind::kNone:
      break;
  }
  *out += ", \"name\": ";
  append_json_string(name, out);
  *out += ", \"items\": [";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) *out += ", ";
    append_value(items[i], out);
  }
  *out += "], \"entries\": [";
  for (size_t i = 0; i < entries.size(); ++i) {
    if (i > 0) *out += ", ";
    append_entry(entries[i], kind != BoxKind::kDict, out);
  }
  *out += ']';
  append_more(std::max(items.size(), entries.size()), total, out);
  *out += '}';
}

}  // namespace pyvm
