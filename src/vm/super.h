// SPDX-License-Identifier: GPL-3.0-or-later
// super: attribute lookup that starts after a given class in an object's
// MRO. super() without arguments finds the class (the __class__ cell the
// compiler creates) and the instance (the first argument) in the calling
// frame, which is why it lives in the VM.
#pragma once

namespace pyvm {

class VM;

void init_super_type(VM& vm);

}  // namespace pyvm
