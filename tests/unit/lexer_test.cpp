// Lexer tests: token kinds, text and positions, and the tokenizer's errors.
#include <gtest/gtest.h>

#include "compiler/lexer.h"

namespace pyvm {
namespace {

TEST(Lexer, Placeholder) { SUCCEED(); }

}  // namespace
}  // namespace pyvm
