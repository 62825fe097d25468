// SPDX-License-Identifier: GPL-3.0-or-later
// Ctrl-C (see keyboard_interrupt.h).
#include "runtime/keyboard_interrupt.h"

#include "runtime/exceptions.h"
#include "runtime/runtime.h"
#include "runtime/tuple.h"

namespace pyvm {

volatile std::sig_atomic_t interrupt_requested = 0;

bool take_interrupt(Runtime& rt) {
  if (!interrupt_requested) return false;
  interrupt_requested = 0;
  Value exception = make_exception(rt, rt.exception_type(Exc::kKeyboardInterrupt),
                                   Ref<Tuple>::borrow(rt.empty_tuple()));
  if (!exception.is_null()) rt.raise_exception(exception);
  return true;
}

}  // namespace pyvm
