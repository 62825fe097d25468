// SPDX-License-Identifier: GPL-3.0-or-later
// Loader: the bytes of a .pvc file to a code-object tree. Every length,
// count, index and tag is checked before it is used to read or allocate, so
// no byte sequence makes it read out of bounds or allocate without limit;
// the verifier (verifier.h) then checks what the code objects do.
#pragma once

#include <string>
#include <string_view>

#include "bytecode/code_object.h"
#include "bytecode/serializer.h"
#include "runtime/value.h"

namespace pyvm {

class Runtime;

// True if `bytes` starts with the .pvc magic (how `pyvm FILE` tells a
// bytecode file from source).
bool has_pvc_magic(std::string_view bytes);

// Reads only the header: false (with a message) if it is not a readable
// .pvc header.
bool read_pvc_header(std::string_view bytes, PvcSourceInfo* source, std::string* error);

// Loads and verifies a whole file. On success returns the module's code
// object; on failure returns null and sets `*error` to one line such as
// "bad bytecode in prog.pvc: code object 'f', instruction 12: jump target 99
// is past the end (12 instructions)". `filename` is only used in messages.
Ref<CodeObject> load_pvc(Runtime& rt, std::string_view bytes, const std::string& filename,
                         std::string* error);

}  // namespace pyvm
