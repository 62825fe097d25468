// SPDX-License-Identifier: GPL-3.0-or-later
// The abstract syntax tree: what the parser produces and the scope analysis
// and code generator consume.
//
// The node set mirrors CPython 3.11's `ast` module (AsyncFunctionDef,
// AsyncFor and AsyncWith are FunctionDef, For and With with `is_async` set), so the Python language reference and `ast.dump()` explain
// every node. Each node records its source span (1-based lines, 0-based
// UTF-8 byte columns, as CPython's `lineno`/`col_offset`), which becomes the
// code object's line table and the traceback's source position.
//
// Nodes own their children through unique_ptr; a tree is freed with its root,
// in a loop rather than a recursion (NodeDeleter), however deep it is.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace pyvm::ast {

struct Location {
  int line = 0;    // 1-based
  int column = 0;  // 0-based byte offset into the line
  int end_line = 0;
  int end_column = 0;  // one past the last byte
};

// ---------------------------------------------------------------- constants

struct NoneLiteral {};
struct EllipsisLiteral {};
// An integer literal too big for int64: its digits (no prefix, no
// underscores) and base (2, 8, 10 or 16), converted by the runtime.
struct BigIntLiteral {
  std::string digits;
  int base = 10;
};
struct ImaginaryLiteral {  // 2j, 1.5e3J
  double imag = 0.0;
};
struct BytesLiteral {  // b'...', raw bytes after escape processing
  std::string bytes;
};
// Value of a Constant node. std::string holds a str literal as UTF-8, after
// escape processing and adjacent-literal concatenation.
using ConstantValue = std::variant<NoneLiteral, bool, int64_t, BigIntLiteral, double,
                                   ImaginaryLiteral, std::string, BytesLiteral, EllipsisLiteral>;

// -------------------------------------------------------------- operators

enum class BinaryOperator {
  kAdd,
  kSub,
  kMult,
  kMatMult,
  kDiv,
  kMod,
  kPow,
  kLShift,
  kRShift,
  kBitOr,
  kBitXor,
  kBitAnd,
  kFloorDiv
};
enum class UnaryOperator { kInvert, kNot, kUAdd, kUSub };
enum class BoolOperator { kAnd, kOr };
enum class CompareOperator { kEq, kNotEq, kLt, kLtE, kGt, kGtE, kIs, kIsNot, kIn, kNotIn };
// Whether a Name/Attribute/Subscript/Starred/List/Tuple is read, assigned or deleted.
enum class Context { kLoad, kStore, kDel };

// ------------------------------------------------------------- expressions

enum class ExprKind {
  kBoolOp,
  kNamedExpr,
  kBinOp,
  kUnaryOp,
  kLambda,
  kIfExp,
  kDict,
  kSet,
  kListComp,
  kSetComp,
  kDictComp,
  kGeneratorExp,
  kAwait,
  kYield,
  kYieldFrom,
  kCompare,
  kCall,
  kFormattedValue,
  kJoinedStr,
  kConstant,
  kAttribute,
  kSubscript,
  kStarred,
  kName,
  kList,
  kTuple,
  kSlice
};

// The deleter of ExprPtr and StmtPtr. A chain such as `1+1+...+1` or a long
// elif chain is parsed in a loop into a tree as deep as the chain is long;
// freeing it by plain recursion could exhaust the native stack. Deleting a
// node deletes its children through this deleter again: a nested call only
// queues the child, and the outermost call frees the queue in a loop.
template <class Node>
struct NodeDeleter {
  NodeDeleter() = default;
  // Implicit, so that a unique_ptr to a node struct converts to ExprPtr/StmtPtr.
  template <class Derived>
  NodeDeleter(const std::default_delete<Derived>&) {}  // NOLINT(google-explicit-constructor)
  void operator()(Node* node) const;
};

struct Expr {
  explicit Expr(ExprKind k) : kind(k) {}
  virtual ~Expr() = default;
  Expr(const Expr&) = delete;
  Expr& operator=(const Expr&) = delete;

  // Downcast to the node struct for this kind: `expr.as<Name>().id`.
  template <class T>
  T& as() {
    return static_cast<T&>(*this);
  }
  template <class T>
  const T& as() const {
    return static_cast<const T&>(*this);
  }

  const ExprKind kind;
  Location loc;
};
using ExprPtr = std::unique_ptr<Expr, NodeDeleter<Expr>>;
using ExprList = std::vector<ExprPtr>;

struct Stmt;
using StmtPtr = std::unique_ptr<Stmt, NodeDeleter<Stmt>>;
using StmtList = std::vector<StmtPtr>;

// One parameter: `name: annotation`.
struct Arg {
  std::string name;
  ExprPtr annotation;  // may be null
  Location loc;
};

