// SPDX-License-Identifier: GPL-3.0-or-later
// Frame: the activation record of one running code object (docs/architecture.md).
//
// A frame is a fixed header followed by its slots: the local variables
// (parameters first), the cells, the free variables, then the operand stack.
// Frames of ordinary calls are carved from the VM's contiguous data stack
// (DataStack) and freed in LIFO order; a generator's frame lives inside the
// generator object so that it survives between resumptions.
#pragma once

#include <cstddef>
#include <cstdint>

#include "bytecode/code_object.h"
#include "runtime/dict.h"
#include "runtime/value.h"

namespace pyvm {

struct FrameObject;
struct Generator;

struct Frame {
  CodeObject* code = nullptr;  // kept alive by `function` or by the frame's creator
  Value function;              // the Function being run (null for module code)
  Dict* globals = nullptr;
  Dict* builtins = nullptr;
  Value locals;                // the namespace dict of a module or class body
  Frame* previous = nullptr;   // the caller
  const uint32_t* ip = nullptr;  // the next instruction while the frame is not running
  Value* sp = nullptr;           // one past the top of the operand stack
  Generator* generator = nullptr;  // the owning generator, if any
  // The frame's Python object (`sys._getframe()`, a traceback's tb_frame),
  // made when first asked for; a counted reference (frame_object.h).
  FrameObject* object = nullptr;
  bool is_entry = false;  // returning from it leaves the interpreter loop it was entered by
  // An __init__ run by CALL_TYPE_INIT: the caller already holds the new
  // instance where the call's result goes, so returning pushes nothing (and
  // anything but None is a TypeError, as type.__call__ says).
  bool is_init_call = false;
  // For observers (observer.h): the attach epoch in which this run of the
  // frame was announced by a "call" event (0: not announced), and the index
  // of the last instruction the hook saw in it (-1: none yet).
  uint32_t observed_epoch = 0;
  int32_t last_observed = -1;
  // code->variable_count(), kept here for the call and return paths.
  uint32_t variable_count = 0;

  Value* slots() { return reinterpret_cast<Value*>(this + 1); }
  Value* stack_base() { return slots() + variable_count; }
  // Index of the instruction being executed (ip points past it).
  size_t instruction_index() const {
    return static_cast<size_t>(ip - code->instructions.data()) - 1;
  }
  static size_t bytes_for(const CodeObject* code) {
    return sizeof(Frame) + code->frame_slots() * sizeof(Value);
  }
};

static_assert(sizeof(Frame) % alignof(Value) == 0);

// Releases everything a frame holds: its slots up to the stack pointer and
// its header's references. The memory itself belongs to the caller.
void clear_frame(Frame* frame);

// The VM's stack of frame memory: one reserved region (committed by the OS
// as it is touched), allocated and freed like a stack.
class DataStack {
 public:
  explicit DataStack(size_t reserve_bytes);
  ~DataStack();
  DataStack(const DataStack&) = delete;
  DataStack& operator=(const DataStack&) = delete;

  // Raw memory for `bytes`, or null when the region is exhausted.
  void* push(size_t bytes) {
    if (bytes > static_cast<size_t>(limit_ - top_)) return nullptr;
    void* memory = top_;
    top_ += bytes;
    return memory;
  }
  void pop(void* memory) { top_ = static_cast<char*>(memory); }

 private:
  char* base_;
  char* top_;
  char* limit_;
  size_t reserved_;
};

}  // namespace pyvm
