// SPDX-License-Identifier: GPL-3.0-or-later
// int and bool: arithmetic with int64 fast paths that fall back to GMP, the
// hash and comparison rules shared with float, parsing and printing.
#include "runtime/int.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <new>
#include <limits>

#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/keyboard_interrupt.h"
#include "runtime/number_format.h"
#include "runtime/object_type.h"
#include "runtime/out_of_memory.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/slots.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/unicode.h"

namespace pyvm {

namespace {

// Results bigger than this many bits raise MemoryError up front: GMP aborts
// the process when an allocation fails, CPython raises MemoryError.
constexpr uint64_t kMaxIntBits = uint64_t{1} << 33;

// A GMP integer owned by C++ code (RAII around mpz_t).
class Mpz {
 public:
  Mpz() { mpz_init(value_); }
  explicit Mpz(const Value& v) {
    mpz_init(value_);
    int_to_mpz(v, value_);
  }
  ~Mpz() { mpz_clear(value_); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  mpz_ptr get() { return value_; }
  mpz_srcptr get() const { return value_; }

 private:
  mpz_t value_;
};

BigInt* as_big(const Value& v) { return v.as<BigInt>(); }

// An int operand as GMP reads it: a big int's own value, not a copy (so
// that comparing a huge int with a small one, or `x & 1`, does not cost a
// copy of the huge one), or an inline int converted into local storage.
class MpzOperand {
 public:
  explicit MpzOperand(const Value& v) {
    if (v.is_small_int() || v.is_bool()) {
      mpz_init_set_si(local_, v.as_small_int());
      value_ = local_;
      owns_local_ = true;
    } else {
      value_ = v.as<BigInt>()->value;
    }
  }
  ~MpzOperand() {
    if (owns_local_) mpz_clear(local_);
  }
  MpzOperand(const MpzOperand&) = delete;
  MpzOperand& operator=(const MpzOperand&) = delete;
  mpz_srcptr get() const { return value_; }

