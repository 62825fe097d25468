// SPDX-License-Identifier: GPL-3.0-or-later
// The code generator's expressions (see codegen.h).
#include <gmp.h>

#include <algorithm>

#include "compiler/codegen.h"
#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/complex.h"
#include "runtime/int.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

Opcode binary_opcode(ast::BinaryOperator op) {
  switch (op) {
    case ast::BinaryOperator::kAdd: return Opcode::BINARY_ADD;
    case ast::BinaryOperator::kSub: return Opcode::BINARY_SUBTRACT;
    case ast::BinaryOperator::kMult: return Opcode::BINARY_MULTIPLY;
    case ast::BinaryOperator::kMatMult: return Opcode::BINARY_MATRIX_MULTIPLY;
    case ast::BinaryOperator::kDiv: return Opcode::BINARY_TRUE_DIVIDE;
    case ast::BinaryOperator::kMod: return Opcode::BINARY_REMAINDER;
    case ast::BinaryOperator::kPow: return Opcode::BINARY_POWER;
    case ast::BinaryOperator::kLShift: return Opcode::BINARY_LSHIFT;
    case ast::BinaryOperator::kRShift: return Opcode::BINARY_RSHIFT;
    case ast::BinaryOperator::kBitOr: return Opcode::BINARY_OR;
    case ast::BinaryOperator::kBitXor: return Opcode::BINARY_XOR;
    case ast::BinaryOperator::kBitAnd: return Opcode::BINARY_AND;
    case ast::BinaryOperator::kFloorDiv: return Opcode::BINARY_FLOOR_DIVIDE;
  }
  return Opcode::BINARY_ADD;
}

void emit_compare(CodeBuilder& b, ast::CompareOperator op) {
  using C = ast::CompareOperator;
  switch (op) {
    case C::kEq: b.emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::kEqual)); break;
    case C::kNotEq: b.emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::kNotEqual)); break;
    case C::kLt: b.emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::kLess)); break;
    case C::kLtE: b.emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::kLessEqual)); break;
    case C::kGt: b.emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::kGreater)); break;
    case C::kGtE: b.emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::kGreaterEqual)); break;
    case C::kIs: b.emit(Opcode::IS_OP, 0); break;
    case C::kIsNot: b.emit(Opcode::IS_OP, 1); break;
    case C::kIn: b.emit(Opcode::CONTAINS_OP, 0); break;
    case C::kNotIn: b.emit(Opcode::CONTAINS_OP, 1); break;
  }
}

bool has_starred(const ast::ExprList& list) {
  return std::any_of(list.begin(), list.end(),
                     [](const ast::ExprPtr& e) { return e->kind == ast::ExprKind::kStarred; });
}

bool has_double_star(const std::vector<ast::Keyword>& keywords) {
  return std::any_of(keywords.begin(), keywords.end(), [](const ast::Keyword& k) { return k.name.empty(); });
}

}  // namespace

// --------------------------------------------------------------- constants

Value CodeGenerator::constant_value(const ast::ConstantValue& value) {
  return std::visit(
      [&](const auto& v) -> Value {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, ast::NoneLiteral>) return Value::none();
        else if constexpr (std::is_same_v<T, bool>) return Value::boolean(v);
        else if constexpr (std::is_same_v<T, int64_t>) return Value::small_int(v);
        else if constexpr (std::is_same_v<T, double>) return Value::floating(v);
        else if constexpr (std::is_same_v<T, std::string>) return str_value(rt_, v);
        else if constexpr (std::is_same_v<T, ast::BytesLiteral>) return make_bytes(rt_, v.bytes);
        else if constexpr (std::is_same_v<T, ast::EllipsisLiteral>) return rt_.ellipsis();
        else if constexpr (std::is_same_v<T, ast::BigIntLiteral>) {
          mpz_t z;
          mpz_init(z);
          mpz_set_str(z, v.digits.c_str(), v.base);
          Value result = int_from_mpz(rt_, z);
          mpz_clear(z);
          return result;
        } else {
          static_assert(std::is_same_v<T, ast::ImaginaryLiteral>);
          return make_complex(rt_, {0.0, v.imag});
        }
      },
      value);
}

