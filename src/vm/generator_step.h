// SPDX-License-Identifier: GPL-3.0-or-later
// The two ends of a generator step, inline: FOR_ITER_GEN and YIELD_VALUE
// run them for every item a `for` loop takes from a generator.
//
// One step of a generator is a run of its frame between resumption and the
// next yield, return or raise. resume_generator runs it in a nested
// interpreter loop; the interpreter's FOR_ITER_GEN runs it in its own loop,
// with these two around it. begin_generator_step: the generator (created or
// suspended) becomes running, with `value` sent in (unless it was just
// created); false with RecursionError pending (the generator finished) at
// the recursion limit. end_generator_step: after it yielded, returned or
// raised (`raised`: a StopIteration it raised becomes RuntimeError, PEP 479).
#pragma once

#include <new>
#include <utility>

#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/vm.h"

namespace pyvm {

// The rare halves (generator.cpp): the recursion limit reached on
// resumption, and a step that ended the generator.
bool refuse_generator_step(VM& vm, Generator* generator);
void finish_generator_step(VM& vm, Generator* generator, bool raised);

inline bool begin_generator_step(VM& vm, Generator* generator, Value value, bool throwing) {
  if (!vm.enter_frame()) [[unlikely]] return refuse_generator_step(vm, generator);
  Frame* frame = generator->frame();
  if (!throwing && generator->state == GeneratorState::kSuspended) {
    ::new (frame->sp++) Value(std::move(value));
  }
  generator->exception_state.previous = vm.exception_state;
  vm.exception_state = &generator->exception_state;
  generator->state = GeneratorState::kRunning;
  return true;
}

inline void end_generator_step(VM& vm, Generator* generator, bool raised) {
  vm.leave_recursion();
  vm.exception_state = generator->exception_state.previous;
  generator->exception_state.previous = nullptr;
  if (generator->state != GeneratorState::kSuspended) [[unlikely]] {
    finish_generator_step(vm, generator, raised);
  }
}

}  // namespace pyvm