 private:
  mpz_t local_;
  mpz_srcptr value_;
  bool owns_local_ = false;
};

// The int64 value of an inline int or bool.
int64_t small_value(const Value& v) { return v.as_small_int(); }
bool is_inline_int(const Value& v) { return v.is_small_int() || v.is_bool(); }

Value raise_too_big(Runtime& rt) { return raise_no_memory(rt); }

// GMP's allocation functions. GMP's own abort the process when memory runs
// out; these throw std::bad_alloc, which the eval loop turns into
// MemoryError (out_of_memory.h). That is the last resort: operations on
// huge numbers check that memory is there first (has_room_for).
void* gmp_allocate(size_t bytes) { return allocate_memory(bytes); }
void* gmp_reallocate(void* old, size_t, size_t bytes) { return reallocate_memory(old, bytes); }
void gmp_free(void* memory, size_t) { release_memory(memory); }

// Results up to this size are not checked: failing to allocate them
// means memory is exhausted anyway.
constexpr uint64_t kUncheckedBits = uint64_t{1} << 23;

// Whether a GMP operation making a result of `bits` can get its memory (the
// result and GMP's temporaries, a few times its size); MemoryError if not.
bool has_room_for(Runtime& rt, uint64_t bits) {
  if (bits <= kUncheckedBits || memory_available(bits / 8 * 4)) return true;
  raise_too_big(rt);
  return false;
}

uint64_t bit_count_of(const Value& v) {
  if (is_inline_int(v)) {
    const int64_t x = small_value(v);
    const uint64_t magnitude = x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    return magnitude == 0 ? 0 : 64 - static_cast<uint64_t>(__builtin_clzll(magnitude));
  }
  return mpz_sizeinbase(as_big(v)->value, 2);
}

// ------------------------------------------------------- long operations
// One GMP call on huge numbers runs for seconds or minutes, and neither
// Ctrl-C nor the step budget can stop it once it has started. So an
// operation on big ints first takes steps from the budget in proportion to
// the bits it works on (poll_before_int_work), and products of huge operands
// are made from pieces of at most kPieceBits (multiply_interruptible),
// polling before each piece: Ctrl-C is noticed within one piece's time
// (well under a second) and a small budget stops the program before it
// starts more work than the budget allows. Numbers below kBitsPerStep cost
// one comparison, so ordinary arithmetic does not slow down.
constexpr uint64_t kBitsPerStep = uint64_t{1} << 16;
constexpr uint64_t kPieceBits = uint64_t{1} << 26;

}  // namespace

bool poll_before_int_work(Runtime& rt, uint64_t bits) {
  return bits >= kBitsPerStep && poll_interrupt(rt, static_cast<int64_t>(bits / kBitsPerStep));
}

// Operands up to kPieceBits are one mpz_mul; a bigger one is split in
// halves, a = high * 2^h + low (both halves keep a's sign, so the identity
// holds for negative numbers too):
// times a b no longer than a half, that is two products, high*b and low*b;
// times a b as long, three (Karatsuba's), so a square stays squares. The
// pieces cost about 1.5 times one whole product per level of splitting,
// paid only by operands above kPieceBits (8 MB).
bool multiply_interruptible(Runtime& rt, mpz_ptr result, mpz_srcptr a, mpz_srcptr b) {
  if (mpz_size(a) < mpz_size(b)) std::swap(a, b);
  const uint64_t a_bits = mpz_sizeinbase(a, 2);
  const uint64_t b_bits = mpz_sizeinbase(b, 2);
  if (a_bits <= kPieceBits) {
    if (poll_before_int_work(rt, a_bits + b_bits)) return false;
    mpz_mul(result, a, b);
    return true;
  }
  const mp_bitcnt_t half = a_bits / 2;
  Mpz a_high, a_low, high, low;
  mpz_tdiv_q_2exp(a_high.get(), a, half);
  mpz_tdiv_r_2exp(a_low.get(), a, half);
  if (b_bits <= half) {
    if (!multiply_interruptible(rt, high.get(), a_high.get(), b) ||
        !multiply_interruptible(rt, low.get(), a_low.get(), b)) {
      return false;
    }
    mpz_mul_2exp(result, high.get(), half);
    mpz_add(result, result, low.get());
    return true;
  }
  const bool square = a == b;
  Mpz b_high_split, b_low_split, a_sum, b_sum_split, middle;
  if (!square) {
    mpz_tdiv_q_2exp(b_high_split.get(), b, half);
    mpz_tdiv_r_2exp(b_low_split.get(), b, half);
    mpz_add(b_sum_split.get(), b_high_split.get(), b_low_split.get());
  }
  mpz_add(a_sum.get(), a_high.get(), a_low.get());
  mpz_srcptr b_high = square ? a_high.get() : b_high_split.get();
  mpz_srcptr b_low = square ? a_low.get() : b_low_split.get();
  mpz_srcptr b_sum = square ? a_sum.get() : b_sum_split.get();
  if (!multiply_interruptible(rt, high.get(), a_high.get(), b_high) ||
      !multiply_interruptible(rt, low.get(), a_low.get(), b_low) ||
      !multiply_interruptible(rt, middle.get(), a_sum.get(), b_sum)) {
    return false;
  }
  // (a_high + a_low) * (b_high + b_low) - high - low is the cross term.
  mpz_sub(middle.get(), middle.get(), high.get());
  mpz_sub(middle.get(), middle.get(), low.get());
  mpz_mul_2exp(result, high.get(), 2 * half);
  mpz_mul_2exp(middle.get(), middle.get(), half);
  mpz_add(result, result, middle.get());
  mpz_add(result, result, low.get());
  return true;
}

// ------------------------------------------------------------- conversions

Value int_from_mpz(Runtime& rt, mpz_srcptr value) {
  if (mpz_fits_slong_p(value)) return Value::small_int(mpz_get_si(value));
  // Owned at once: GMP's allocation may fail under a memory ceiling.
  Ref<BigInt> big = Ref<BigInt>::steal(new_object<BigInt>(rt.gc, rt.int_type, 0));
  mpz_set(big->value, value);
  return big;
}

namespace {

// The int for a result computed in a temporary: a big value's limbs move
// into the new int instead of being copied (for a huge product, the copy
// cost as much as the multiplication).
Value int_from_temporary(Runtime& rt, Mpz& result) {
  if (mpz_fits_slong_p(result.get())) return Value::small_int(mpz_get_si(result.get()));
  Ref<BigInt> big = Ref<BigInt>::steal(new_object<BigInt>(rt.gc, rt.int_type, 0));
  mpz_swap(big->value, result.get());
  return big;
}

}  // namespace

bool int_to_int64(const Value& v, int64_t* out) {
  if (is_inline_int(v)) {
    *out = small_value(v);
    return true;
  }
  if (!is_big_int(v) || !mpz_fits_slong_p(as_big(v)->value)) return false;
  *out = mpz_get_si(as_big(v)->value);
  return true;
}

bool int_to_int64_clamped(const Value& v, int64_t* out) {
  if (!is_int(v)) return false;
  if (!int_to_int64(v, out)) {
    *out = mpz_sgn(as_big(v)->value) < 0 ? std::numeric_limits<int64_t>::min()
                                          : std::numeric_limits<int64_t>::max();
  }
  return true;
}

void int_to_mpz(const Value& v, mpz_ptr out) {
  if (is_inline_int(v)) {
    mpz_set_si(out, small_value(v));
  } else {
    mpz_set(out, as_big(v)->value);
  }
}

int int_sign(const Value& v) {
  if (is_inline_int(v)) {
    const int64_t x = small_value(v);
    return (x > 0) - (x < 0);
  }
  return mpz_sgn(as_big(v)->value);
}

std::string int_magnitude_digits(const Value& v, int base) {
  if (is_inline_int(v)) {  // (no GMP number for the usual small int)
    const int64_t value = small_value(v);
    const uint64_t magnitude =
        value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
    char digits[64];
    return std::string(digits, std::to_chars(digits, digits + sizeof digits, magnitude, base).ptr);
  }
  Mpz magnitude(v);
  mpz_abs(magnitude.get(), magnitude.get());
  std::string digits(mpz_sizeinbase(magnitude.get(), base) + 2, '\0');
  mpz_get_str(digits.data(), base, magnitude.get());
  digits.resize(std::strlen(digits.c_str()));
  return digits;
}

std::string int_to_decimal(const Value& v) {
  if (is_inline_int(v)) return std::to_string(small_value(v));
  std::string digits(mpz_sizeinbase(as_big(v)->value, 10) + 2, '\0');
  mpz_get_str(digits.data(), 10, as_big(v)->value);
  digits.resize(std::strlen(digits.c_str()));
  return digits;
}

bool int_to_double(const Value& v, double* out) {
  if (is_inline_int(v)) {
    *out = static_cast<double>(small_value(v));
    return true;
  }
  mpz_srcptr z = as_big(v)->value;
  const size_t bits = mpz_sizeinbase(z, 2);
  if (bits <= 53) {
    *out = mpz_get_d(z);
    return true;
  }
  // Correct rounding (mpz_get_d truncates): keep 55 bits plus a sticky bit
  // and let the hardware conversion round half to even.
  if (bits > 1024) return false;
  Mpz magnitude;
  mpz_abs(magnitude.get(), z);
  const size_t shift = bits - 55;
  Mpz top;
  mpz_tdiv_q_2exp(top.get(), magnitude.get(), shift);
  uint64_t mantissa = mpz_get_ui(top.get());
  if (mpz_scan1(magnitude.get(), 0) < shift) mantissa |= 1;  // sticky: bits shifted out
  const double result = std::ldexp(static_cast<double>(mantissa), static_cast<int>(shift));
  if (std::isinf(result)) return false;
  *out = mpz_sgn(z) < 0 ? -result : result;
  return true;
}

Value int_from_double(Runtime& rt, double d) {
  if (std::isinf(d)) return rt.raise(Exc::kOverflowError, "cannot convert float infinity to integer");
  if (std::isnan(d)) return rt.raise(Exc::kValueError, "cannot convert float NaN to integer");
  const double truncated = std::trunc(d);
  if (truncated >= -9223372036854775808.0 && truncated < 9223372036854775808.0) {
    return Value::small_int(static_cast<int64_t>(truncated));
  }
  Mpz value;
  mpz_set_d(value.get(), truncated);
  return int_from_temporary(rt, value);
}

// ------------------------------------------------------------------ parsing

namespace {

int digit_value(uint32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'z') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'Z') return static_cast<int>(c - 'A' + 10);
  const int decimal = unicode_decimal_value(c);
  return decimal >= 0 ? decimal : 99;
}

}  // namespace

namespace {

// The usual int(s): short ASCII decimal text ("  42", "-7", "1_000") read
// straight into an int64. False for anything else (non-ASCII spaces or
// digits, more than 18 digits, a misplaced underscore, no digits): the
// general reading decides, and raises.
bool read_small_decimal(std::string_view text, int64_t* out) {
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  size_t begin = 0, end = text.size();
  while (begin < end && space(text[begin])) ++begin;
  while (end > begin && space(text[end - 1])) --end;
  bool negative = false;
  if (begin < end && (text[begin] == '+' || text[begin] == '-')) negative = text[begin++] == '-';
  int64_t value = 0;
  int digits = 0;
  bool after_underscore = true;  // (no underscore may lead)
  for (size_t i = begin; i < end; ++i) {
    const char c = text[i];
    if (c == '_') {
      if (after_underscore) return false;
      after_underscore = true;
      continue;
    }
    if (c < '0' || c > '9' || ++digits > 18) return false;
    value = value * 10 + (c - '0');
    after_underscore = false;
  }
  if (digits == 0 || after_underscore) return false;
  *out = negative ? -value : value;
  return true;
}

}  // namespace

