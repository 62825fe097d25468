// SPDX-License-Identifier: GPL-3.0-or-later
// The standard text streams: sys.stdin (read, readline, readlines,
// iteration by line) and sys.stdout and sys.stderr (write, flush). Output is
// buffered in the VM and flushed at exit, before reading input and before
// anything is written to stderr.
#pragma once

#include <string_view>

#include "runtime/value.h"

namespace pyvm {

class VM;

// A stream reading file descriptor 0 (stdin) or writing 1 (stdout) or 2 (stderr).
Value make_stream(VM& vm, int fd, std::string_view name);
// Writes text to a stream object: the VM's own streams directly, any other
// object through its write() method.
bool write_to_stream(VM& vm, const Value& stream, std::string_view text);
bool flush_stream(VM& vm, const Value& stream);

void init_stream_type(VM& vm);

}  // namespace pyvm
