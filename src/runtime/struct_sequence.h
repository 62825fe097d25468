// SPDX-License-Identifier: GPL-3.0-or-later
// Struct sequences: the named tuples of the built-in modules
// (sys.version_info, sys.float_info, dis.Instruction). A struct sequence type is a tuple
// subclass whose items are also read-only attributes, printed as
// sys.version_info(major=3, minor=11, ...).
#pragma once

#include <initializer_list>
#include <span>
#include <string_view>

#include "runtime/type.h"
#include "runtime/value.h"

namespace pyvm {

class Runtime;

// A new struct sequence type `module.name` with the given field names.
// Programs cannot instantiate or subclass it.
Value make_struct_sequence_type(Runtime& rt, std::string_view module, std::string_view name,
                                std::initializer_list<const char*> fields);
// As make_struct_sequence_type, but as a collections.namedtuple class:
// programs can instantiate it (one value per field, by position or by
// name), and the repr names the class alone: Instruction(opname='NOP', ...).
Value make_named_tuple_type(Runtime& rt, std::string_view module, std::string_view name,
                            std::initializer_list<const char*> fields);
// An instance holding `items` (one per field).
Value make_struct_sequence(Runtime& rt, const Value& type, std::span<const Value> items);

}  // namespace pyvm
