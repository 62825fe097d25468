// SPDX-License-Identifier: GPL-3.0-or-later
// Whole-file reads, for everything that loads a file: programs, modules,
// the import cache, traceback source lines, the bytecode tools.
#pragma once

#include <string>

namespace pyvm {

// The bytes of the file at `path` in `*out`; false (errno set) if it cannot
// be opened.
bool read_file(const std::string& path, std::string* out);

}  // namespace pyvm
