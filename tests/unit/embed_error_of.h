// SPDX-License-Identifier: GPL-3.0-or-later
// For the embedding API's tests (embed_*_test.cpp): the pyvm::Error that
// an action throws.
#pragma once

#include <gtest/gtest.h>

#include "pyvm/pyvm.h"

namespace embed_test {

// The pyvm::Error `action` throws; a failed expectation, and an Error
// with an empty type name, when it throws none.
template <class Action>
pyvm::Error error_of(Action action) {
  try {
    action();
  } catch (const pyvm::Error& error) {
    return error;
  }
  ADD_FAILURE() << "no pyvm::Error was thrown";
  return pyvm::Error("", "");
}

}  // namespace embed_test