Value int_from_string(Runtime& rt, std::string_view text, int base, const Value* literal) {
  if (int64_t value; base == 10 && read_small_decimal(text, &value)) return Value::small_int(value);
  auto invalid = [&]() {
    if (literal != nullptr) {
      const Value shown = repr(rt, *literal);
      if (shown.is_null()) return shown;
      return rt.raise(Exc::kValueError, cat("invalid literal for int() with base ", base, ": ",
                                            as_str(shown)->view()));
    }
    return rt.raise(Exc::kValueError, cat("invalid literal for int() with base ", base, ": ",
                                          str_repr(text)));
  };
  // Decode to code points, dropping surrounding whitespace: Unicode's, but
  // of ASCII only space and \t\n\v\f\r (as CPython: "\x1c5" is invalid).
  std::vector<uint32_t> cps;
  for (size_t pos = 0; pos < text.size();) cps.push_back(utf8_decode_at(text, &pos));
  auto space = [](uint32_t cp) {
    return cp < 128 ? cp == ' ' || (cp >= '\t' && cp <= '\r') : unicode_is_space(cp);
  };
  size_t begin = 0, end = cps.size();
  while (begin < end && space(cps[begin])) ++begin;
  while (end > begin && space(cps[end - 1])) --end;
  bool negative = false;
  if (begin < end && (cps[begin] == '+' || cps[begin] == '-')) {
    negative = cps[begin] == '-';
    ++begin;
  }
  int effective_base = base;
  auto has_prefix = [&](char letter) {
    return end - begin >= 2 && cps[begin] == '0' && (cps[begin + 1] | 0x20) == static_cast<uint32_t>(letter);
  };
  bool after_prefix = false;
  if (base == 0 || base == 16 || base == 8 || base == 2) {
    if ((base == 0 || base == 16) && has_prefix('x')) {
      effective_base = 16;
      begin += 2;
      after_prefix = true;
    } else if ((base == 0 || base == 8) && has_prefix('o')) {
      effective_base = 8;
      begin += 2;
      after_prefix = true;
    } else if ((base == 0 || base == 2) && has_prefix('b')) {
      effective_base = 2;
      begin += 2;
      after_prefix = true;
    } else if (base == 0) {
      effective_base = 10;
    }
  }
  // Digits with single underscores between them (and one allowed right
  // after a base prefix).
  std::string digits;
  bool previous_underscore = !after_prefix;
  if (after_prefix && begin < end && cps[begin] == '_') {
    ++begin;
    previous_underscore = true;
  } else if (after_prefix) {
    previous_underscore = false;
  }
  if (begin >= end) return invalid();
  bool first = true;
  for (size_t i = begin; i < end; ++i) {
    const uint32_t c = cps[i];
    if (c == '_') {
      if (previous_underscore || first) return invalid();
      previous_underscore = true;
      continue;
    }
    const int d = digit_value(c);
    if (d >= effective_base) return invalid();
    digits.push_back(static_cast<char>(d < 10 ? '0' + d : 'a' + d - 10));
    previous_underscore = false;
    first = false;
  }
  if (previous_underscore || digits.empty()) return invalid();
  // Base 0 forbids leading zeros on a non-zero decimal number ("012").
  if (base == 0 && effective_base == 10 && digits.size() > 1 && digits[0] == '0' &&
      digits.find_first_not_of('0') != std::string::npos) {
    return invalid();
  }
  const bool power_of_two = (effective_base & (effective_base - 1)) == 0;
  if (!power_of_two && static_cast<int64_t>(digits.size()) > rt.int_max_str_digits &&
      rt.int_max_str_digits > 0) {
    return rt.raise(Exc::kValueError,
                    cat("Exceeds the limit (", rt.int_max_str_digits,
                        " digits) for integer string conversion: value has ", digits.size(),
                        " digits; use sys.set_int_max_str_digits() to increase the limit"));
  }
  if (digits.size() <= 18 && effective_base == 10) {
    int64_t value = std::stoll(digits);
    return Value::small_int(negative ? -value : value);
  }
  Mpz value;
  mpz_set_str(value.get(), digits.c_str(), effective_base);
  if (negative) mpz_neg(value.get(), value.get());
  return int_from_temporary(rt, value);
}

// ------------------------------------------------------ hashing, comparison

namespace {

constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;

}  // namespace

int64_t int_hash(const Value& v) {
  // Python hashes ints modulo the Mersenne prime 2**61 - 1 (so that equal
  // ints and floats hash alike), keeping the sign; -1 is reserved.
  int64_t result;
  if (is_inline_int(v)) {
    const int64_t x = small_value(v);
    const uint64_t magnitude = x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    const int64_t reduced = static_cast<int64_t>(magnitude % kHashModulus);
    result = x < 0 ? -reduced : reduced;
  } else {
    mpz_srcptr z = as_big(v)->value;
    Mpz magnitude;
    mpz_abs(magnitude.get(), z);
    const int64_t reduced = static_cast<int64_t>(mpz_fdiv_ui(magnitude.get(), kHashModulus));
    result = mpz_sgn(z) < 0 ? -reduced : reduced;
  }
  return result == -1 ? -2 : result;
}

int int_compare(const Value& a, const Value& b) {
  if (is_inline_int(a) && is_inline_int(b)) {
    const int64_t x = small_value(a), y = small_value(b);
    return (x > y) - (x < y);
  }
  const MpzOperand x(a), y(b);
  const int c = mpz_cmp(x.get(), y.get());
  return (c > 0) - (c < 0);
}

int int_compare_double(const Value& a, double b) {
  if (std::isnan(b)) return 2;
  if (std::isinf(b)) return b > 0 ? -1 : 1;
  if (is_inline_int(a)) {
    const int64_t x = small_value(a);
    // Exact when both fit in a double's 53 bits; otherwise compare exactly.
    if (x > -(int64_t{1} << 53) && x < (int64_t{1} << 53)) {
      const double dx = static_cast<double>(x);
      return (dx > b) - (dx < b);
    }
  }
  const MpzOperand x(a);
  const int c = mpz_cmp_d(x.get(), b);
  if (c != 0) return (c > 0) - (c < 0);
  // Equal integer parts: the float's fraction decides.
  const double fraction = b - std::trunc(b);
  return fraction > 0 ? -1 : fraction < 0 ? 1 : 0;
}

int64_t int_bit_length(const Value& v) { return static_cast<int64_t>(bit_count_of(v)); }

// --------------------------------------------------------------- arithmetic

