// SPDX-License-Identifier: GPL-3.0-or-later
// Constant folding: an operator whose operands are all LOAD_CONSTs of
// immutable built-in values (int, bool, float, complex, str, bytes, tuple)
// is computed now and replaced by one LOAD_CONST of the result: unary
// - + ~ and `not`, the binary operators + - * / // % ** << >> & | ^, a
// subscript, and BUILD_TUPLE. (Codegen already folds literal tuples, signed
// literals and complex literals; this pass catches the rest, including
// chains such as `2 * 3 + 1`.) As CPython's, it never folds what would
// raise (1/0 stays code and raises at run time, with its traceback) and
// stops at sizes that would bloat the code: a str or bytes longer than
// 4096, a tuple longer than 256, an int of more than 128 bits made by *, **
// or <<; `str % x` (formatting) is left to run time.
// The operands' LOAD_CONSTs become NOPs with their locations (removed by
// useless_instructions.cpp where no line event needs them); the result
// takes the operator's location, where a traceback would point.
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/code_builder.h"
#include "compiler/optimizer/passes.h"
#include "runtime/bytes.h"
#include "runtime/int.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

constexpr int64_t kMaxFoldedIntBits = 128;
constexpr int64_t kMaxFoldedStringSize = 4096;
constexpr int64_t kMaxFoldedTupleSize = 256;

// Where folded values go: the code's constants, equal ones shared.
class ConstantPool {
 public:
  ConstantPool(Runtime& rt, CodeObject& code) : rt_(rt), code_(code) {}
  const Value& operator[](uint32_t index) const { return code_.constants[index]; }
  uint32_t add(const Value& value) {
    if (keys_.empty()) {
      for (size_t i = 0; i < code_.constants.size(); ++i) {
        keys_.emplace(constant_key(rt_, code_.constants[i]), static_cast<uint32_t>(i));
      }
    }
    auto [it, inserted] = keys_.emplace(constant_key(rt_, value), static_cast<uint32_t>(code_.constants.size()));
    if (inserted) code_.constants.push_back(value);
    return it->second;
  }

 private:
  Runtime& rt_;
  CodeObject& code_;
  std::unordered_map<std::string, uint32_t> keys_;
};

enum class Kind { kOther, kInt, kFloat, kComplex, kStr, kBytes, kTuple };

Kind kind_of(Runtime& rt, const Value& value) {
  if (value.is_small_int() || value.is_bool()) return Kind::kInt;
  if (value.is_float()) return Kind::kFloat;
  if (!value.is_object()) return Kind::kOther;
  const Type* type = rt.type_of(value);
  if (type == rt.int_type) return Kind::kInt;
  if (type == rt.complex_type) return Kind::kComplex;
  if (type == rt.str_type) return Kind::kStr;
  if (type == rt.bytes_type) return Kind::kBytes;
  if (type == rt.tuple_type) {
    for (const Value& item : as_tuple(value)->span()) {
      if (kind_of(rt, item) == Kind::kOther) return Kind::kOther;
    }
    return Kind::kTuple;
  }
  return Kind::kOther;
}

bool is_number(Kind kind) { return kind == Kind::kInt || kind == Kind::kFloat || kind == Kind::kComplex; }

// The length of a str, bytes or tuple (bytes for a str: an upper bound of
// its length in characters).
int64_t sequence_size(Runtime& rt, const Value& value) {
  if (is_str(value)) return as_str(value)->size;
  if (rt.type_of(value) == rt.bytes_type) return static_cast<int64_t>(bytes_view(value).size());
  return static_cast<int64_t>(tuple_size(as_tuple(value)));
}