void CodeGenerator::compile_constant(const ast::ConstantValue& value, const ast::Location&) {
  emit_constant(constant_value(value));
}

// A literal, or a negated one.
static bool is_signed_literal(const ast::Expr& expr) {
  if (expr.kind == ast::ExprKind::kConstant) return true;
  if (expr.kind != ast::ExprKind::kUnaryOp) return false;
  const auto& u = expr.as<ast::UnaryOp>();
  return u.op == ast::UnaryOperator::kUSub && u.operand->kind == ast::ExprKind::kConstant;
}

// The value of an expression made only of constants (literals, signs,
// complex numbers written as sums like 1+2j, tuples of them), folded at
// compile time; null when not foldable.
static Value fold_constant(CodeGenerator* generator, Runtime& rt, const ast::Expr& expr,
                           Value (CodeGenerator::*convert)(const ast::ConstantValue&)) {
  switch (expr.kind) {
    case ast::ExprKind::kConstant: return (generator->*convert)(expr.as<ast::Constant>().value);
    case ast::ExprKind::kUnaryOp: {
      const auto& u = expr.as<ast::UnaryOp>();
      if (u.op != ast::UnaryOperator::kUSub) return Value();
      Value operand = fold_constant(generator, rt, *u.operand, convert);
      if (operand.is_small_int() && operand.as_small_int() != INT64_MIN) {
        return Value::small_int(-operand.as_small_int());
      }
      if (operand.is_float()) return Value::floating(-operand.as_float());
      if (is_complex(rt, operand)) {
        const ComplexParts z = complex_parts(operand);
        return make_complex(rt, {-z.real, -z.imag});
      }
      return Value();
    }
    case ast::ExprKind::kBinOp: {
      // A complex number written as a sum or difference of two literals
      // (1+2j, -1.5-2j) is one constant, as CPython's folding makes it; the
      // value is what the runtime operation gives. Anything longer is left
      // to run time (so that folding never walks a long chain repeatedly).
      const auto& b = expr.as<ast::BinOp>();
      if (b.op != ast::BinaryOperator::kAdd && b.op != ast::BinaryOperator::kSub) return Value();
      if (!is_signed_literal(*b.left) || !is_signed_literal(*b.right)) return Value();
      Value left = fold_constant(generator, rt, *b.left, convert);
      if (left.is_null()) return Value();
      Value right = fold_constant(generator, rt, *b.right, convert);
      if (right.is_null() || (!is_complex(rt, left) && !is_complex(rt, right))) return Value();
      const BinaryOp op = b.op == ast::BinaryOperator::kAdd ? BinaryOp::kAdd : BinaryOp::kSubtract;
      Value result = complex_binary(rt, op, left, right);
      if (result.is_null()) {
        rt.clear_error();  // (an int too large for a float) raised at run time instead
        return Value();
      }
      return result.is(rt.not_implemented()) ? Value() : result;
    }
    case ast::ExprKind::kTuple: {
      const auto& t = expr.as<ast::Tuple>();
      Ref<Tuple> tuple = allocate_tuple(rt, t.elts.size());
      for (size_t i = 0; i < t.elts.size(); ++i) {
        Value item = fold_constant(generator, rt, *t.elts[i], convert);
        if (item.is_null()) return Value();
        (*tuple)[i] = std::move(item);
      }
      return tuple;
    }
    default: return Value();
  }
}

Value CodeGenerator::folded_constant(const ast::Expr& expr) {
  return fold_constant(this, rt_, expr, &CodeGenerator::constant_value);
}

bool CodeGenerator::is_constant_tuple(const ast::ExprList& elements) {
  for (const auto& e : elements) {
    if (fold_constant(this, rt_, *e, &CodeGenerator::constant_value).is_null()) return false;
  }
  return true;
}

// ------------------------------------------------------------- expressions

void CodeGenerator::compile_expressions(const ast::ExprList& list) {
  for (const auto& e : list) compile_expression(*e);
}