namespace {

// Python's floor division and modulo of int64 values (b != 0, no overflow).
int64_t floor_div(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
int64_t floor_mod(int64_t a, int64_t b) {
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

// True division of two ints, correctly rounded (CPython's long_true_divide).
Value int_true_divide(Runtime& rt, const Value& a, const Value& b) {
  if (int_sign(b) == 0) return rt.raise(Exc::kZeroDivisionError, "division by zero");
  if (is_inline_int(a) && is_inline_int(b)) {
    const int64_t x = small_value(a), y = small_value(b);
    constexpr int64_t kExact = int64_t{1} << 53;
    if (x > -kExact && x < kExact && y > -kExact && y < kExact) {
      return Value::floating(static_cast<double>(x) / static_cast<double>(y));
    }
  }
  if (poll_before_int_work(rt, bit_count_of(a) + bit_count_of(b))) return Value();
  Mpz x(a), y(b);
  const bool negative = (mpz_sgn(x.get()) < 0) != (mpz_sgn(y.get()) < 0);
  mpz_abs(x.get(), x.get());
  mpz_abs(y.get(), y.get());
  if (mpz_sgn(x.get()) == 0) return Value::floating(negative ? -0.0 : 0.0);
  const int64_t x_bits = static_cast<int64_t>(mpz_sizeinbase(x.get(), 2));
  const int64_t y_bits = static_cast<int64_t>(mpz_sizeinbase(y.get(), 2));
  if (x_bits - y_bits > 1025) {
    return rt.raise(Exc::kOverflowError, "integer division result too large for a float");
  }
  if (x_bits - y_bits < -1080) return Value::floating(negative ? -0.0 : 0.0);
  // Scale so the quotient has 55-56 bits, then round once with a sticky bit.
  const int64_t shift = 55 - (x_bits - y_bits);
  if (shift > 0) {
    mpz_mul_2exp(x.get(), x.get(), static_cast<mp_bitcnt_t>(shift));
  } else if (shift < 0) {
    mpz_mul_2exp(y.get(), y.get(), static_cast<mp_bitcnt_t>(-shift));
  }
  Mpz quotient, remainder;
  mpz_tdiv_qr(quotient.get(), remainder.get(), x.get(), y.get());
  uint64_t mantissa = mpz_get_ui(quotient.get());
  if (mpz_sgn(remainder.get()) != 0) mantissa |= 1;
  const double result = std::ldexp(static_cast<double>(mantissa), static_cast<int>(-shift));
  if (std::isinf(result)) {
    return rt.raise(Exc::kOverflowError, "integer division result too large for a float");
  }
  return Value::floating(negative ? -result : result);
}

Value int_shift(Runtime& rt, const Value& a, const Value& b, bool left) {
  if (int_sign(b) < 0) return rt.raise(Exc::kValueError, "negative shift count");
  int64_t count = 0;
  const bool count_fits = int_to_int64(b, &count);
  if (int_sign(a) == 0) return Value::small_int(0);
  if (!left) {
    // Every bit shifted out: floor division leaves 0, or -1 below zero.
    if (!count_fits || static_cast<uint64_t>(count) >= bit_count_of(a)) {
      return Value::small_int(int_sign(a) < 0 ? -1 : 0);
    }
    if (is_inline_int(a)) {
      const int64_t x = small_value(a);
      return Value::small_int(count >= 63 ? (x < 0 ? -1 : 0) : x >> count);
    }
    Mpz result;
    mpz_fdiv_q_2exp(result.get(), as_big(a)->value, static_cast<mp_bitcnt_t>(count));
    return int_from_temporary(rt, result);
  }
  // CPython: a count beyond Py_ssize_t is an OverflowError; one that fits
  // but cannot be allocated is a MemoryError.
  if (!count_fits) return rt.raise(Exc::kOverflowError, "too many digits in integer");
  if (static_cast<uint64_t>(count) + bit_count_of(a) > kMaxIntBits) return raise_too_big(rt);
  if (!has_room_for(rt, static_cast<uint64_t>(count) + bit_count_of(a))) return Value();
  if (poll_before_int_work(rt, static_cast<uint64_t>(count) + bit_count_of(a))) return Value();
  if (is_inline_int(a) && count < 63) {
    const int64_t x = small_value(a);
    const int64_t shifted = static_cast<int64_t>(static_cast<uint64_t>(x) << count);
    if ((shifted >> count) == x) return Value::small_int(shifted);
  }
  Mpz result;
  mpz_mul_2exp(result.get(), MpzOperand(a).get(), static_cast<mp_bitcnt_t>(count));
  return int_from_temporary(rt, result);
}

// base ** exponent (exponent >= 2) for a huge result: squaring and
// multiplying from the exponent's top bit down with products that poll
// (multiply_interruptible). One mpz_pow_ui making hundreds of megabytes
// runs for minutes without a check.
Value int_power_interruptible(Runtime& rt, const Value& base, uint64_t exponent) {
  Mpz factor(base), result(base);
  for (int bit = 62 - __builtin_clzll(exponent); bit >= 0; --bit) {
    if (!multiply_interruptible(rt, result.get(), result.get(), result.get())) return Value();
    if (((exponent >> bit) & 1) &&
        !multiply_interruptible(rt, result.get(), result.get(), factor.get())) {
      return Value();
    }
  }
  return int_from_temporary(rt, result);
}

Value int_power_positive(Runtime& rt, const Value& base, uint64_t exponent) {
  if (is_inline_int(base)) {
    int64_t result = 1;
    int64_t factor = small_value(base);
    uint64_t e = exponent;
    bool overflow = false;
    while (e > 0 && !overflow) {
      if (e & 1) overflow = __builtin_mul_overflow(result, factor, &result);
      e >>= 1;
      if (e > 0 && !overflow) overflow = __builtin_mul_overflow(factor, factor, &factor);
    }
    if (!overflow) return Value::small_int(result);
  }
  const uint64_t base_bits = bit_count_of(base);
  if (base_bits > 1 && exponent > kMaxIntBits / base_bits) return raise_too_big(rt);
  const uint64_t result_bits = base_bits * exponent;
  // The budget pays for the result up front (a small one stops a huge power
  // before any work), and again for the pieces of a huge one.
  if (poll_before_int_work(rt, result_bits)) return Value();
  if (!has_room_for(rt, result_bits)) return Value();
  if (result_bits > kUncheckedBits) return int_power_interruptible(rt, base, exponent);
  Mpz result;
  mpz_pow_ui(result.get(), MpzOperand(base).get(), exponent);
  return int_from_temporary(rt, result);
}

// result = base ** exponent % modulus (exponent >= 0, modulus > 0) by
// mpz_powm on pieces of the exponent, from its top bits down: result =
// result ** (2 ** piece_bits) * base ** piece. A piece is as many exponent
// bits as make about kPowerModuloWork bits of products (a fraction of a
// second), polling before each; an exponent that fits in one piece, as in
// cryptographic sizes, is one mpz_powm. More pieces square twice as often
// as one mpz_powm: only powers that take seconds anyway pay that.
bool power_modulo_interruptible(Runtime& rt, mpz_ptr result, mpz_srcptr base, mpz_srcptr exponent,
                                mpz_srcptr modulus) {
  constexpr uint64_t kPowerModuloWork = uint64_t{1} << 26;
  const uint64_t exponent_bits = mpz_sizeinbase(exponent, 2);
  const uint64_t modulus_bits = mpz_sizeinbase(modulus, 2);
  const uint64_t piece_bits = std::max<uint64_t>(8, kPowerModuloWork / modulus_bits);
  const uint64_t piece_work = std::min(piece_bits, exponent_bits) * modulus_bits;
  if (exponent_bits <= piece_bits) {
    if (poll_before_int_work(rt, piece_work)) return false;
    mpz_powm(result, base, exponent, modulus);
    return true;
  }
  Mpz accumulated, piece, piece_power, piece_shift;
  mpz_setbit(piece_shift.get(), piece_bits);
  mpz_set_ui(accumulated.get(), 1);
  for (uint64_t low = (exponent_bits - 1) / piece_bits * piece_bits;; low -= piece_bits) {
    if (poll_before_int_work(rt, 2 * piece_work)) return false;
    mpz_powm(accumulated.get(), accumulated.get(), piece_shift.get(), modulus);
    mpz_tdiv_q_2exp(piece.get(), exponent, low);
    mpz_tdiv_r_2exp(piece.get(), piece.get(), piece_bits);
    mpz_powm(piece_power.get(), base, piece.get(), modulus);
    mpz_mul(accumulated.get(), accumulated.get(), piece_power.get());
    mpz_mod(accumulated.get(), accumulated.get(), modulus);
    if (low == 0) break;
  }
  mpz_swap(result, accumulated.get());
  return true;
}

}  // namespace

Value int_power(Runtime& rt, const Value& base, const Value& exponent, const Value& modulus) {
  if (!modulus.is_null() && !modulus.is_none()) {
    if (!is_int(modulus)) return rt.not_implemented();
    if (int_sign(modulus) == 0) return rt.raise(Exc::kValueError, "pow() 3rd argument cannot be 0");
    Mpz b(base), e(exponent), m(modulus), result;
    const bool negative_modulus = mpz_sgn(m.get()) < 0;
    mpz_abs(m.get(), m.get());
    if (mpz_sgn(e.get()) < 0) {
      if (!mpz_invert(b.get(), b.get(), m.get())) {
        return rt.raise(Exc::kValueError, "base is not invertible for the given modulus");
      }
      mpz_neg(e.get(), e.get());
    }
    if (!power_modulo_interruptible(rt, result.get(), b.get(), e.get(), m.get())) return Value();
    // The result takes the modulus's sign, as Python's % does.
    if (negative_modulus && mpz_sgn(result.get()) != 0) mpz_sub(result.get(), result.get(), m.get());
    return int_from_temporary(rt, result);
  }
  if (int_sign(exponent) < 0) {
    double b, e;
    if (!int_to_double(base, &b) || !int_to_double(exponent, &e)) {
      return rt.raise(Exc::kOverflowError, "int too large to convert to float");
    }
    return float_power(rt, b, e);
  }
  int64_t e;
  if (!int_to_int64(exponent, &e)) {
    // Only 0, 1 and -1 survive a huge exponent.
    const int64_t b = int_sign(base) == 0 ? 0 : (is_inline_int(base) ? small_value(base) : 2);
    if (b == 0 || b == 1) return Value::small_int(b);
    if (b == -1) return Value::small_int(mpz_odd_p(Mpz(exponent).get()) ? -1 : 1);
    return raise_too_big(rt);
  }
  return int_power_positive(rt, base, static_cast<uint64_t>(e));
}

Value int_binary(Runtime& rt, BinaryOp op, const Value& a, const Value& b) {
  if (is_inline_int(a) && is_inline_int(b)) {
    const int64_t x = small_value(a), y = small_value(b);
    int64_t r;
    switch (op) {
      case BinaryOp::kAdd:
        if (!__builtin_add_overflow(x, y, &r)) return Value::small_int(r);
        break;
      case BinaryOp::kSubtract:
        if (!__builtin_sub_overflow(x, y, &r)) return Value::small_int(r);
        break;
      case BinaryOp::kMultiply:
        if (!__builtin_mul_overflow(x, y, &r)) return Value::small_int(r);
        break;
      case BinaryOp::kFloorDivide:
        if (y == 0) return rt.raise(Exc::kZeroDivisionError, "integer division or modulo by zero");
        if (!(x == std::numeric_limits<int64_t>::min() && y == -1)) {
          return Value::small_int(floor_div(x, y));
        }
        break;
      case BinaryOp::kRemainder:
        if (y == 0) return rt.raise(Exc::kZeroDivisionError, "integer modulo by zero");
        if (y == -1) return Value::small_int(0);
        return Value::small_int(floor_mod(x, y));
      case BinaryOp::kAnd: return Value::small_int(x & y);
      case BinaryOp::kOr: return Value::small_int(x | y);
      case BinaryOp::kXor: return Value::small_int(x ^ y);
      default: break;
    }
  }
  switch (op) {
    case BinaryOp::kTrueDivide: return int_true_divide(rt, a, b);
    case BinaryOp::kLeftShift: return int_shift(rt, a, b, true);
    case BinaryOp::kRightShift: return int_shift(rt, a, b, false);
    case BinaryOp::kPower: return int_power(rt, a, b, Value());
    case BinaryOp::kMatrixMultiply: return rt.not_implemented();
    default: break;
  }
  // Products poll piece by piece; division's cost grows with the size as a
  // product's does, the rest's in proportion to it.
  if (op != BinaryOp::kMultiply &&
      poll_before_int_work(rt, std::max(bit_count_of(a), bit_count_of(b)))) {
    return Value();
  }
  const MpzOperand x(a), y(b);
  Mpz result;
  switch (op) {
    case BinaryOp::kAdd: mpz_add(result.get(), x.get(), y.get()); break;
    case BinaryOp::kSubtract: mpz_sub(result.get(), x.get(), y.get()); break;
    case BinaryOp::kMultiply:
      if (bit_count_of(a) + bit_count_of(b) > kMaxIntBits) return raise_too_big(rt);
      if (!has_room_for(rt, bit_count_of(a) + bit_count_of(b))) return Value();
      if (!multiply_interruptible(rt, result.get(), x.get(), y.get())) return Value();
      break;
    case BinaryOp::kFloorDivide:
      if (mpz_sgn(y.get()) == 0) {
        return rt.raise(Exc::kZeroDivisionError, "integer division or modulo by zero");
      }
      mpz_fdiv_q(result.get(), x.get(), y.get());
      break;
    case BinaryOp::kRemainder:
      if (mpz_sgn(y.get()) == 0) return rt.raise(Exc::kZeroDivisionError, "integer modulo by zero");
      mpz_fdiv_r(result.get(), x.get(), y.get());
      break;
    case BinaryOp::kAnd: mpz_and(result.get(), x.get(), y.get()); break;
    case BinaryOp::kOr: mpz_ior(result.get(), x.get(), y.get()); break;
    case BinaryOp::kXor: mpz_xor(result.get(), x.get(), y.get()); break;
    default: return rt.not_implemented();
  }
  return int_from_temporary(rt, result);
}

namespace {

// ---------------------------------------------------------------------- slots

template <BinaryOp kOp>
Value int_binary_slot(Runtime& rt, const Value& a, const Value& b) {
  if (!is_int(a) || !is_int(b)) return rt.not_implemented();
  return int_binary(rt, kOp, a, b);
}

Value int_divmod(Runtime& rt, const Value& a, const Value& b) {
  if (is_big_int(a) || is_big_int(b)) {
    // One division for both parts (int_binary would divide twice).
    const MpzOperand x(a), y(b);
    if (mpz_sgn(y.get()) == 0) {
      return rt.raise(Exc::kZeroDivisionError, "integer division or modulo by zero");
    }
    if (poll_before_int_work(rt, std::max(bit_count_of(a), bit_count_of(b)))) return Value();
    Mpz quotient, remainder;
    mpz_fdiv_qr(quotient.get(), remainder.get(), x.get(), y.get());
    return make_tuple(rt, {int_from_temporary(rt, quotient), int_from_temporary(rt, remainder)});
  }
  Value q = int_binary(rt, BinaryOp::kFloorDivide, a, b);
  if (q.is_null()) return q;
  Value r = int_binary(rt, BinaryOp::kRemainder, a, b);
  if (r.is_null()) return r;
  return make_tuple(rt, {q, r});
}

// divmod(a, b) (a slot of its own: int_binary stays small enough to inline).
Value int_divmod_slot(Runtime& rt, const Value& a, const Value& b) {
  if (!is_int(a) || !is_int(b)) return rt.not_implemented();
  return int_divmod(rt, a, b);
}

Value int_power_slot(Runtime& rt, const Value& a, const Value& b, const Value& m) {
  if (!is_int(a) || !is_int(b)) return rt.not_implemented();
  return int_power(rt, a, b, m);
}

Value int_repr(Runtime& rt, const Value& self) {
  if (is_inline_int(self)) {
    if (self.is_bool()) return make_str(rt, self.as_bool() ? "True" : "False");
    char buffer[24];
    const int n = std::snprintf(buffer, sizeof buffer, "%lld",
                                static_cast<long long>(small_value(self)));
    return make_str(rt, std::string_view(buffer, static_cast<size_t>(n)));
  }
  // mpz_sizeinbase is exact or one too many: only a number at the limit
  // plus one needs converting to know, so a huge one is refused at once.
  const size_t approximate_digits = mpz_sizeinbase(as_big(self)->value, 10);
  if (rt.int_max_str_digits > 0 &&
      approximate_digits > static_cast<size_t>(rt.int_max_str_digits)) {
    std::string digits;
    if (approximate_digits == static_cast<size_t>(rt.int_max_str_digits) + 1) digits = int_to_decimal(self);
    const size_t count = digits.empty() ? approximate_digits : digits.size() - (digits[0] == '-');
    if (count > static_cast<size_t>(rt.int_max_str_digits)) {
      return rt.raise(Exc::kValueError,
                      cat("Exceeds the limit (", rt.int_max_str_digits,
                          " digits) for integer string conversion; use "
                          "sys.set_int_max_str_digits() to increase the limit"));
    }
    return make_str(rt, digits);
  }
  return make_str(rt, int_to_decimal(self));
}

bool int_hash_slot(Runtime&, const Value& self, int64_t* out) {
  *out = int_hash(self);
  return true;
}

Value int_compare_slot(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  if (!is_int(b)) return rt.not_implemented();
  const int c = int_compare(a, b);
  switch (op) {
    case CompareOp::kLess: return Value::boolean(c < 0);
    case CompareOp::kLessEqual: return Value::boolean(c <= 0);
    case CompareOp::kEqual: return Value::boolean(c == 0);
    case CompareOp::kNotEqual: return Value::boolean(c != 0);
    case CompareOp::kGreater: return Value::boolean(c > 0);
    case CompareOp::kGreaterEqual: return Value::boolean(c >= 0);
  }
  return Value();
}

int int_truth(Runtime&, const Value& self) { return int_sign(self) != 0; }

// The exact int value of any int (an int-subclass instance becomes a plain int).
Value exact_int(Runtime& rt, const Value& v) {
  if (v.is_small_int()) return v;
  if (v.is_bool()) return Value::small_int(v.as_bool());
  if (v.as_object()->type == rt.int_type) return v;
  return int_from_mpz(rt, as_big(v)->value);
}

Value int_negative(Runtime& rt, const Value& self) {
  if (is_inline_int(self) && small_value(self) != std::numeric_limits<int64_t>::min()) {
    return Value::small_int(-small_value(self));
  }
  Mpz result;
  mpz_neg(result.get(), MpzOperand(self).get());
  return int_from_temporary(rt, result);
}

Value int_positive(Runtime& rt, const Value& self) { return exact_int(rt, self); }

Value int_invert(Runtime& rt, const Value& self) {
  if (is_inline_int(self)) return Value::small_int(~small_value(self));
  Mpz result;
  mpz_com(result.get(), MpzOperand(self).get());
  return int_from_temporary(rt, result);
}

Value int_absolute(Runtime& rt, const Value& self) {
  return int_sign(self) < 0 ? int_negative(rt, self) : exact_int(rt, self);
}

Value int_float_slot(Runtime& rt, const Value& self) {
  double d;
  if (!int_to_double(self, &d)) return rt.raise(Exc::kOverflowError, "int too large to convert to float");
  return Value::floating(d);
}

// ------------------------------------------------------------------ methods

Value int_bit_length_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "int.bit_length", nargs - 1, kwnames)) return Value();
  return Value::small_int(int_bit_length(args[0]));
}