// Whether `a op b` is small enough to fold (CPython's limits).
bool small_enough(Runtime& rt, BinaryOp op, const Value& a, Kind ka, const Value& b, Kind kb) {
  const bool ints = ka == Kind::kInt && kb == Kind::kInt;
  switch (op) {
    case BinaryOp::kMultiply: {
      if (ints) return int_bit_length(a) + int_bit_length(b) <= kMaxFoldedIntBits;
      const bool a_sequence = !is_number(ka);
      if (a_sequence == !is_number(kb)) return !a_sequence;  // number * number, or sequence * sequence (raises)
      const Value& sequence = a_sequence ? a : b;
      const Value& count = a_sequence ? b : a;
      if (!count.is_small_int() && !count.is_bool()) return false;
      const int64_t times = count.is_bool() ? count.as_bool() : count.as_small_int();
      const int64_t limit = is_tuple(sequence) ? kMaxFoldedTupleSize : kMaxFoldedStringSize;
      return times <= 0 || sequence_size(rt, sequence) <= limit / times;
    }
    case BinaryOp::kPower: {
      if (!ints) return true;
      if (is_big_int(b)) return int_bit_length(a) <= 1;  // 0, 1 or -1 to a huge power
      const int64_t exponent = b.is_bool() ? b.as_bool() : b.as_small_int();
      return exponent <= 0 || int_bit_length(a) <= kMaxFoldedIntBits / exponent;
    }
    case BinaryOp::kLeftShift:
      if (!ints) return true;  // raises: not folded anyway
      if (is_big_int(b)) return false;
      return int_bit_length(b) == 0 || (b.is_small_int() && b.as_small_int() <= kMaxFoldedIntBits &&
                                        int_bit_length(a) <= kMaxFoldedIntBits - b.as_small_int());
    case BinaryOp::kRemainder: return ka != Kind::kStr && ka != Kind::kBytes;  // formatting
    case BinaryOp::kAdd:
      if (ka == Kind::kTuple && kb == Kind::kTuple) {
        return sequence_size(rt, a) + sequence_size(rt, b) <= kMaxFoldedTupleSize;
      }
      return true;
    default: return true;
  }
}

// The result's own size limit (a str, bytes or tuple made by + or a subscript).
bool small_result(Runtime& rt, const Value& value) {
  const Kind kind = kind_of(rt, value);
  if (kind == Kind::kStr || kind == Kind::kBytes) return sequence_size(rt, value) <= kMaxFoldedStringSize;
  if (kind == Kind::kTuple) return sequence_size(rt, value) <= kMaxFoldedTupleSize;
  return kind != Kind::kOther;
}

bool binary_op_of(Opcode op, BinaryOp* out) {
  switch (op) {
    case Opcode::BINARY_ADD: *out = BinaryOp::kAdd; return true;
    case Opcode::BINARY_SUBTRACT: *out = BinaryOp::kSubtract; return true;
    case Opcode::BINARY_MULTIPLY: *out = BinaryOp::kMultiply; return true;
    case Opcode::BINARY_TRUE_DIVIDE: *out = BinaryOp::kTrueDivide; return true;
    case Opcode::BINARY_FLOOR_DIVIDE: *out = BinaryOp::kFloorDivide; return true;
    case Opcode::BINARY_REMAINDER: *out = BinaryOp::kRemainder; return true;
    case Opcode::BINARY_POWER: *out = BinaryOp::kPower; return true;
    case Opcode::BINARY_LSHIFT: *out = BinaryOp::kLeftShift; return true;
    case Opcode::BINARY_RSHIFT: *out = BinaryOp::kRightShift; return true;
    case Opcode::BINARY_AND: *out = BinaryOp::kAnd; return true;
    case Opcode::BINARY_OR: *out = BinaryOp::kOr; return true;
    case Opcode::BINARY_XOR: *out = BinaryOp::kXor; return true;
    default: return false;
  }
}