void CodeGenerator::compile_expression(const ast::Expr& expr) {
  if (failed()) return;
  CompileDepthGuard guard(depth_);
  if (!guard.ok()) return fail_too_deep();
  LocationScope location(out(), expr.loc);
  using K = ast::ExprKind;
  switch (expr.kind) {
    case K::kConstant: compile_constant(expr.as<ast::Constant>().value, expr.loc); break;
    case K::kName: name_operation(expr.as<ast::Name>().id, ast::Context::kLoad); break;
    case K::kBinOp: {
      const auto& b = expr.as<ast::BinOp>();
      Value folded = fold_constant(this, rt_, expr, &CodeGenerator::constant_value);
      if (!folded.is_null()) {
        emit_constant(folded);
        break;
      }
      compile_expression(*b.left);
      compile_expression(*b.right);
      emit(binary_opcode(b.op));
      break;
    }
    case K::kUnaryOp: {
      const auto& u = expr.as<ast::UnaryOp>();
      Value folded = fold_constant(this, rt_, expr, &CodeGenerator::constant_value);
      if (!folded.is_null()) {
        emit_constant(folded);
        break;
      }
      compile_expression(*u.operand);
      switch (u.op) {
        case ast::UnaryOperator::kInvert: emit(Opcode::UNARY_INVERT); break;
        case ast::UnaryOperator::kNot: emit(Opcode::UNARY_NOT); break;
        case ast::UnaryOperator::kUAdd: emit(Opcode::UNARY_POSITIVE); break;
        case ast::UnaryOperator::kUSub: emit(Opcode::UNARY_NEGATIVE); break;
      }
      break;
    }
    case K::kBoolOp: compile_bool_op(expr.as<ast::BoolOp>()); break;
    case K::kCompare: compile_compare(expr.as<ast::Compare>()); break;
    case K::kCall: compile_call(expr.as<ast::Call>()); break;
    case K::kAttribute: {
      const auto& a = expr.as<ast::Attribute>();
      compile_expression(*a.value);
      emit(Opcode::LOAD_ATTR, out().add_name(mangle(a.attr)));
      break;
    }
    case K::kSubscript: compile_subscript(expr.as<ast::Subscript>()); break;
    case K::kSlice: compile_slice(expr.as<ast::Slice>()); break;
    case K::kTuple: {
      const auto& t = expr.as<ast::Tuple>();
      Value folded = fold_constant(this, rt_, expr, &CodeGenerator::constant_value);
      if (!folded.is_null()) {
        emit_constant(folded);
        break;
      }
      compile_sequence(t.elts, Opcode::BUILD_TUPLE, true);
      break;
    }
    case K::kList: compile_sequence(expr.as<ast::List>().elts, Opcode::BUILD_LIST, false); break;
    case K::kSet: compile_sequence(expr.as<ast::Set>().elts, Opcode::BUILD_SET, false); break;
    case K::kDict: compile_dict(expr.as<ast::Dict>()); break;
    case K::kIfExp: {
      const auto& i = expr.as<ast::IfExp>();
      const Label otherwise = out().new_label();
      const Label end = out().new_label();
      compile_jump_if(*i.test, false, otherwise);
      compile_expression(*i.body);
      out().emit_jump(Opcode::JUMP, end);
      out().bind(otherwise);
      compile_expression(*i.orelse);
      out().bind(end);
      break;
    }
    case K::kNamedExpr: {
      const auto& n = expr.as<ast::NamedExpr>();
      compile_expression(*n.value);
      emit(Opcode::COPY, 1);
      name_operation(n.target->as<ast::Name>().id, ast::Context::kStore);
      break;
    }
    case K::kLambda: compile_lambda(expr); break;
    case K::kListComp:
    case K::kSetComp:
    case K::kDictComp:
    case K::kGeneratorExp: compile_comprehension(expr); break;
    case K::kYield: {
      const auto& y = expr.as<ast::Yield>();
      if (y.value) {
        compile_expression(*y.value);
      } else {
        emit_none();
      }
      emit(Opcode::YIELD_VALUE, 0);
      break;
    }
    case K::kYieldFrom: compile_yield_from(*expr.as<ast::YieldFrom>().value, expr.loc); break;
    case K::kAwait: compile_await(expr.as<ast::Await>(), expr.loc); break;
    case K::kJoinedStr: compile_joined_str(expr.as<ast::JoinedStr>()); break;
    case K::kFormattedValue: compile_formatted_value(expr.as<ast::FormattedValue>()); break;
    case K::kStarred: fail("can't use starred expression here", expr.loc); break;
  }
}

