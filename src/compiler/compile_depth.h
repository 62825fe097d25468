// SPDX-License-Identifier: GPL-3.0-or-later
// How deep the compiler's recursive passes (scope analysis, code generation)
// may go. The parser bounds its own recursion, but a chain such as
// `1+1+...+1` or `x[0][0]...[0]` is parsed in a loop into a tree as deep as
// the chain is long, and the passes that walk that tree recurse once per
// level. Like CPython, pyvm allows three levels per remaining Python frame
// and raises RecursionError "maximum recursion depth exceeded during
// compilation" beyond that, or sooner when the native stack runs low.
#pragma once

#include <algorithm>

#include "compiler/syntax_error.h"
#include "runtime/runtime.h"

namespace pyvm {

inline constexpr const char* kCompileRecursionMessage = "maximum recursion depth exceeded during compilation";

// The error both compiler passes report for a program nested past the
// limit: a RecursionError, which has no source location.
inline SyntaxError too_deep_to_compile(const std::string& filename) {
  SyntaxError e;
  e.kind = "RecursionError";
  e.message = kCompileRecursionMessage;
  e.filename = filename;
  return e;
}

class CompileDepth {
 public:
  explicit CompileDepth(const Runtime& rt)
      : rt_(rt), limit_(3 * std::max(0, rt.recursion_limit - rt.recursion_depth())) {}

  // False when one more level would be too deep.
  bool enter() {
    if (++depth_ <= limit_ && !rt_.native_stack_exhausted()) return true;
    --depth_;
    return false;
  }
  void leave() { --depth_; }

 private:
  const Runtime& rt_;
  int limit_;
  int depth_ = 0;
};

// enter()/leave() for one recursive call; ok() says whether it may go on.
class CompileDepthGuard {
 public:
  explicit CompileDepthGuard(CompileDepth& depth) : depth_(depth), entered_(depth.enter()) {}
  ~CompileDepthGuard() {
    if (entered_) depth_.leave();
  }
  CompileDepthGuard(const CompileDepthGuard&) = delete;
  CompileDepthGuard& operator=(const CompileDepthGuard&) = delete;
  bool ok() const { return entered_; }

 private:
  CompileDepth& depth_;
  bool entered_;
};

}  // namespace pyvm
