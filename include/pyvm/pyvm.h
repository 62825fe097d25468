// SPDX-License-Identifier: GPL-3.0-or-later
// pyvm's embedding API, the one header a host includes (docs/embedding.md):
// Interpreter (interpreter.h), PyObject (object.h), the conversions
// (convert.h), bound functions, classes and modules (bind.h), and the
// exceptions that cross between the two sides (error.h).
#pragma once

#include "pyvm/bind.h"
#include "pyvm/convert.h"
#include "pyvm/error.h"
#include "pyvm/interpreter.h"
#include "pyvm/object.h"
