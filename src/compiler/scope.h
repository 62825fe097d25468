// SPDX-License-Identifier: GPL-3.0-or-later
// Scope analysis: for every function, class, lambda, comprehension and the
// module, which names it binds and where each name it uses lives (CPython's
// symtable). The code generator asks it how to load or store a name:
//
//   kLocal          a function's local: a numbered slot (LOAD_FAST)
//   kCell           a local captured by an inner function: a cell (LOAD_DEREF)
//   kFree           a variable of an enclosing function (LOAD_DEREF)
//   kGlobalExplicit declared `global` (LOAD_GLOBAL)
//   kGlobalImplicit not bound anywhere enclosing: global or builtin
//                   (LOAD_GLOBAL in functions, LOAD_NAME at module/class level)
//
// Names are mangled (`__x` in class C is `_C__x`) before analysis, as CPython.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/ast.h"
#include "compiler/compile_depth.h"
#include "compiler/syntax_error.h"

namespace pyvm {

enum class ScopeKind { kModule, kClass, kFunction, kComprehension };

enum class Binding { kLocal, kCell, kFree, kGlobalExplicit, kGlobalImplicit };

struct Scope {
  ScopeKind kind = ScopeKind::kModule;
  std::string name;      // function or class name; "<listcomp>" etc. for comprehensions
  std::string qualname;  // as __qualname__
  Scope* parent = nullptr;
  std::vector<std::unique_ptr<Scope>> children;

  // Parameters in slot order: positional, keyword-only, *args, **kwargs.
  std::vector<std::string> parameters;
  bool is_generator = false;
  // An `async def`, or a comprehension with `async for` or `await` in it:
  // with is_generator, an async generator; without, a coroutine.
  bool is_coroutine = false;
  bool has_varargs = false;
  bool has_varkeywords = false;
  // A class body whose methods use super() or __class__: it gets a
  // __class__ cell that type() fills in.
  bool needs_class_cell = false;
  // Inside a class: the class name used for mangling private names.
  std::string private_prefix;

  // The binding of every name the scope binds or uses.
  std::unordered_map<std::string, Binding> bindings;
  // Slot order of the scope's variables (for stable numbering).
  std::vector<std::string> locals;  // parameters first
  std::vector<std::string> cells;
  std::vector<std::string> frees;

  Binding binding_of(const std::string& name) const;
  // The class name private names are mangled with inside this scope.
  const std::string& mangling_prefix() const {
    return kind == ScopeKind::kClass ? name : private_prefix;
  }
  bool is_function_like() const {
    return kind == ScopeKind::kFunction || kind == ScopeKind::kComprehension;
  }
  // Some enclosing scope is a function, lambda or comprehension.
  bool is_inside_function() const {
    for (const Scope* outer = parent; outer != nullptr; outer = outer->parent) {
      if (outer->is_function_like()) return true;
    }
    return false;
  }
};

struct ScopeTable {
  std::unique_ptr<Scope> module;
  // The scope a function/class/lambda/comprehension node opens.
  std::unordered_map<const void*, Scope*> by_node;

  Scope* scope_of(const void* node) const {
    auto found = by_node.find(node);
    return found == by_node.end() ? nullptr : found->second;
  }
};

// Analyses a module. On a scoping error ("no binding for nonlocal 'x'
// found", "name 'x' is parameter and global", ...) returns the SyntaxError;
// on a tree deeper than `depth` allows, an error of kind RecursionError.
std::optional<SyntaxError> analyze_scopes(const ast::Module& module, const std::string& filename,
                                          bool interactive, CompileDepth& depth, ScopeTable* table);

}  // namespace pyvm