Value int_bit_count_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "int.bit_count", nargs - 1, kwnames)) return Value();
  Mpz magnitude(args[0]);
  mpz_abs(magnitude.get(), magnitude.get());
  return Value::small_int(static_cast<int64_t>(mpz_popcount(magnitude.get())));
}

Value int_conjugate(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "int.conjugate", nargs - 1, kwnames)) return Value();
  return exact_int(rt, args[0]);
}

Value int_as_integer_ratio(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "int.as_integer_ratio", nargs - 1, kwnames)) return Value();
  return make_tuple(rt, {exact_int(rt, args[0]), Value::small_int(1)});
}

Value int_format_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "__format__", nargs - 1, kwnames, 1, 1)) return Value();
  if (!is_str(args[1])) {
    return rt.raise(Exc::kTypeError,
                    cat("__format__() argument must be str, not ", type_name(rt, args[1])));
  }
  return format_int_value(rt, args[0], as_str(args[1])->view());
}

}  // namespace

Value format_int_value(Runtime& rt, const Value& self, std::string_view spec) {
  if (spec.empty()) return to_str(rt, self);
  FormatSpecResult parsed = parse_format_spec(spec, FormatTarget::kInteger, type_name(rt, self));
  if (!parsed.ok()) return rt.raise(Exc::kValueError, parsed.error->message);
  const int base = integer_format_base(parsed.spec);
  FormatResult result;
  if (base == 0) {
    double d;
    if (!int_to_double(self, &d)) {
      return rt.raise(Exc::kOverflowError, "int too large to convert to float");
    }
    result = format_float(parsed.spec, d);
  } else {
    result = format_integer(parsed.spec, int_sign(self) < 0, int_magnitude_digits(self, base));
  }
  if (!result.ok()) {
    return rt.raise(result.error->kind == FormatErrorKind::kOverflowError ? Exc::kOverflowError
                                                                          : Exc::kValueError,
                    result.error->message);
  }
  return make_str(rt, result.text);
}