void CodeGenerator::compile_bool_op(const ast::BoolOp& node) {
  const Label end = out().new_label();
  const Opcode jump = node.op == ast::BoolOperator::kAnd ? Opcode::JUMP_IF_FALSE_OR_POP
                                                          : Opcode::JUMP_IF_TRUE_OR_POP;
  for (size_t i = 0; i < node.values.size(); ++i) {
    compile_expression(*node.values[i]);
    if (i + 1 < node.values.size()) out().emit_jump(jump, end);
  }
  out().bind(end);
}

void CodeGenerator::compile_compare(const ast::Compare& node) {
  compile_expression(*node.left);
  if (node.ops.size() == 1) {
    compile_compared_operand(*node.comparators[0], node.ops[0]);
    emit_compare(out(), node.ops[0]);
    return;
  }
  // a < b < c: each middle operand is compared twice, evaluated once; the
  // chain stops at the first false comparison.
  const Label cleanup = out().new_label();
  const Label end = out().new_label();
  for (size_t i = 0; i + 1 < node.ops.size(); ++i) {
    compile_expression(*node.comparators[i]);  // [a, b]
    emit(Opcode::SWAP, 2);                     // [b, a]
    emit(Opcode::COPY, 2);                     // [b, a, b]
    emit_compare(out(), node.ops[i]);          // [b, result]
    out().emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
  }
  compile_compared_operand(*node.comparators.back(), node.ops.back());
  emit_compare(out(), node.ops.back());
  out().emit_jump(Opcode::JUMP, end);
  out().bind(cleanup);  // [b, false]
  emit(Opcode::SWAP, 2);
  emit(Opcode::POP_TOP);
  out().bind(end);
}

void CodeGenerator::compile_jump_if(const ast::Expr& expr, bool when_true, Label target) {
  if (failed()) return;
  if (expr.kind == ast::ExprKind::kUnaryOp && expr.as<ast::UnaryOp>().op == ast::UnaryOperator::kNot) {
    compile_jump_if(*expr.as<ast::UnaryOp>().operand, !when_true, target);
    return;
  }
  if (expr.kind == ast::ExprKind::kBoolOp) {
    const auto& b = expr.as<ast::BoolOp>();
    const bool is_and = b.op == ast::BoolOperator::kAnd;
    if (is_and == when_true) {
      // and/true or or/false: every operand must agree; the last decides.
      const Label skip = out().new_label();
      for (size_t i = 0; i + 1 < b.values.size(); ++i) compile_jump_if(*b.values[i], !when_true, skip);
      compile_jump_if(*b.values.back(), when_true, target);
      out().bind(skip);
    } else {
      for (const auto& value : b.values) compile_jump_if(*value, when_true, target);
    }
    return;
  }
  compile_expression(expr);
  LocationScope location(out(), expr.loc);
  out().emit_jump(when_true ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, target);
}

// ------------------------------------------------------------------ calls

void CodeGenerator::compile_call(const ast::Call& node) {
  const bool unpacking = has_starred(node.args) || has_double_star(node.keywords);
  if (!unpacking && node.func->kind == ast::ExprKind::kAttribute) {
    // obj.method(...): no bound method object is made.
    const auto& a = node.func->as<ast::Attribute>();
    compile_expression(*a.value);
    {
      LocationScope location(out(), node.func->loc);
      emit(Opcode::LOAD_METHOD, out().add_name(mangle(a.attr)));
    }
    compile_call_arguments(node.args, node.keywords, Opcode::CALL_METHOD, Opcode::CALL_METHOD_KW, 0);
    return;
  }
  compile_expression(*node.func);
  compile_call_arguments(node.args, node.keywords, Opcode::CALL, Opcode::CALL_KW, 0);
}

