// SPDX-License-Identifier: GPL-3.0-or-later
// dict.keys()/values()/items() views and the dict iterators.
#pragma once

#include "runtime/runtime.h"
#include "runtime/value.h"

namespace pyvm {

enum class DictIterationKind { kKeys, kValues, kItems };

// A view of `dict` of one of the three view types.
Value make_dict_view(Runtime& rt, Type* view_type, const Value& dict);
Value make_dict_iterator(Runtime& rt, const Value& dict, DictIterationKind kind, bool reverse);

void init_dict_view_types(Runtime& rt);

}  // namespace pyvm
