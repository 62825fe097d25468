// SPDX-License-Identifier: GPL-3.0-or-later
// Frame release and the data stack frames are carved from.
#include "vm/frame.h"

#include <sys/mman.h>

#include <new>

#include "runtime/out_of_memory.h"
#include "vm/frame_object.h"

namespace pyvm {

void clear_frame(Frame* frame) {
  // A frame object outlives the frame with a copy of its final state.
  if (frame->object != nullptr) detach_frame_object(frame);
  Value* slots = frame->slots();
  const size_t named = frame->variable_count;
  // The operand stack first (it may hold the last reference to a local's
  // container), then the variables.
  // (sp moves first: a finalizer run by a release must not see released values.)
  Value* top = frame->sp;
  frame->sp = slots + named;
  for (Value* p = top; p > slots + named;) std::destroy_at(--p);
  for (size_t i = 0; i < named; ++i) slots[i] = Value();
  frame->locals = Value();
  frame->function = Value();
  // A finalizer run by those releases may have asked for this frame's
  // object anew (as its own frame's f_back): that one outlives the frame too.
  if (frame->object != nullptr) detach_frame_object(frame);
}

DataStack::DataStack(size_t wanted_bytes) : reserved_(reservable_address_space(wanted_bytes)) {
  // Reserved, not committed: pages materialise as deep recursion touches
  // them. A smaller region (under ulimit -v) only lowers the depth at which
  // RecursionError comes.
  void* memory = mmap(nullptr, reserved_, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (memory == MAP_FAILED) throw std::bad_alloc();
  base_ = top_ = static_cast<char*>(memory);
  limit_ = base_ + reserved_;
}

DataStack::~DataStack() { munmap(base_, reserved_); }

}  // namespace pyvm
