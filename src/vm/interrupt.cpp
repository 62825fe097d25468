// SPDX-License-Identifier: GPL-3.0-or-later
// Ctrl-C's signal handler (see interrupt.h).
#include "vm/interrupt.h"

namespace pyvm {

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

}  // namespace pyvm
