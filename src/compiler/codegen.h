// SPDX-License-Identifier: GPL-3.0-or-later
// The code generator: walks the AST of a module, with the scopes found by
// scope analysis, and emits one code object per function, class body,
// lambda, comprehension and the module itself (nested code objects are
// constants of their parent).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compiler/ast.h"
#include "compiler/code_builder.h"
#include "compiler/future.h"
#include "compiler/parser.h"
#include "compiler/scope.h"
#include "compiler/syntax_error.h"
#include "runtime/runtime.h"

namespace pyvm {

class CodeGenerator {
 public:
  CodeGenerator(Runtime& rt, const ScopeTable& scopes, const std::string& filename, ParseMode mode,
                const FutureFeatures& future);

  // The module's code object, or null with error() set.
  Ref<CodeObject> compile_module(const ast::Module& module);
  const std::optional<SyntaxError>& error() const { return error_; }

 private:
  // A block the code is nested in, for break/continue/return to unwind.
  enum class BlockKind {
    kWhileLoop,       // nothing on the stack
    kForLoop,         // the iterator on the stack
    kTryExcept,       // the body of a try with except clauses
    kFinallyTry,      // the body of a try with a finally clause
    kFinallyEnd,      // the finally body run for an exception: [previous, exc]
    kHandlerCleanup,  // an except clause body: [previous]
    kExceptStar,      // except* clauses: break, continue and return may not leave them
    kWith,            // a with body: [exit]
    kAsyncWith,       // an async with body: [exit], its result awaited
  };
  struct Block {
    BlockKind kind;
    Label continue_target = -1;  // loops
    Label exit_target = -1;      // loops: where break goes
    const ast::StmtList* finally_body = nullptr;  // kFinallyTry
    std::string handler_name;    // kHandlerCleanup: the `as` name to unbind
    int regions = 0;             // handler regions opened with the block
  };
  // The code object being generated and what only it needs.
  struct Unit {
    explicit Unit(Runtime& rt) : builder(rt) {}
    Scope* scope = nullptr;
    CodeBuilder builder;
    std::vector<Block> blocks;
    std::string docstring;
    bool has_docstring = false;
  };

  // ---- units
  void enter_unit(Scope* scope);
  // Finishes the current unit into a code object and leaves it.
  Ref<CodeObject> leave_unit(const std::string& name, int first_line, uint32_t flags,
                             int argument_count, int positional_only, int keyword_only);
  CodeBuilder& out() { return units_.back()->builder; }
  Unit& unit() { return *units_.back(); }
  Scope* scope() { return units_.back()->scope; }

  // ---- helpers
  void fail(const std::string& message, const ast::Location& location);
  // The RecursionError for a tree deeper than depth_ allows.
  void fail_too_deep();
  bool failed() const { return error_.has_value(); }
  void emit(Opcode op, uint32_t arg = 0) { out().emit(op, arg); }
  void emit_constant(const Value& value) { emit(Opcode::LOAD_CONST, out().add_constant(value)); }
  void emit_none() { emit_constant(Value::none()); }
  std::string mangle(const std::string& name);
  // Load/store/delete of a name according to its binding.
  void name_operation(const std::string& name, ast::Context context);
  uint32_t deref_index(const std::string& name);
  // The closure tuple for a nested scope: pushes the cells it captures;
  // false when it captures nothing.
  bool emit_closure(Scope* nested);
  // Pushes a function object for `code` (with defaults etc. already pushed
  // per `flags`).
  void emit_make_function(Scope* nested, const Ref<CodeObject>& code, uint32_t flags);

  // ---- statements
  void compile_body(const ast::StmtList& body);
  void compile_statement(const ast::Stmt& stmt);
  void compile_function_def(const ast::Stmt& stmt);
  void compile_class_def(const ast::Stmt& stmt);
  void compile_assign(const ast::Assign& assign);
  void compile_aug_assign(const ast::AugAssign& assign);
  // A plain local variable of a function (LOAD_FAST/STORE_FAST).
  bool is_fast_local(const ast::Expr& expr);
  // Whether an augmented assignment to `target` (an attribute or subscript)
  // may load its object and index again for the store: they are locals or
  // constants and evaluating `value` cannot rebind them.
  bool reloadable_for_store(const ast::Expr& target, const ast::Expr& value);
  void compile_ann_assign(const ast::AnnAssign& assign);
  void compile_annotation(const ast::Expr& annotation);
  void compile_delete(const ast::Expr& target);
  void compile_store(const ast::Expr& target);
  void compile_unpack(const ast::ExprList& elements, const ast::Location& location);
  void compile_if(const ast::If& node);
  void compile_while(const ast::While& node);
  void compile_for(const ast::For& node, const ast::Location& location);
  // The jump from a loop body's end back to its head.
  void emit_loop_back_edge(Label loop);
  void compile_break(const ast::Location& location);
  void compile_continue(const ast::Location& location);
  void compile_return(const ast::Return& node, const ast::Location& location);
  void compile_raise(const ast::Raise& node);
  void compile_try(const ast::Try& node);
  void compile_try_except(const ast::Try& node);
  void compile_try_finally(const ast::Try& node);
  void compile_try_star(const ast::Try& node);
  // CPython's compile-time error for break, continue or return leaving
  // except* clauses (the blocks from `stop_at` up); true when it failed.
  bool leaves_except_star(size_t stop_at, const ast::Location& location);
  void compile_with(const ast::With& node, size_t item);
  void compile_assert(const ast::Assert& node);
  // A body's docstring, or null (none, or -OO).
  const std::string* docstring(const ast::StmtList& body) const;
  void compile_import(const ast::Import& node);
  void compile_import_from(const ast::ImportFrom& node);
  // Emits the cleanup of the blocks being left by break/continue/return,
  // innermost first, down to (not including) block `stop_at`, then `leave`
  // (the jump or the return) outside their handler regions; with
  // `preserve_top`, the value on top of the stack stays on top.
  void unwind_blocks(size_t stop_at, bool preserve_top, const std::function<void()>& leave);
  void unwind_block(const Block& block, bool preserve_top);
  void emit_implicit_return(const ast::StmtList& body);