void CodeGenerator::compile_call_arguments(const ast::ExprList& args,
                                           const std::vector<ast::Keyword>& keywords, Opcode plain,
                                           Opcode with_keywords, uint32_t extra) {
  if (has_starred(args) || has_double_star(keywords)) {
    if (extra > 0) emit(Opcode::BUILD_LIST, extra);  // values already pushed become arguments
    compile_call_with_unpacking(args, keywords, extra > 0);
    return;
  }
  compile_expressions(args);
  for (const auto& k : keywords) compile_expression(*k.value);
  const auto count = static_cast<uint32_t>(extra + args.size() + keywords.size());
  if (keywords.empty()) {
    emit(plain, count);
    return;
  }
  Ref<Tuple> names = allocate_tuple(rt_, keywords.size());
  for (size_t i = 0; i < keywords.size(); ++i) {
    (*names)[i] = Value::from_object(rt_.intern(keywords[i].name));
  }
  emit_constant(Value(names));
  emit(with_keywords, count);
}

void CodeGenerator::compile_call_with_unpacking(const ast::ExprList& args,
                                                const std::vector<ast::Keyword>& keywords,
                                                bool list_started) {
  // Positional arguments as one tuple; a lone *x needs no list (CALL_FUNCTION_EX
  // takes any iterable). `list_started`: a list of leading arguments is
  // already on the stack.
  if (!list_started && args.size() == 1 && args[0]->kind == ast::ExprKind::kStarred) {
    compile_expression(*args[0]->as<ast::Starred>().value);
  } else {
    if (!list_started) emit(Opcode::BUILD_LIST, 0);
    for (const auto& arg : args) {
      if (arg->kind == ast::ExprKind::kStarred) {
        compile_expression(*arg->as<ast::Starred>().value);
        emit(Opcode::LIST_EXTEND, 1);
      } else {
        compile_expression(*arg);
        emit(Opcode::LIST_APPEND, 1);
      }
    }
    emit(Opcode::LIST_TO_TUPLE);
  }
  if (keywords.empty()) {
    emit(Opcode::CALL_FUNCTION_EX, 0);
    return;
  }
  // Keyword arguments as one dict: runs of name=value become a BUILD_MAP,
  // each **mapping is merged with duplicate checking.
  bool dict_on_stack = false;
  size_t pending = 0;
  auto flush = [&]() {
    if (pending == 0) return;
    emit(Opcode::BUILD_MAP, static_cast<uint32_t>(pending));
    if (dict_on_stack) emit(Opcode::DICT_MERGE, 1);
    dict_on_stack = true;
    pending = 0;
  };
  for (const auto& k : keywords) {
    if (k.name.empty()) {
      flush();
      if (!dict_on_stack) {
        emit(Opcode::BUILD_MAP, 0);
        dict_on_stack = true;
      }
      compile_expression(*k.value);
      emit(Opcode::DICT_MERGE, 1);
    } else {
      emit_constant(Value::from_object(rt_.intern(k.name)));
      compile_expression(*k.value);
      ++pending;
    }
  }
  flush();
  emit(Opcode::CALL_FUNCTION_EX, 1);
}

// ------------------------------------------------------ displays, subscripts

void CodeGenerator::compile_sequence(const ast::ExprList& elements, Opcode build, bool as_tuple) {
  if (!has_starred(elements)) {
    if (as_tuple && !elements.empty() && is_constant_tuple(elements)) {
      Ref<Tuple> tuple = allocate_tuple(rt_, elements.size());
      for (size_t i = 0; i < elements.size(); ++i) {
        (*tuple)[i] = fold_constant(this, rt_, *elements[i], &CodeGenerator::constant_value);
      }
      emit_constant(Value(tuple));
      return;
    }
    if (!as_tuple && elements.size() > 2 && is_constant_tuple(elements)) {
      compile_constant_display(elements, build);
      return;
    }
    compile_expressions(elements);
    emit(build, static_cast<uint32_t>(elements.size()));
    return;
  }
  // With *items: build a list (or set) item by item.
  const bool is_set = build == Opcode::BUILD_SET;
  emit(is_set ? Opcode::BUILD_SET : Opcode::BUILD_LIST, 0);
  for (const auto& element : elements) {
    if (element->kind == ast::ExprKind::kStarred) {
      compile_expression(*element->as<ast::Starred>().value);
      emit(is_set ? Opcode::SET_UPDATE : Opcode::LIST_EXTEND, 1);
    } else {
      compile_expression(*element);
      emit(is_set ? Opcode::SET_ADD : Opcode::LIST_APPEND, 1);
    }
  }
  if (as_tuple) emit(Opcode::LIST_TO_TUPLE);
}

