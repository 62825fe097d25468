// SPDX-License-Identifier: GPL-3.0-or-later
// CodeObject: one compiled function body, class body or module — its
// instructions, constants, names, variable layout, line table and
// exception table (docs/architecture.md). Code objects are immutable Python objects
// (type `code`) except for the interpreter's inline caches.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "bytecode/opcodes.h"
#include "runtime/object.h"
#include "runtime/str.h"
#include "runtime/value.h"

namespace pyvm {

class Runtime;

enum CodeFlag : uint32_t {
  kCodeVarargs = 1,       // has *args
  kCodeVarkeywords = 2,   // has **kwargs
  kCodeGenerator = 4,     // calling it creates a generator
  kCodeFunction = 8,      // a function body (fast locals), not a module or class body
  kCodeClassBody = 16,    // a class body (LOAD_CLASSDEREF, __class__ cell)
  kCodeHasDocstring = 32, // constants[0] is the docstring
  kCodeNested = 64,       // a function body inside another function (CPython's CO_NESTED)
  kCodeCoroutine = 128,   // calling it creates a coroutine (`async def`)
  kCodeAsyncGenerator = 256,  // calling it creates an async generator (`async def` with `yield`)
};
// Calling code with one of these flags creates a suspended frame (a
// Generator object of the matching type) instead of running it.
inline constexpr uint32_t kCodeResumable = kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator;

// CPython 3.11's CO_* bits, which `co_flags` reports: pyvm's own flags
// translated (cpython_code_flags), named as dis.pretty_flags names them.
enum CPythonCodeFlag : int64_t {
  kCoOptimized = 0x1,
  kCoNewLocals = 0x2,
  kCoVarargs = 0x4,
  kCoVarkeywords = 0x8,
  kCoNested = 0x10,
  kCoGenerator = 0x20,
  kCoCoroutine = 0x80,
  kCoAsyncGenerator = 0x200,
};
struct CPythonCodeFlagName {
  int64_t flag;
  std::string_view name;
};
inline constexpr CPythonCodeFlagName kCPythonCodeFlagNames[] = {
    {kCoOptimized, "OPTIMIZED"},     {kCoNewLocals, "NEWLOCALS"}, {kCoVarargs, "VARARGS"},
    {kCoVarkeywords, "VARKEYWORDS"}, {kCoNested, "NESTED"},       {kCoGenerator, "GENERATOR"},
    {kCoCoroutine, "COROUTINE"},     {kCoAsyncGenerator, "ASYNC_GENERATOR"},
};

// The source span of a run of instructions, starting at `instruction`
// (1-based lines, 0-based UTF-8 byte columns, as the AST's).
struct LineEntry {
  uint32_t instruction = 0;
  int32_t line = 0;
  int32_t end_line = 0;
  int32_t column = 0;
  int32_t end_column = 0;
};

// Instructions [start, end) are protected: an exception raised there pops
// the operand stack to `depth` items, pushes the exception and continues at
// `target`. Entries do not overlap and are sorted by start.
struct ExceptionHandler {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t target = 0;
  uint32_t depth = 0;
};

// Per-instruction scratch space for the interpreter's specializing
// (quickening) instructions: what an instruction's guards compare and what
// they found (docs/optimizer.md). Allocated, one per instruction, the first
// time the code runs an instruction that caches.
// A polymorphic cache (LOAD_METHOD_POLY, LOAD_ATTR_POLY, STORE_ATTR_POLY): an entry for
// receivers of each type version and instance dict shape (kNoShape: the
// type's instances have no __dict__).
struct PolymorphicEntry {
  uint32_t type_version = 0;
  uint32_t shape = 0;
  Object* method = nullptr;  // LOAD_METHOD_POLY: borrowed, as InlineCache::object
  int64_t index = 0;         // LOAD_ATTR_POLY, STORE_ATTR_POLY: the attribute's entry in the instance dict
};
struct PolymorphicCache {
  static constexpr size_t kMaxEntries = 4;
  PolymorphicEntry entries[kMaxEntries];
  size_t count = 0;
};

struct InlineCache {
  uint64_t version = 0;        // a dict's keys version (globals, a module's dict)
  uint64_t other_version = 0;  // the builtins' keys version (LOAD_GLOBAL_BUILTIN)
  int64_t index = 0;           // an entry index, or a __slots__ member's offset
  // What the lookup found on the type (a method, a class attribute, a
  // property's getter, a method descriptor): borrowed, valid while the
  // type's version is `type_version` (a type's attributes keep it alive).
  Object* object = nullptr;
  // Where a class attribute lives in a class's dict (as lookup_in_mro
  // finds it), valid while the type's version is `type_version`.
  const Value* value = nullptr;
  // The class of the class attribute `*value` of the instruction's name,
  // when a class (heap type) that may gain __get__ or __set__ later, or be
  // swapped by a __class__ assignment, and so turn the attribute into a
  // descriptor that changes what the instruction does (null when there is
  // none or it is a built-in type); and its version then.
  Type* value_type = nullptr;
  uint32_t value_type_version = 0;
  uint32_t type_version = 0;   // the receiver's type version (never 0 once cached)
  uint32_t shape = 0;          // the instance dict's shape (STORE_ATTR_ADD: before)
  uint32_t next_shape = 0;     // STORE_ATTR_ADD: the shape after
  // A base instruction's countdown to its next specialization attempt; a
  // specialized one's failed guards left before it turns back into its base.
  int16_t counter = 0;
  uint16_t backoff = 0;        // the countdown after the next failed attempt
  std::unique_ptr<PolymorphicCache> polymorphic;  // the *_POLY forms' entries
};

struct CodeObject : Object {
  std::vector<uint32_t> instructions;
  std::vector<Value> constants;
  std::vector<Ref<Str>> names;        // global, attribute and import names (interned)
  std::vector<Ref<Str>> local_names;  // local variables, parameters first (interned)
  std::vector<Ref<Str>> cell_names;   // locals captured by inner functions
  std::vector<Ref<Str>> free_names;   // variables captured from enclosing functions
  // For each cell: the parameter whose value it starts with, or -1.
  std::vector<int32_t> cell_parameters;
  int32_t argument_count = 0;         // positional parameters, positional-only included
  int32_t positional_only_count = 0;
  int32_t keyword_only_count = 0;
  uint32_t flags = 0;
  int32_t stack_size = 0;
  int32_t first_line = 0;
  Ref<Str> name;
  Ref<Str> qualname;
  Ref<Str> filename;
  std::vector<LineEntry> lines;
  std::vector<ExceptionHandler> handlers;
  std::unique_ptr<InlineCache[]> caches;