// A function's or lambda's parameter list, as CPython's ast.arguments:
//   def f(posonly, /, args, *vararg, kwonly, **kwarg)
// `defaults` belong to the last len(defaults) of posonly+args;
// `kw_defaults` has one entry per kwonly parameter (null where none).
struct Arguments {
  std::vector<Arg> posonlyargs;
  std::vector<Arg> args;
  std::unique_ptr<Arg> vararg;  // may be null
  std::vector<Arg> kwonlyargs;
  ExprList kw_defaults;        // same length as kwonlyargs; entries may be null
  std::unique_ptr<Arg> kwarg;  // may be null
  ExprList defaults;
};

// `name=value` in a call or class bases, or `**value` when name is empty.
struct Keyword {
  std::string name;  // empty for **mapping
  ExprPtr value;
  Location loc;
};

// One `for target in iter if cond...` clause of a comprehension.
struct Comprehension {
  ExprPtr target;
  ExprPtr iter;
  ExprList ifs;
  bool is_async = false;  // `async for`
};

struct BoolOp : Expr {  // a and b and c
  BoolOp() : Expr(ExprKind::kBoolOp) {}
  BoolOperator op = BoolOperator::kAnd;
  ExprList values;  // at least two
};

struct NamedExpr : Expr {  // target := value
  NamedExpr() : Expr(ExprKind::kNamedExpr) {}
  ExprPtr target;  // a Name
  ExprPtr value;
};

struct BinOp : Expr {
  BinOp() : Expr(ExprKind::kBinOp) {}
  ExprPtr left;
  BinaryOperator op = BinaryOperator::kAdd;
  ExprPtr right;
};

struct UnaryOp : Expr {
  UnaryOp() : Expr(ExprKind::kUnaryOp) {}
  UnaryOperator op = UnaryOperator::kNot;
  ExprPtr operand;
};

struct Lambda : Expr {
  Lambda() : Expr(ExprKind::kLambda) {}
  Arguments args;
  ExprPtr body;
};

struct IfExp : Expr {  // body if test else orelse
  IfExp() : Expr(ExprKind::kIfExp) {}
  ExprPtr test;
  ExprPtr body;
  ExprPtr orelse;
};

struct Dict : Expr {
  Dict() : Expr(ExprKind::kDict) {}
  ExprList keys;  // a null key means `**values[i]`
  ExprList values;
};

struct Set : Expr {
  Set() : Expr(ExprKind::kSet) {}
  ExprList elts;
};

struct ListComp : Expr {
  ListComp() : Expr(ExprKind::kListComp) {}
  ExprPtr elt;
  std::vector<Comprehension> generators;
};

struct SetComp : Expr {
  SetComp() : Expr(ExprKind::kSetComp) {}
  ExprPtr elt;
  std::vector<Comprehension> generators;
};

struct DictComp : Expr {
  DictComp() : Expr(ExprKind::kDictComp) {}
  ExprPtr key;
  ExprPtr value;
  std::vector<Comprehension> generators;
};

struct GeneratorExp : Expr {
  GeneratorExp() : Expr(ExprKind::kGeneratorExp) {}
  ExprPtr elt;
  std::vector<Comprehension> generators;
};

struct Await : Expr {
  Await() : Expr(ExprKind::kAwait) {}
  ExprPtr value;
};

struct Yield : Expr {
  Yield() : Expr(ExprKind::kYield) {}
  ExprPtr value;  // may be null
};

struct YieldFrom : Expr {
  YieldFrom() : Expr(ExprKind::kYieldFrom) {}
  ExprPtr value;
};

struct Compare : Expr {  // left op0 comparators[0] op1 comparators[1] ...
  Compare() : Expr(ExprKind::kCompare) {}
  ExprPtr left;
  std::vector<CompareOperator> ops;
  ExprList comparators;  // same length as ops
};

struct Call : Expr {
  Call() : Expr(ExprKind::kCall) {}
  ExprPtr func;
  ExprList args;  // may contain Starred for *iterable
  std::vector<Keyword> keywords;
};

// One `{value!conversion:format_spec}` field of an f-string.
struct FormattedValue : Expr {
  FormattedValue() : Expr(ExprKind::kFormattedValue) {}
  ExprPtr value;
  int conversion = -1;  // -1 none, or 's', 'r', 'a'
  ExprPtr format_spec;  // a JoinedStr, or null
};

// An f-string: the concatenation of Constant str parts and FormattedValues.
struct JoinedStr : Expr {
  JoinedStr() : Expr(ExprKind::kJoinedStr) {}
  ExprList values;
};

struct Constant : Expr {
  Constant() : Expr(ExprKind::kConstant) {}
  ConstantValue value;
  std::string kind;  // "u" for a u'...' string literal (CPython's Constant.kind), else empty
};

