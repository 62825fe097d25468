// SPDX-License-Identifier: GPL-3.0-or-later
// mappingproxy: the read-only view of a class's namespace that C.__dict__
// and vars(C) return. Reading goes to the underlying mapping; writes are
// refused, so a class's attributes change only through setattr on the
// class, which keeps its version (and the attribute caches) current.
#pragma once

#include "runtime/value.h"

namespace pyvm {

class Runtime;

Value make_mapping_proxy(Runtime& rt, const Value& mapping);

void init_mapping_proxy_type(Runtime& rt);

}  // namespace pyvm