namespace {

Value int_round_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "__round__", nargs - 1, kwnames, 0, 1)) return Value();
  const Value& self = args[0];
  if (nargs == 1 || args[1].is_none()) return exact_int(rt, self);
  Value digits = index_value(rt, args[1]);
  if (digits.is_null()) return digits;
  if (int_sign(digits) >= 0) return exact_int(rt, self);
  // Round to a multiple of 10**-ndigits, ties to even.
  Mpz power, quotient, remainder, value(self);
  int64_t ndigits;
  if (!int_to_int64(digits, &ndigits) || ndigits < -100000) return Value::small_int(0);
  mpz_ui_pow_ui(power.get(), 10, static_cast<unsigned long>(-ndigits));
  mpz_fdiv_qr(quotient.get(), remainder.get(), value.get(), power.get());
  Mpz twice;
  mpz_mul_2exp(twice.get(), remainder.get(), 1);
  const int c = mpz_cmp(twice.get(), power.get());
  if (c > 0 || (c == 0 && mpz_odd_p(quotient.get()))) mpz_add_ui(quotient.get(), quotient.get(), 1);
  mpz_mul(quotient.get(), quotient.get(), power.get());
  return int_from_temporary(rt, quotient);
}

Value int_identity_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "int.__trunc__", nargs - 1, kwnames)) return Value();
  return exact_int(rt, args[0]);
}

