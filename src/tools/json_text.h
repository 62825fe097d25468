// SPDX-License-Identifier: GPL-3.0-or-later
// JSON text for the tools that write it (the tracer's JSON Lines, its state
// snapshots, the visualizer's page): strings and numbers appended to a
// std::string.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace pyvm {

// A JSON string: control characters escaped, invalid UTF-8 as U+FFFD.
void append_json_string(std::string_view text, std::string* out);
void append_number(int64_t number, std::string* out);

}  // namespace pyvm
