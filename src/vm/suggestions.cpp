// SPDX-License-Identifier: GPL-3.0-or-later
// "Did you mean" suggestions, with CPython 3.11's rules: the candidate at
// the smallest weighted edit distance wins (the first one on a tie), if no
// more than about a third of the characters involved must change.
#include "vm/suggestions.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "bytecode/code_object.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/list.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "vm/frame_object.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

constexpr size_t kMoveCost = 2;  // inserting, deleting or replacing a character
constexpr size_t kCaseCost = 1;  // replacing a letter by its other case
// Names longer than this (after their common ends) are never suggested, and
// neither is anything from a list this long.
constexpr size_t kMaxNameLength = 40;
constexpr size_t kMaxCandidates = 750;

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

size_t replace_cost(char a, char b) {
  if (a == b) return 0;
  if (is_ascii_letter(a) && is_ascii_letter(b) && (a | 0x20) == (b | 0x20)) return kCaseCost;
  return kMoveCost;
}

// The best candidate so far, with the rule that only a strictly closer one
// replaces it.
struct Suggestion {
  Value name;
  size_t distance = SIZE_MAX;
};

// Weighs each name in `candidates` (a list no Python code can reach).
void consider_candidates(const Value& candidates, std::string_view name, Suggestion* best) {
  if (candidates.is_null() || !is_list(candidates)) return;
  const ListItems& items = as_list(candidates)->items;
  if (items.size() >= kMaxCandidates) return;
  for (const Value& item : items) {
    if (!is_str(item)) {  // as CPython: a list with a name that is not a str suggests nothing
      *best = Suggestion();
      return;
    }
    const std::string_view text = as_str(item)->view();
    if (text == name) continue;
    size_t max_distance = (name.size() + text.size() + 3) * kMoveCost / 6;
    if (best->distance != SIZE_MAX) max_distance = std::min(max_distance, best->distance - 1);
    const size_t distance = name_distance(name, text, max_distance);
    if (distance > max_distance) continue;
    if (best->name.is_null() || distance < best->distance) {
      best->name = item;
      best->distance = distance;
    }
  }
}

// An attribute of the exception (its __dict__), or null.
Value exception_attribute(const Value& exception, Str* name) {
  const Value& dict = as_exception(exception)->dict;
  if (dict.is_null() || !is_dict(dict)) return Value();
  return dict_get_str(as_dict(dict), name);
}

// The frame object of the traceback's last entry: where the exception was
// raised.
FrameObject* raising_frame(VM& vm, const Value& exception) {
  Value traceback = as_exception(exception)->traceback;
  if (traceback.is_null() || vm.type_of(traceback) != vm.traceback_type) return nullptr;
  while (true) {
    const Value& next = traceback.as<Traceback>()->next;
    if (next.is_null() || vm.type_of(next) != vm.traceback_type) break;
    traceback = next;
  }
  const Value& frame = traceback.as<Traceback>()->frame;
  if (frame.is_null() || vm.type_of(frame) != vm.frame_type) return nullptr;
  return frame.as<FrameObject>();
}

Value suggest_for_attribute(VM& vm, const Value& exception) {
  const Value name = exception_attribute(exception, vm.names.name);
  const Value object = exception_attribute(exception, vm.intern("obj"));
  if (name.is_null() || vm.type_of(name) != vm.str_type || object.is_null() || object.is_none()) return Value();
  Suggestion best;
  consider_candidates(dir_of(vm, object), as_str(name)->view(), &best);
  return best.name;
}

Value suggest_for_name(VM& vm, const Value& exception) {
  const Value name = exception_attribute(exception, vm.names.name);
  if (name.is_null() || vm.type_of(name) != vm.str_type) return Value();
  FrameObject* frame = raising_frame(vm, exception);
  if (frame == nullptr) return Value();
  const std::string_view wanted = as_str(name)->view();
  Suggestion best;
  // The local variables (co_varnames), then the globals, then the builtins.
  const CodeObject* code = frame->code.as<CodeObject>();
  Ref<List> locals = make_list(vm);
  for (const Ref<Str>& local : code->local_names) locals->items.push_back(Value::from_object(local.get()));
  consider_candidates(Value(locals), wanted, &best);
  if (!best.name.is_null()) return best.name;
  for (const Value& scope : {frame->globals, frame->builtins}) {
    if (!scope.is_null() && is_dict(scope)) consider_candidates(list_from_iterable(vm, scope), wanted, &best);
    if (!best.name.is_null()) return best.name;
  }
  return Value();
}

}  // namespace

size_t name_distance(std::string_view a, std::string_view b, size_t max_cost) {
  // Common beginnings and endings cost nothing.
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxNameLength || b.size() > kMaxNameLength) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);  // a: the shorter, one row of the table
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;

  // row[i]: the cost of turning b's first characters (so far) into a[0..i].
  size_t row[kMaxNameLength];
  for (size_t i = 0; i < a.size(); ++i) row[i] = (i + 1) * kMoveCost;
  size_t cost = 0;
  for (size_t j = 0; j < b.size(); ++j) {
    size_t diagonal = j * kMoveCost;  // b[0..j) into nothing
    cost = diagonal;
    size_t row_minimum = SIZE_MAX;
    for (size_t i = 0; i < a.size(); ++i) {
      const size_t replaced = diagonal + replace_cost(b[j], a[i]);
      diagonal = row[i];
      const size_t inserted_or_deleted = std::min(cost, diagonal) + kMoveCost;
      cost = std::min(replaced, inserted_or_deleted);
      row[i] = cost;
      row_minimum = std::min(row_minimum, cost);
    }
    if (row_minimum > max_cost) return max_cost + 1;  // every path is already too dear
  }
  return cost;
}

Value suggest_similar_name(VM& vm, const Value& exception) {
  if (!is_exception(exception)) return Value();
  Value suggestion;
  if (is_instance(vm, exception, vm.exception_type(Exc::kAttributeError))) {
    suggestion = suggest_for_attribute(vm, exception);
  } else if (is_instance(vm, exception, vm.exception_type(Exc::kNameError))) {
    suggestion = suggest_for_name(vm, exception);
  }
  vm.clear_error();  // a failing dir() only means no suggestion
  return suggestion;
}

}  // namespace pyvm