// What a for loop or comprehension iterates: a display of constants becomes
// one constant, as CPython's optimizer does ([1, 2] a tuple, {1, 2} a
// frozenset, which iterates in the frozenset's own order).
void CodeGenerator::compile_iterable(const ast::Expr& expr) {
  const ast::ExprList* elements = nullptr;
  if (expr.kind == ast::ExprKind::kList) elements = &expr.as<ast::List>().elts;
  if (expr.kind == ast::ExprKind::kSet) elements = &expr.as<ast::Set>().elts;
  if (elements == nullptr || has_starred(*elements) || !is_constant_tuple(*elements)) {
    compile_expression(expr);
    return;
  }
  Ref<Tuple> items = constant_items(*elements);
  emit_constant(expr.kind == ast::ExprKind::kList ? Value(items) : frozenset_constant(items));
}

// The right operand of the last comparison: `x in [1, 2]` tests a constant
// tuple, `x in {1, 2}` a constant frozenset (CPython folds the same way).
void CodeGenerator::compile_compared_operand(const ast::Expr& operand, ast::CompareOperator op) {
  if (op == ast::CompareOperator::kIn || op == ast::CompareOperator::kNotIn) {
    compile_iterable(operand);
  } else {
    compile_expression(operand);
  }
}

Ref<Tuple> CodeGenerator::constant_items(const ast::ExprList& elements) {
  Ref<Tuple> items = allocate_tuple(rt_, elements.size());
  for (size_t i = 0; i < elements.size(); ++i) {
    (*items)[i] = fold_constant(this, rt_, *elements[i], &CodeGenerator::constant_value);
  }
  return items;
}

// A frozenset constant as CPython's compiler leaves it: built from the items,
// then rebuilt from its own iteration order when constants are merged. (The
// order a set prints in depends on it. Literal constants are always
// hashable, so neither step fails.)
Value CodeGenerator::frozenset_constant(const Ref<Tuple>& items) {
  Value first = set_from_iterable(rt_, rt_.frozenset_type, Value(items));
  return set_from_iterable(rt_, rt_.frozenset_type, tuple_from_iterable(rt_, first));
}

// [1, 2, 3] and {1, 2, 3} as CPython compiles them: an empty list or set
// extended by one constant tuple or frozenset (the set then copies the
// frozenset's table, so it prints in the same order).
void CodeGenerator::compile_constant_display(const ast::ExprList& elements, Opcode build) {
  Ref<Tuple> items = constant_items(elements);
  emit(build, 0);
  if (build == Opcode::BUILD_LIST) {
    emit_constant(Value(items));
    emit(Opcode::LIST_EXTEND, 1);
  } else {
    emit_constant(frozenset_constant(items));
    emit(Opcode::SET_UPDATE, 1);
  }
}

void CodeGenerator::compile_dict(const ast::Dict& node) {
  bool dict_on_stack = false;
  size_t pending = 0;
  auto flush = [&]() {
    if (pending == 0 && dict_on_stack) return;
    emit(Opcode::BUILD_MAP, static_cast<uint32_t>(pending));
    if (dict_on_stack) emit(Opcode::DICT_UPDATE, 1);
    dict_on_stack = true;
    pending = 0;
  };
  for (size_t i = 0; i < node.keys.size(); ++i) {
    if (!node.keys[i]) {
      flush();
      compile_expression(*node.values[i]);
      emit(Opcode::DICT_UPDATE, 1);
    } else {
      compile_expression(*node.keys[i]);
      compile_expression(*node.values[i]);
      ++pending;
    }
  }
  if (pending > 0 || !dict_on_stack) flush();
}

void CodeGenerator::compile_subscript(const ast::Subscript& node) {
  compile_expression(*node.value);
  if (node.slice->kind == ast::ExprKind::kSlice) {
    emit(Opcode::BINARY_SLICE, compile_slice_parts(node.slice->as<ast::Slice>()));
    return;
  }
  compile_expression(*node.slice);
  emit(Opcode::BINARY_SUBSCR);
}

