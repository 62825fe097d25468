// SPDX-License-Identifier: GPL-3.0-or-later
// The methods of str (str_methods.cpp), %-formatting (str_percent.cpp) and
// str.format (str_format.cpp), as used by the str type and by format().
#pragma once

#include <span>
#include <string_view>

#include "runtime/descriptors.h"
#include "runtime/value.h"

namespace pyvm {

std::span<const MethodDef> str_methods();
// format % args
Value str_percent_format(Runtime& rt, Str* format, const Value& args);
// format % args for a bytes format (PEP 461)
Value bytes_percent_format(Runtime& rt, std::string_view format, const Value& args);
// format.format(*args, **kwargs), with args as the call passed them.
Value str_format_method(Runtime& rt, Str* format, const Value* args, size_t nargs,
                        Tuple* kwnames);
// format.format_map(mapping)
Value str_format_with_mapping(Runtime& rt, Str* format, const Value& mapping);
// str(bytes, encoding, errors) and bytes.decode(encoding, errors), through
// runtime/codecs.h; `function` names the caller in argument errors
// ("decode() argument 'encoding' must be str, not int").
Value str_decode_bytes(Runtime& rt, const Value& bytes, const Value& encoding,
                       const Value& errors, std::string_view function);
// s.encode(encoding, errors), and bytes(s, ...) and bytearray(s, ...).
Value str_encode(Runtime& rt, const Value& str, const Value& encoding, const Value& errors,
                 std::string_view function);
// ''.join(iterable)
Value str_join(Runtime& rt, Str* separator, const Value& iterable);
// format(str, spec): str.__format__, and format()'s shortcut for an exact str.
Value format_str_value(Runtime& rt, Str* str, std::string_view spec);

}  // namespace pyvm
