// Ctrl-C (see interrupt.h).
#include "vm/interrupt.h"

#include "runtime/exceptions.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {

volatile std::sig_atomic_t interrupt_requested = 0;

namespace {

void on_interrupt(int) { interrupt_requested = 1; }

}  // namespace

void install_interrupt_handler() {
  struct sigaction action = {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a blocking read returns, so input() can raise
  sigaction(SIGINT, &action, nullptr);
}

bool take_interrupt(VM& vm) {
  if (!interrupt_requested) return false;
  interrupt_requested = 0;
  Value exception = make_exception(vm, vm.exception_type(Exc::kKeyboardInterrupt),
                                   Ref<Tuple>::borrow(vm.empty_tuple()));
  if (!exception.is_null()) vm.raise_exception(exception);
  return true;
}

}  // namespace pyvm