struct Attribute : Expr {  // value.attr
  Attribute() : Expr(ExprKind::kAttribute) {}
  ExprPtr value;
  std::string attr;
  Context ctx = Context::kLoad;
};

struct Subscript : Expr {  // value[slice]
  Subscript() : Expr(ExprKind::kSubscript) {}
  ExprPtr value;
  ExprPtr slice;  // a Slice, a Tuple (a[1:2, 3]) or any expression
  Context ctx = Context::kLoad;
};

struct Starred : Expr {  // *value
  Starred() : Expr(ExprKind::kStarred) {}
  ExprPtr value;
  Context ctx = Context::kLoad;
};

struct Name : Expr {
  Name() : Expr(ExprKind::kName) {}
  std::string id;
  Context ctx = Context::kLoad;
};

struct List : Expr {
  List() : Expr(ExprKind::kList) {}
  ExprList elts;
  Context ctx = Context::kLoad;
};

struct Tuple : Expr {
  Tuple() : Expr(ExprKind::kTuple) {}
  ExprList elts;
  Context ctx = Context::kLoad;
};

struct Slice : Expr {  // lower:upper:step, each part optional
  Slice() : Expr(ExprKind::kSlice) {}
  ExprPtr lower;
  ExprPtr upper;
  ExprPtr step;
};

// -------------------------------------------------------------- statements

enum class StmtKind {
  kFunctionDef,
  kClassDef,
  kReturn,
  kDelete,
  kAssign,
  kAugAssign,
  kAnnAssign,
  kFor,
  kWhile,
  kIf,
  kWith,
  kRaise,
  kTry,
  kAssert,
  kImport,
  kImportFrom,
  kGlobal,
  kNonlocal,
  kExpr,
  kPass,
  kBreak,
  kContinue,
  kMatch
};

struct Stmt {
  explicit Stmt(StmtKind k) : kind(k) {}
  virtual ~Stmt() = default;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  template <class T>
  T& as() {
    return static_cast<T&>(*this);
  }
  template <class T>
  const T& as() const {
    return static_cast<const T&>(*this);
  }

  const StmtKind kind;
  Location loc;
};

struct FunctionDef : Stmt {
  FunctionDef() : Stmt(StmtKind::kFunctionDef) {}
  std::string name;
  Arguments args;
  StmtList body;
  ExprList decorator_list;
  ExprPtr returns;  // may be null
  bool is_async = false;  // `async def`
};

struct ClassDef : Stmt {
  ClassDef() : Stmt(StmtKind::kClassDef) {}
  std::string name;
  ExprList bases;  // may contain Starred
  std::vector<Keyword> keywords;
  StmtList body;
  ExprList decorator_list;
};

struct Return : Stmt {
  Return() : Stmt(StmtKind::kReturn) {}
  ExprPtr value;  // may be null
};

struct Delete : Stmt {
  Delete() : Stmt(StmtKind::kDelete) {}
  ExprList targets;
};

struct Assign : Stmt {  // targets[0] = targets[1] = ... = value
  Assign() : Stmt(StmtKind::kAssign) {}
  ExprList targets;
  ExprPtr value;
};

struct AugAssign : Stmt {  // target op= value
  AugAssign() : Stmt(StmtKind::kAugAssign) {}
  ExprPtr target;
  BinaryOperator op = BinaryOperator::kAdd;
  ExprPtr value;
};

struct AnnAssign : Stmt {  // target: annotation = value
  AnnAssign() : Stmt(StmtKind::kAnnAssign) {}
  ExprPtr target;
  ExprPtr annotation;
  ExprPtr value;        // may be null
  bool simple = false;  // target is a plain name, not in parentheses
};

struct For : Stmt {
  For() : Stmt(StmtKind::kFor) {}
  ExprPtr target;
  ExprPtr iter;
  StmtList body;
  StmtList orelse;
  bool is_async = false;  // `async for`
};

struct While : Stmt {
  While() : Stmt(StmtKind::kWhile) {}
  ExprPtr test;
  StmtList body;
  StmtList orelse;
};

struct If : Stmt {  // an elif chain is an If nested alone in orelse
  If() : Stmt(StmtKind::kIf) {}
  ExprPtr test;
  StmtList body;
  StmtList orelse;
};

struct WithItem {
  ExprPtr context_expr;
  ExprPtr optional_vars;  // may be null
};

struct With : Stmt {
  With() : Stmt(StmtKind::kWith) {}
  std::vector<WithItem> items;
  StmtList body;
  bool is_async = false;  // `async with`
};

struct Raise : Stmt {
  Raise() : Stmt(StmtKind::kRaise) {}
  ExprPtr exc;    // may be null (bare raise)
  ExprPtr cause;  // may be null
};

struct ExceptHandler {
  ExprPtr type;      // may be null (bare except)
  std::string name;  // empty when there is no `as name`
  StmtList body;
  Location loc;
};