Value int_getnewargs(Runtime& rt, const Value* args, size_t, Tuple*) {
  return make_tuple(rt, {exact_int(rt, args[0])});
}

Value int_to_bytes(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"to_bytes", {"length", "byteorder", "signed"}, 0, 0, 2};
  Value bound[3];
  if (!bind_arguments(rt, kParameters, args + 1, nargs - 1, kwnames, bound)) return Value();
  int64_t length = 1;
  if (!bound[0].is_null()) {
    const Value index = index_value(rt, bound[0]);
    if (index.is_null()) return Value();
    if (!int_to_int64(index, &length)) {
      return rt.raise(Exc::kOverflowError, "Python int too large to convert to C ssize_t");
    }
  }
  if (length < 0) return rt.raise(Exc::kValueError, "length argument must be non-negative");
  bool little = false;
  if (!bound[1].is_null()) {
    if (!is_str(bound[1])) {
      return rt.raise(Exc::kTypeError, cat("to_bytes() argument 'byteorder' must be str, not ",
                                           type_name(rt, bound[1])));
    }
    const std::string_view order = as_str(bound[1])->view();
    if (order != "little" && order != "big") {
      return rt.raise(Exc::kValueError, "byteorder must be either 'little' or 'big'");
    }
    little = order == "little";
  }
  const bool is_signed = !bound[2].is_null() && truth(rt, bound[2]) > 0;
  // As CPython, make room for the bytes before converting: a length no
  // bytes object can have (beyond the largest size less its header) is an
  // OverflowError, one memory cannot hold (the bytes and, for a negative
  // value, its two's complement) a MemoryError.
  constexpr int64_t kBytesObjectHeader = 33;
  if (length > std::numeric_limits<int64_t>::max() - kBytesObjectHeader) {
    return rt.raise(Exc::kOverflowError, "byte string is too large");
  }
  if (length > (int64_t{1} << 24) && !memory_available(static_cast<size_t>(length) * 2)) {
    return raise_no_memory(rt);
  }
  Mpz value(args[0]);
  if (mpz_sgn(value.get()) < 0) {
    if (!is_signed) return rt.raise(Exc::kOverflowError, "can't convert negative int to unsigned");
    Mpz modulus;
    mpz_ui_pow_ui(modulus.get(), 2, static_cast<unsigned long>(8 * length));
    mpz_add(value.get(), value.get(), modulus.get());
  }
  const size_t needed = (mpz_sizeinbase(value.get(), 2) + 7) / 8;
  const bool sign_bit_set =
      is_signed && int_sign(args[0]) >= 0 && length > 0 &&
      mpz_tstbit(value.get(), static_cast<mp_bitcnt_t>(8 * length - 1));
  if ((mpz_sgn(value.get()) != 0 && needed > static_cast<size_t>(length)) || sign_bit_set) {
    return rt.raise(Exc::kOverflowError, "int too big to convert");
  }
  std::string bytes(static_cast<size_t>(length), '\0');
  size_t count = 0;
  if (mpz_sgn(value.get()) != 0 && length > 0) {
    mpz_export(bytes.data() + (length - static_cast<int64_t>(needed)), &count, 1, 1, 1, 0, value.get());
  }
  if (little) std::reverse(bytes.begin(), bytes.end());
  return make_bytes(rt, bytes);
}

Value int_from_bytes(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"from_bytes", {"bytes", "byteorder", "signed"}, 1, 0, 2};
  Value bound[3];
  if (!bind_arguments(rt, kParameters, args + 1, nargs - 1, kwnames, bound)) return Value();
  Value data = bytes_from_object(rt, bound[0]);
  if (data.is_null()) return data;
  std::string bytes(bytes_view(data));
  bool little = false;
  if (!bound[1].is_null()) {
    const std::string_view order = is_str(bound[1]) ? as_str(bound[1])->view() : "";
    if (order != "little" && order != "big") {
      return rt.raise(Exc::kValueError, "byteorder must be either 'little' or 'big'");
    }
    little = order == "little";
  }
  if (little) std::reverse(bytes.begin(), bytes.end());
  Mpz value;
  if (!bytes.empty()) mpz_import(value.get(), bytes.size(), 1, 1, 1, 0, bytes.data());
  if (!bound[2].is_null() && truth(rt, bound[2]) > 0 && !bytes.empty() &&
      (static_cast<unsigned char>(bytes[0]) & 0x80)) {
    Mpz modulus;
    mpz_ui_pow_ui(modulus.get(), 2, static_cast<unsigned long>(8 * bytes.size()));
    mpz_sub(value.get(), value.get(), modulus.get());
  }
  Value result = int_from_temporary(rt, value);
  if (args[0].as_object() != rt.int_type) return call(rt, args[0], &result, 1);
  return result;
}

Value int_real(Runtime& rt, const Value& self) { return exact_int(rt, self); }
Value int_imag(Runtime&, const Value&) { return Value::small_int(0); }
Value int_denominator(Runtime&, const Value&) { return Value::small_int(1); }

const MethodDef kIntMethods[] = {
    {"bit_length", int_bit_length_method},
    {"bit_count", int_bit_count_method},
    {"conjugate", int_conjugate},
    {"as_integer_ratio", int_as_integer_ratio},
    {"to_bytes", int_to_bytes},
    {"from_bytes", int_from_bytes, MethodKind::kClass},
    {"__format__", int_format_method},
    {"__round__", int_round_method},
    {"__trunc__", int_identity_method},
    {"__floor__", int_identity_method},
    {"__ceil__", int_identity_method},
    {"__getnewargs__", int_getnewargs},
};

const GetSetDef kIntGetSets[] = {
    {"real", int_real},
    {"imag", int_imag},
    {"numerator", int_real},
    {"denominator", int_denominator},
};

// What "invalid literal" errors show for a bytes-like argument: its bytes,
// whatever held them (bytearray, memoryview), as CPython.
Value bytes_shown_in_errors(Runtime& rt, const Value& value) {
  return rt.type_of(value) == rt.bytes_type ? value : make_bytes(rt, bytes_view(value));
}