  size_t local_count() const { return local_names.size(); }
  size_t cell_count() const { return cell_names.size(); }
  size_t free_count() const { return free_names.size(); }
  // A frame's variable slots: locals, cells, then frees.
  size_t variable_count() const { return local_count() + cell_count() + free_count(); }
  // Slots a frame needs: the variables, then the operand stack.
  size_t frame_slots() const { return variable_count() + static_cast<size_t>(stack_size); }
  // Number of named parameters (positional and keyword-only, not * or **).
  size_t parameter_count() const {
    return static_cast<size_t>(argument_count + keyword_only_count);
  }
  bool has_flag(uint32_t flag) const { return (flags & flag) != 0; }

  // The source span of an instruction (line 0 when unknown).
  LineEntry location_of(size_t instruction) const;
  int line_of(size_t instruction) const { return location_of(instruction).line; }
  // The handler protecting an instruction, or null.
  const ExceptionHandler* handler_for(size_t instruction) const;
  InlineCache* cache_for(size_t instruction) {
    if (!caches) caches = std::make_unique<InlineCache[]>(instructions.size());
    return &caches[instruction];
  }
};
bool has_layout(const Object* object, const CodeObject*);

Ref<CodeObject> make_code(Runtime& rt);

// co_flags: CPython gives every function body (def, lambda, comprehension)
// fast locals and a fresh namespace; module and class bodies have no flags.
int64_t cpython_code_flags(const CodeObject& code);

void init_code_type(Runtime& rt);

}  // namespace pyvm