// The folded value of `op` over `operands`, or null (not foldable, or it
// raises: the error is dropped, to be raised at run time instead).
Value evaluate(Runtime& rt, Opcode op, const std::vector<Value>& operands) {
  std::vector<Kind> kinds;
  for (const Value& operand : operands) {
    kinds.push_back(kind_of(rt, operand));
    if (kinds.back() == Kind::kOther) return Value();
  }
  Value result;
  BinaryOp binary;
  if (op == Opcode::BUILD_TUPLE) {
    if (operands.size() > kMaxFoldedTupleSize) return Value();
    result = make_tuple_from(rt, operands);
  } else if (op == Opcode::UNARY_NOT) {
    const int value = truth(rt, operands[0]);
    if (value >= 0) result = Value::boolean(value == 0);
  } else if (op == Opcode::UNARY_NEGATIVE || op == Opcode::UNARY_POSITIVE || op == Opcode::UNARY_INVERT) {
    if (!is_number(kinds[0])) return Value();
    result = op == Opcode::UNARY_NEGATIVE   ? negative(rt, operands[0])
             : op == Opcode::UNARY_POSITIVE ? positive(rt, operands[0])
                                            : invert(rt, operands[0]);
  } else if (op == Opcode::BINARY_SUBSCR) {
    if (is_number(kinds[0]) || kinds[1] != Kind::kInt) return Value();
    result = get_item(rt, operands[0], operands[1]);
  } else if (binary_op_of(op, &binary)) {
    if (!small_enough(rt, binary, operands[0], kinds[0], operands[1], kinds[1])) return Value();
    result = binary_op(rt, binary, operands[0], operands[1]);
  }
  if (result.is_null()) {
    rt.clear_error();
    return Value();
  }
  if (result.is(rt.not_implemented()) || !small_result(rt, result)) return Value();
  return result;
}

// How many operands `instruction` takes from LOAD_CONSTs, or 0 if it is no
// operator this pass folds.
size_t operand_count(const BlockInstruction& instruction) {
  BinaryOp binary;
  switch (instruction.op) {
    case Opcode::UNARY_NEGATIVE:
    case Opcode::UNARY_POSITIVE:
    case Opcode::UNARY_INVERT:
    case Opcode::UNARY_NOT: return 1;
    case Opcode::BINARY_SUBSCR: return 2;
    case Opcode::BUILD_TUPLE: return instruction.arg;
    default: return binary_op_of(instruction.op, &binary) ? 2 : 0;
  }
}

// Folds instruction `index` of `instructions` if its operands are constants.
bool fold_at(Runtime& rt, ConstantPool& pool, std::vector<BlockInstruction>& instructions, size_t index) {
  const size_t count = operand_count(instructions[index]);
  if (count == 0 && instructions[index].op != Opcode::BUILD_TUPLE) return false;
  if (count > kMaxFoldedTupleSize) return false;
  // The operand loads, nearest first, skipping NOPs left by earlier folds.
  std::vector<size_t> loads;
  for (size_t i = index; i > 0 && loads.size() < count;) {
    --i;
    if (instructions[i].op == Opcode::NOP) continue;
    if (instructions[i].op != Opcode::LOAD_CONST) return false;
    loads.push_back(i);
  }
  if (loads.size() < count) return false;
  std::vector<Value> operands;
  for (size_t k = count; k > 0; --k) operands.push_back(pool[instructions[loads[k - 1]].arg]);
  Value result = evaluate(rt, instructions[index].op, operands);
  if (result.is_null()) return false;
  for (size_t load : loads) {
    instructions[load].op = Opcode::NOP;
    instructions[load].arg = 0;
  }
  instructions[index].op = Opcode::LOAD_CONST;
  instructions[index].arg = pool.add(result);
  return true;
}

}  // namespace

bool fold_constants(Runtime& rt, FlowGraph& graph, CodeObject& code) {
  ConstantPool pool(rt, code);
  bool changed = false;
  for (BasicBlock& block : graph.blocks) {
    if (block.removed) continue;
    for (size_t i = 0; i < block.instructions.size(); ++i) {
      if (fold_at(rt, pool, block.instructions, i)) changed = true;
    }
  }
  return changed;
}

}  // namespace pyvm
