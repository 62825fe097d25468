// SPDX-License-Identifier: GPL-3.0-or-later
// sys.settrace, sys.gettrace, sys.setprofile, sys.getprofile and
// sys.breakpointhook (sys_trace.cpp), added to the sys module's functions.
#pragma once

#include <cstddef>

#include "runtime/descriptors.h"

namespace pyvm {

extern const MethodDef kSysTraceFunctions[];
extern const size_t kSysTraceFunctionCount;

}  // namespace pyvm