// Also CPython's TryStar (`except*` clauses, PEP 654) when `star` is set:
// the two differ only in how the code generator compiles the handlers.
struct Try : Stmt {
  Try() : Stmt(StmtKind::kTry) {}
  bool star = false;  // the clauses are `except*` ones
  StmtList body;
  std::vector<ExceptHandler> handlers;
  StmtList orelse;
  StmtList finalbody;
};

struct Assert : Stmt {
  Assert() : Stmt(StmtKind::kAssert) {}
  ExprPtr test;
  ExprPtr msg;  // may be null
};

struct Alias {  // name as asname; name may be dotted (a.b.c) or "*"
  std::string name;
  std::string asname;  // empty when absent
  Location loc;
};

struct Import : Stmt {
  Import() : Stmt(StmtKind::kImport) {}
  std::vector<Alias> names;
};

struct ImportFrom : Stmt {  // from .module import names
  ImportFrom() : Stmt(StmtKind::kImportFrom) {}
  std::string module;  // may be empty (from . import x)
  std::vector<Alias> names;
  int level = 0;  // number of leading dots
};

struct Global : Stmt {
  Global() : Stmt(StmtKind::kGlobal) {}
  std::vector<std::string> names;
};

struct Nonlocal : Stmt {
  Nonlocal() : Stmt(StmtKind::kNonlocal) {}
  std::vector<std::string> names;
};

struct ExprStmt : Stmt {
  ExprStmt() : Stmt(StmtKind::kExpr) {}
  ExprPtr value;
};

struct Pass : Stmt {
  Pass() : Stmt(StmtKind::kPass) {}
};

struct Break : Stmt {
  Break() : Stmt(StmtKind::kBreak) {}
};

struct Continue : Stmt {
  Continue() : Stmt(StmtKind::kContinue) {}
};

// ------------------------------------------------- patterns of `match`

enum class PatternKind {
  kMatchValue,
  kMatchSingleton,
  kMatchSequence,
  kMatchMapping,
  kMatchClass,
  kMatchStar,
  kMatchAs,
  kMatchOr
};

struct Pattern {
  explicit Pattern(PatternKind k) : kind(k) {}
  virtual ~Pattern() = default;
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;

  template <class T>
  T& as() {
    return static_cast<T&>(*this);
  }
  template <class T>
  const T& as() const {
    return static_cast<const T&>(*this);
  }

  const PatternKind kind;
  Location loc;
};
using PatternPtr = std::unique_ptr<Pattern, NodeDeleter<Pattern>>;
using PatternList = std::vector<PatternPtr>;

struct MatchValue : Pattern {  // a literal or a dotted name, compared with ==
  MatchValue() : Pattern(PatternKind::kMatchValue) {}
  ExprPtr value;
};

struct MatchSingleton : Pattern {  // None, True or False, compared with `is`
  MatchSingleton() : Pattern(PatternKind::kMatchSingleton) {}
  ConstantValue value;
};

struct MatchSequence : Pattern {  // [a, *rest] or (a, b)
  MatchSequence() : Pattern(PatternKind::kMatchSequence) {}
  PatternList patterns;  // at most one MatchStar
};

struct MatchMapping : Pattern {  // {key: pattern, **rest}
  MatchMapping() : Pattern(PatternKind::kMatchMapping) {}
  ExprList keys;  // literals or dotted names
  PatternList patterns;
  std::string rest;  // empty when there is no **rest
};

struct MatchClass : Pattern {  // cls(patterns..., kwd_attrs[i]=kwd_patterns[i]...)
  MatchClass() : Pattern(PatternKind::kMatchClass) {}
  ExprPtr cls;  // a name or dotted name
  PatternList patterns;
  std::vector<std::string> kwd_attrs;
  PatternList kwd_patterns;
};

struct MatchStar : Pattern {  // *name in a sequence pattern
  MatchStar() : Pattern(PatternKind::kMatchStar) {}
  std::string name;  // empty for *_
};

// `pattern as name`; a bare capture `name` (null pattern); the wildcard `_`
// (null pattern, empty name).
struct MatchAs : Pattern {
  MatchAs() : Pattern(PatternKind::kMatchAs) {}
  PatternPtr pattern;
  std::string name;
};

struct MatchOr : Pattern {  // p1 | p2 | ...
  MatchOr() : Pattern(PatternKind::kMatchOr) {}
  PatternList patterns;  // at least two
};

struct MatchCase {
  PatternPtr pattern;
  ExprPtr guard;  // may be null
  StmtList body;
};

struct Match : Stmt {
  Match() : Stmt(StmtKind::kMatch) {}
  ExprPtr subject;
  std::vector<MatchCase> cases;
};

// A parsed file (or `-c` string, or REPL input).
struct Module {
  StmtList body;
};

}  // namespace pyvm::ast