// int(x=0) and int(x, base)
Value int_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"int", {"x", "base"}, 0, 1};
  if (nargs - tuple_size(kwnames) > 2) {
    return rt.raise(Exc::kTypeError, cat("int() takes at most 2 arguments (", nargs, " given)"));
  }
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  Value result;
  if (bound[0].is_null()) {
    if (!bound[1].is_null()) return rt.raise(Exc::kTypeError, "int() missing string argument");
    result = Value::small_int(0);
  } else if (!bound[1].is_null()) {
    int64_t base;
    if (!index_as_int64(rt, bound[1], &base, Exc::kValueError)) return Value();
    if (base != 0 && (base < 2 || base > 36)) {
      return rt.raise(Exc::kValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    if (is_str(bound[0])) {
      result = int_from_string(rt, as_str(bound[0])->view(), static_cast<int>(base));
    } else if (is_bytes_like(rt, bound[0])) {
      const Value shown = bytes_shown_in_errors(rt, bound[0]);
      result = int_from_string(rt, bytes_view(bound[0]), static_cast<int>(base), &shown);
    } else {
      return rt.raise(Exc::kTypeError, "int() can't convert non-string with explicit base");
    }
  } else {
    result = int_from_value(rt, bound[0]);
  }
  if (result.is_null() || type == rt.int_type) return result;
  // An instance of an int subclass keeps its value in the object form.
  Ref<BigInt> big =
      Ref<BigInt>::steal(new_object<BigInt>(rt.gc, type, type->instance_size - sizeof(BigInt)));
  int_to_mpz(result, big->value);
  return big;
}

// ---------------------------------------------------------------------- bool

Value bool_repr(Runtime& rt, const Value& self) {
  return make_str(rt, self.as_bool() ? "True" : "False");
}

template <BinaryOp kOp>
Value bool_logic_slot(Runtime& rt, const Value& a, const Value& b) {
  if (a.is_bool() && b.is_bool()) {
    const bool x = a.as_bool(), y = b.as_bool();
    return Value::boolean(kOp == BinaryOp::kAnd ? (x && y) : kOp == BinaryOp::kOr ? (x || y) : (x != y));
  }
  return int_binary_slot<kOp>(rt, a, b);
}

Value bool_new(Runtime& rt, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "bool", kwnames)) return Value();
  if (!expect_positional(rt, "bool", nargs, nullptr, 0, 1)) return Value();
  if (nargs == 0) return Value::boolean(false);
  const int t = truth(rt, args[0]);
  return t < 0 ? Value() : Value::boolean(t);
}

void set_int_number_slots(Type* type) {
  type->binary[static_cast<int>(BinaryOp::kAdd)] = int_binary_slot<BinaryOp::kAdd>;
  type->binary[static_cast<int>(BinaryOp::kSubtract)] = int_binary_slot<BinaryOp::kSubtract>;
  type->binary[static_cast<int>(BinaryOp::kMultiply)] = int_binary_slot<BinaryOp::kMultiply>;
  type->binary[static_cast<int>(BinaryOp::kTrueDivide)] = int_binary_slot<BinaryOp::kTrueDivide>;
  type->binary[static_cast<int>(BinaryOp::kFloorDivide)] = int_binary_slot<BinaryOp::kFloorDivide>;
  type->binary[static_cast<int>(BinaryOp::kRemainder)] = int_binary_slot<BinaryOp::kRemainder>;
  type->binary[static_cast<int>(BinaryOp::kPower)] = int_binary_slot<BinaryOp::kPower>;
  type->binary[static_cast<int>(BinaryOp::kLeftShift)] = int_binary_slot<BinaryOp::kLeftShift>;
  type->binary[static_cast<int>(BinaryOp::kRightShift)] = int_binary_slot<BinaryOp::kRightShift>;
  type->binary[static_cast<int>(BinaryOp::kAnd)] = int_binary_slot<BinaryOp::kAnd>;
  type->binary[static_cast<int>(BinaryOp::kOr)] = int_binary_slot<BinaryOp::kOr>;
  type->binary[static_cast<int>(BinaryOp::kXor)] = int_binary_slot<BinaryOp::kXor>;
  type->binary[static_cast<int>(BinaryOp::kDivmod)] = int_divmod_slot;
  type->power = int_power_slot;
}

}  // namespace

Value int_from_value(Runtime& rt, const Value& value) {
  // CPython's PyNumber_Long: an exact int as it is, then __int__ (which
  // subclasses of int and float may override), __index__, __trunc__, and
  // last the text of strings and bytes.
  if (value.is_small_int() || value.is_bool()) return exact_int(rt, value);
  if (value.is_float()) return int_from_double(rt, value.as_float());
  Type* type = rt.type_of(value);
  if (type == rt.int_type) return value;
  if (type->to_int) {
    Value result = type->to_int(rt, value);
    if (!result.is_null() && !is_int(result)) {
      return rt.raise(Exc::kTypeError,
                      cat("__int__ returned non-int (type ", type_name(rt, result), ")"));
    }
    return result.is_null() ? result : exact_int(rt, result);
  }
  if (type->index) return index_value(rt, value);
  if (lookup_in_mro(type, rt.names.dunder_trunc)) {
    Value result = call_special_method(rt, value, rt.names.dunder_trunc, nullptr, 0);
    if (result.is_null() || is_int(result)) return result;
    return index_value(rt, result);
  }
  if (is_str(value)) return int_from_string(rt, as_str(value)->view(), 10);
  if (is_bytes_like(rt, value)) {
    const Value shown = bytes_shown_in_errors(rt, value);
    return int_from_string(rt, bytes_view(value), 10, &shown);
  }
  return rt.raise(Exc::kTypeError,
                  cat("int() argument must be a string, a bytes-like object or a real number, not '",
                      type->name->view(), "'"));
}

Value int_divmod_values(Runtime& rt, const Value& a, const Value& b) { return int_divmod(rt, a, b); }

void init_int_type(Runtime& rt) {
  mp_set_memory_functions(gmp_allocate, gmp_reallocate, gmp_free);
  Type* type = rt.int_type;
  define_builtin_type(rt, type, "int", rt.object_type, sizeof(BigInt),
                      kTypeBaseType | kTypeIntSubclass | kTypeMatchSelf, dealloc_object<BigInt>);
  type->repr = int_repr;
  type->hash = int_hash_slot;
  type->compare = int_compare_slot;
  type->truth = int_truth;
  set_int_number_slots(type);
  type->negative = int_negative;
  type->positive = int_positive;
  type->invert = int_invert;
  type->absolute = int_absolute;
  type->index = int_positive;
  type->to_int = int_positive;
  type->to_float = int_float_slot;
  type->new_instance = int_new;
  add_methods(rt, type, kIntMethods);
  add_getsets(rt, type, kIntGetSets);
}

void init_bool_type(Runtime& rt) {
  Type* type = rt.bool_type;
  define_builtin_type(rt, type, "bool", rt.int_type, sizeof(BigInt), kTypeIntSubclass | kTypeMatchSelf,
                      dealloc_object<BigInt>);
  type->repr = bool_repr;
  type->binary[static_cast<int>(BinaryOp::kAnd)] = bool_logic_slot<BinaryOp::kAnd>;
  type->binary[static_cast<int>(BinaryOp::kOr)] = bool_logic_slot<BinaryOp::kOr>;
  type->binary[static_cast<int>(BinaryOp::kXor)] = bool_logic_slot<BinaryOp::kXor>;
  type->new_instance = bool_new;
}

bool has_layout(const Object* object, const BigInt*) {
  return layout_extends(object, object->type->runtime->int_type);
}

}  // namespace pyvm
