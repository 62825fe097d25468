// SPDX-License-Identifier: GPL-3.0-or-later
// The tracer's state snapshots (`--trace-state`, docs/debugging.md): with
// each instruction record, the frames running at that moment (function,
// line, instruction, local variables and cells) and the objects they reach
// (lists, tuples, dicts, sets, instances, functions, cells, generators),
// each object with an identity that stays the same from record to record,
// so that a reader (the visualizer, tools/visualizer.h) sees aliasing and
// mutation.
//
// Most instructions change little, so every distinct object state, frame
// state and set of object states ("heap") is written once, as a definition
// record before the first instruction record that uses it, and records
// refer to them by number. Values are JSON strings (the value's repr, as
// the trace shows stack values) or, for an object drawn as a box, the
// object's number.
//
// Snapshots only read: no Python code runs, except the repr of values
// shown as text (as for the trace's stack), for which the values are held
// first.
#pragma once

#include <functional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "runtime/value.h"

namespace pyvm {

class VM;
struct Frame;
struct CodeObject;
struct Object;
struct Type;

// What one instruction record refers to.
struct StateSnapshot {
  std::vector<int> frames;  // frame states, the oldest frame first
  // Frames of a deep recursion not described: those after the oldest one
  // and before the newest ones (kept in `frames`).
  size_t frames_left_out = 0;
  int heap = 0;  // the heap state
  // For each value on the operand stack, the object number when it is
  // drawn as a box, otherwise -1.
  std::vector<int> stack_objects;
};

class TraceSnapshots {
 public:
  // `code_number` gives the number of a code object, writing its
  // definition record first when it has none yet.
  TraceSnapshots(VM& vm, std::function<int(CodeObject*)> code_number);

  // The snapshot of the frames from `frame` down to the oldest (none when
  // null) and of `stack` (the values on `frame`'s operand stack, held by
  // the caller); the definition records it needs that were not written
  // before are appended to `*definitions`.
  StateSnapshot take(Frame* frame, const std::vector<Value>& stack, std::string* definitions);

 private:
  struct ObjectNumber {
    const Type* type;  // a new object at a freed one's address gets a new number
    int number;
  };

  // The JSON of a value, queuing the object it refers to.
  void append_value(const Value& value, std::string* out);
  // The object's number when `value` is drawn as a box (queued to be
  // described), otherwise -1.
  int box_number(const Value& value);
  // [name or key, value]; a str name (`named`: a variable or attribute)
  // as itself rather than its repr.
  void append_entry(const std::pair<Value, Value>& entry, bool named, std::string* out);
  void append_frame_body(Frame* frame, std::string* out);
  void append_namespace(const Value& namespace_dict, std::string* out);
  void append_object_body(const Value& object, int number, std::string* out);
  // The number of the state whose body is `body`, writing its definition
  // record (`{"KEY": N, ` + body) when it is new.
  int intern(std::unordered_map<std::string, int>* table, const char* key, std::string body,
             std::string* definitions);

  VM& vm_;
  std::function<int(CodeObject*)> code_number_;
  std::unordered_map<const Object*, ObjectNumber> object_numbers_;
  int next_object_number_ = 0;
  std::unordered_map<std::string, int> object_states_;
  std::unordered_map<std::string, int> frame_states_;
  std::unordered_map<std::string, int> heap_states_;
  // The snapshot being taken: the objects reached, in the order reached.
  std::vector<Value> reached_;
  std::unordered_map<const Object*, int> reached_numbers_;
};

}  // namespace pyvm