// a[start:stop:step] without a slice object: pushes the parts (None for
// omitted ones) and returns how many (2, or 3 with a step).
uint32_t CodeGenerator::compile_slice_parts(const ast::Slice& node) {
  if (node.lower) compile_expression(*node.lower); else emit_none();
  if (node.upper) compile_expression(*node.upper); else emit_none();
  if (!node.step) return 2;
  compile_expression(*node.step);
  return 3;
}

void CodeGenerator::compile_slice(const ast::Slice& node) {
  if (node.lower) compile_expression(*node.lower); else emit_none();
  if (node.upper) compile_expression(*node.upper); else emit_none();
  if (node.step) {
    compile_expression(*node.step);
    emit(Opcode::BUILD_SLICE, 3);
  } else {
    emit(Opcode::BUILD_SLICE, 2);
  }
}

// ------------------------------------------------ functions in expressions

void CodeGenerator::compile_lambda(const ast::Expr& expr) {
  const auto& l = expr.as<ast::Lambda>();
  const uint32_t flags = compile_parameter_values(l.args, nullptr);
  Scope* nested = scopes_.scope_of(&expr);
  enter_unit(nested);
  {
    LocationScope location(out(), l.body->loc);
    compile_expression(*l.body);
    emit(Opcode::RETURN_VALUE);
  }
  if (failed()) return;
  const int argument_count = static_cast<int>(l.args.posonlyargs.size() + l.args.args.size());
  Ref<CodeObject> code = leave_unit("<lambda>", expr.loc.line, kCodeFunction, argument_count,
                                    static_cast<int>(l.args.posonlyargs.size()),
                                    static_cast<int>(l.args.kwonlyargs.size()));
  emit_make_function(nested, code, flags);
}

void CodeGenerator::compile_comprehension(const ast::Expr& expr) {
  const std::vector<ast::Comprehension>* generators;
  const char* name;
  Opcode start = Opcode::NOP;
  switch (expr.kind) {
    case ast::ExprKind::kListComp:
      generators = &expr.as<ast::ListComp>().generators;
      name = "<listcomp>";
      start = Opcode::BUILD_LIST;
      break;
    case ast::ExprKind::kSetComp:
      generators = &expr.as<ast::SetComp>().generators;
      name = "<setcomp>";
      start = Opcode::BUILD_SET;
      break;
    case ast::ExprKind::kDictComp:
      generators = &expr.as<ast::DictComp>().generators;
      name = "<dictcomp>";
      start = Opcode::BUILD_MAP;
      break;
    default:
      generators = &expr.as<ast::GeneratorExp>().generators;
      name = "<genexpr>";
      break;
  }
  Scope* nested = scopes_.scope_of(&expr);
  // A list, set or dict comprehension that awaits is a coroutine, awaited
  // here: only where an await may be (a generator expression that awaits
  // is an async generator, built anywhere).
  const bool awaited = nested->is_coroutine && start != Opcode::NOP;
  if (awaited && !in_async_function() && scope()->kind != ScopeKind::kComprehension) {
    fail("asynchronous comprehension outside of an asynchronous function", expr.loc);
    return;
  }
  enter_unit(nested);
  {
    LocationScope location(out(), expr.loc);
    if (start != Opcode::NOP) emit(start, 0);
    compile_comprehension_loop(*generators, 0, expr);
    if (start == Opcode::NOP) emit_none();
    emit(Opcode::RETURN_VALUE);
  }
  if (failed()) return;
  Ref<CodeObject> code = leave_unit(name, expr.loc.line, kCodeFunction, 1, 0, 0);
  emit_make_function(nested, code, 0);
  compile_iterable(*(*generators)[0].iter);
  emit((*generators)[0].is_async ? Opcode::GET_AITER : Opcode::GET_ITER);
  emit(Opcode::CALL, 1);
  if (awaited) emit_await(0);
}