  // ---- match statements (codegen_match.cpp)
  struct PatternContext;
  void compile_match(const ast::Match& node);
  void compile_pattern(const ast::Pattern& pattern, PatternContext& pc);
  void compile_subpattern(const ast::Pattern& pattern, PatternContext& pc);
  void compile_as_pattern(const ast::MatchAs& node, PatternContext& pc);
  void compile_sequence_pattern(const ast::MatchSequence& node, PatternContext& pc);
  void compile_unpacked_subpatterns(const ast::PatternList& patterns, PatternContext& pc);
  void compile_mapping_pattern(const ast::MatchMapping& node, PatternContext& pc);
  void compile_class_pattern(const ast::MatchClass& node, PatternContext& pc);
  void compile_or_pattern(const ast::MatchOr& node, PatternContext& pc);
  void capture_pattern_name(const std::string& name, const ast::Location& location,
                            PatternContext& pc);
  void ensure_fail_pop(PatternContext& pc, size_t pops);
  void jump_to_fail_pop(PatternContext& pc, Opcode jump);
  void emit_fail_pops(PatternContext& pc);
  void emit_rotate_down(int depth);
  void emit_permutation(std::vector<std::string> current, const std::vector<std::string>& wanted);

  // ---- expressions
  void compile_expression(const ast::Expr& expr);
  void compile_expressions(const ast::ExprList& list);
  void compile_constant(const ast::ConstantValue& value, const ast::Location& location);
  Value constant_value(const ast::ConstantValue& value);
  void compile_bool_op(const ast::BoolOp& node);
  void compile_compare(const ast::Compare& node);
  void compile_call(const ast::Call& node);
  // Arguments after the callable (and self): returns false after emitting
  // the CALL_FUNCTION_EX form when starred or ** arguments are present.
  void compile_call_arguments(const ast::ExprList& args, const std::vector<ast::Keyword>& keywords,
                              Opcode plain, Opcode with_keywords, uint32_t extra);
  void compile_call_with_unpacking(const ast::ExprList& args,
                                   const std::vector<ast::Keyword>& keywords, bool list_started);
  void compile_sequence(const ast::ExprList& elements, Opcode build, bool as_tuple);
  void compile_dict(const ast::Dict& node);
  void compile_subscript(const ast::Subscript& node);
  void compile_slice(const ast::Slice& node);
  void compile_lambda(const ast::Expr& expr);
  void compile_comprehension(const ast::Expr& expr);
  void compile_comprehension_loop(const std::vector<ast::Comprehension>& generators, size_t index,
                                  const ast::Expr& expr);
  void compile_joined_str(const ast::JoinedStr& node);
  void compile_formatted_value(const ast::FormattedValue& node);
  void compile_yield_from(const ast::Expr& value, const ast::Location& location);
  // The `yield from` loop over the iterator on top: what `await` and
  // `yield from` share. Leaves the iterator's return value.
  void emit_yield_from_loop();
  // await of the top: GET_AWAITABLE `where` (see opcodes.def) and the loop.
  void emit_await(uint32_t where);
  void compile_await(const ast::Await& node, const ast::Location& location);
  // An async for's step, the async iterator on top: pushes the next item,
  // or goes to `end` with [iterator, exception] for END_ASYNC_FOR there.
  // Returns the stack depth at `end`, to set when it is bound.
  int emit_async_for_next(Label end);
  // Whether the code being generated is an `async def` body.
  bool in_async_function();
  // CPython's "'async for' outside async function" and its kin.
  bool check_in_async_function(const char* what, const ast::Location& location);
  // Jumps to `target` when `expr` is (or, with !when_true, is not) true.
  void compile_jump_if(const ast::Expr& expr, bool when_true, Label target);
  // Pushes the defaults tuple, keyword defaults dict and annotations dict of
  // a parameter list; returns the MAKE_FUNCTION flags for them.
  uint32_t compile_parameter_values(const ast::Arguments& args, const ast::Expr* returns);
  bool is_constant_tuple(const ast::ExprList& elements);
  // The value of an expression of constants only (`-1`, `1+2j`), or null.
  Value folded_constant(const ast::Expr& expr);
  void compile_constant_display(const ast::ExprList& elements, Opcode build);
  void compile_iterable(const ast::Expr& expr);
  uint32_t compile_slice_parts(const ast::Slice& node);
  void compile_compared_operand(const ast::Expr& operand, ast::CompareOperator op);
  Ref<Tuple> constant_items(const ast::ExprList& elements);
  Value frozenset_constant(const Ref<Tuple>& items);

  Runtime& rt_;
  const ScopeTable& scopes_;
  std::string filename_;
  ParseMode mode_;
  FutureFeatures future_;
  CompileDepth depth_;
  std::vector<std::unique_ptr<Unit>> units_;
  std::optional<SyntaxError> error_;
};

}  // namespace pyvm
