// SPDX-License-Identifier: GPL-3.0-or-later
// The builtins module (builtins_module.cpp).
#pragma once

#include "runtime/value.h"

namespace pyvm {

class VM;

Value make_builtins_module(VM& vm);

}  // namespace pyvm