void CodeGenerator::compile_comprehension_loop(const std::vector<ast::Comprehension>& generators,
                                               size_t index, const ast::Expr& expr) {
  const ast::Comprehension& g = generators[index];
  const Label start = out().new_label();
  const Label cleanup = out().new_label();
  if (index == 0) {
    emit(Opcode::LOAD_FAST, 0);  // the iterator, the comprehension's only argument
  } else {
    compile_iterable(*g.iter);
    emit(g.is_async ? Opcode::GET_AITER : Opcode::GET_ITER);
  }
  out().bind(start);
  int exception_depth = 0;
  if (g.is_async) {
    exception_depth = emit_async_for_next(cleanup);
  } else {
    out().emit_jump(Opcode::FOR_ITER, cleanup);
  }
  compile_store(*g.target);
  for (const auto& condition : g.ifs) compile_jump_if(*condition, false, start);
  if (index + 1 < generators.size()) {
    compile_comprehension_loop(generators, index + 1, expr);
  } else {
    // The result sits below one iterator per loop.
    const auto depth = static_cast<uint32_t>(generators.size() + 1);
    switch (expr.kind) {
      case ast::ExprKind::kListComp:
        compile_expression(*expr.as<ast::ListComp>().elt);
        emit(Opcode::LIST_APPEND, depth);
        break;
      case ast::ExprKind::kSetComp:
        compile_expression(*expr.as<ast::SetComp>().elt);
        emit(Opcode::SET_ADD, depth);
        break;
      case ast::ExprKind::kDictComp:
        compile_expression(*expr.as<ast::DictComp>().key);
        compile_expression(*expr.as<ast::DictComp>().value);
        emit(Opcode::MAP_ADD, depth);
        break;
      default:
        compile_expression(*expr.as<ast::GeneratorExp>().elt);
        emit(Opcode::YIELD_VALUE, 0);
        emit(Opcode::POP_TOP);
        break;
    }
  }
  out().emit_jump(Opcode::JUMP, start);
  out().bind(cleanup);
  if (g.is_async) {
    out().set_depth(exception_depth);
    emit(Opcode::END_ASYNC_FOR);
  }
}

// ---------------------------------------------------------------- f-strings

void CodeGenerator::compile_joined_str(const ast::JoinedStr& node) {
  if (node.values.empty()) {
    emit_constant(Value::from_object(rt_.empty_str()));
    return;
  }
  for (const auto& part : node.values) compile_expression(*part);
  if (node.values.size() > 1) emit(Opcode::BUILD_STRING, static_cast<uint32_t>(node.values.size()));
}

void CodeGenerator::compile_formatted_value(const ast::FormattedValue& node) {
  compile_expression(*node.value);
  uint32_t flags = 0;
  switch (node.conversion) {
    case 's': flags = 1; break;
    case 'r': flags = 2; break;
    case 'a': flags = 3; break;
    default: break;
  }
  if (node.format_spec) {
    compile_expression(*node.format_spec);
    flags |= 4;
  }
  emit(Opcode::FORMAT_VALUE, flags);
}

void CodeGenerator::compile_yield_from(const ast::Expr& value, const ast::Location& location) {
  if (in_async_function()) {
    fail("'yield from' inside async function", location);
    return;
  }
  compile_expression(value);
  emit(Opcode::GET_YIELD_FROM_ITER);
  emit_yield_from_loop();
}

void CodeGenerator::emit_yield_from_loop() {
  emit_none();
  const Label send = out().new_label();
  const Label exit = out().new_label();
  out().bind(send);
  out().emit_jump(Opcode::SEND, exit);
  emit(Opcode::YIELD_VALUE, 1);
  out().emit_jump(Opcode::JUMP, send);
  out().bind(exit);
}

// ------------------------------------------------------------------ await

bool CodeGenerator::in_async_function() {
  return scope()->kind == ScopeKind::kFunction && scope()->is_coroutine;
}

bool CodeGenerator::check_in_async_function(const char* what, const ast::Location& location) {
  if (in_async_function()) return true;
  fail(cat("'", what, "' outside async function"), location);
  return false;
}

void CodeGenerator::emit_await(uint32_t where) {
  emit(Opcode::GET_AWAITABLE, where);
  emit_yield_from_loop();
}

void CodeGenerator::compile_await(const ast::Await& node, const ast::Location& location) {
  // In a comprehension an await makes it a coroutine, which is checked
  // where the comprehension is built.
  if (!scope()->is_function_like()) {
    fail("'await' outside function", location);
    return;
  }
  if (scope()->kind != ScopeKind::kComprehension && !check_in_async_function("await", location)) return;
  compile_expression(*node.value);
  emit_await(0);
}

}  // namespace pyvm
