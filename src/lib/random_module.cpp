// SPDX-License-Identifier: GPL-3.0-or-later
// The _random module: the Mersenne Twister generator (MT19937) that the
// random module (lib/python/random.py) builds every distribution on.
// Seeding, random() and getrandbits() produce CPython's numbers exactly, so
// a seeded program prints the same values under both.
//
// _random.Random holds the generator's 624 words of state; Python classes
// may subclass it (random.Random does).
#include <gmp.h>

#include <chrono>
#include <cstdio>
#include <vector>

#include <unistd.h>

#include "lib/native_modules.h"
#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

constexpr int kStateWords = 624;

struct RandomObject : Object {
  uint32_t state[kStateWords];
  int index;  // the next word to temper; kStateWords: regenerate first
};

RandomObject* as_random(const Value& v) { return static_cast<RandomObject*>(v.as_object()); }

// ---- the generator (Matsumoto and Nishimura's MT19937)

void init_genrand(RandomObject* r, uint32_t seed) {
  r->state[0] = seed;
  for (int i = 1; i < kStateWords; ++i) {
    r->state[i] = 1812433253U * (r->state[i - 1] ^ (r->state[i - 1] >> 30)) + static_cast<uint32_t>(i);
  }
  r->index = kStateWords;
}

void init_by_array(RandomObject* r, const std::vector<uint32_t>& key) {
  init_genrand(r, 19650218U);
  uint32_t* mt = r->state;
  int i = 1;
  size_t j = 0;
  const size_t key_length = key.size();
  for (size_t k = std::max<size_t>(kStateWords, key_length); k > 0; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<uint32_t>(j);
    ++i;
    ++j;
    if (i >= kStateWords) {
      mt[0] = mt[kStateWords - 1];
      i = 1;
    }
    if (j >= key_length) j = 0;
  }
  for (int k = kStateWords - 1; k > 0; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - static_cast<uint32_t>(i);
    ++i;
    if (i >= kStateWords) {
      mt[0] = mt[kStateWords - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U;  // the most significant bit set: a non-zero state
}

uint32_t next_word(RandomObject* r) {
  constexpr int kShift = 397;
  constexpr uint32_t kMatrix = 0x9908b0dfU, kUpper = 0x80000000U, kLower = 0x7fffffffU;
  uint32_t* mt = r->state;
  if (r->index >= kStateWords) {
    for (int k = 0; k < kStateWords; ++k) {
      const uint32_t y = (mt[k] & kUpper) | (mt[(k + 1) % kStateWords] & kLower);
      mt[k] = mt[(k + kShift) % kStateWords] ^ (y >> 1) ^ ((y & 1U) ? kMatrix : 0U);
    }
    r->index = 0;
  }
  uint32_t y = mt[r->index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

// A float in [0, 1) with 53 random bits.
double next_double(RandomObject* r) {
  const uint32_t a = next_word(r) >> 5, b = next_word(r) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// The 32-bit words of |n|, least significant first ([0] for zero).
std::vector<uint32_t> words_of(const Value& n) {
  mpz_t value;
  mpz_init(value);
  int_to_mpz(n, value);
  mpz_abs(value, value);
  std::vector<uint32_t> words((mpz_sizeinbase(value, 2) + 31) / 32 + 1, 0);
  size_t count = 0;
  mpz_export(words.data(), &count, -1, sizeof(uint32_t), 0, 0, value);
  mpz_clear(value);
  words.resize(count == 0 ? 1 : count);
  return words;
}

// Without a seed: from the system's entropy, else the time and process.
void seed_from_system(RandomObject* r) {
  std::vector<uint32_t> key(kStateWords);
  bool seeded = false;
  if (FILE* urandom = std::fopen("/dev/urandom", "rb")) {
    seeded = std::fread(key.data(), sizeof(uint32_t), key.size(), urandom) == key.size();
    std::fclose(urandom);
  }
  if (!seeded) {
    const auto now = std::chrono::system_clock::now().time_since_epoch().count();
    key = {static_cast<uint32_t>(now), static_cast<uint32_t>(now >> 32), static_cast<uint32_t>(getpid())};
  }
  init_by_array(r, key);
}

// seed(n): an int seeds with its magnitude; None from the system; any other
// hashable object with its hash (random.Random.seed turns str and bytes
// into ints first).
bool seed(Runtime& rt, RandomObject* r, const Value& n) {
  if (n.is_null() || n.is_none()) {
    seed_from_system(r);
    return true;
  }
  Value key = n;
  if (!is_int(n)) {
    int64_t hashed;
    if (!hash(rt, n, &hashed)) return false;
    // As an unsigned machine word.
    mpz_t value;
    mpz_init_set_ui(value, static_cast<unsigned long>(static_cast<uint64_t>(hashed)));
    key = int_from_mpz(rt, value);
    mpz_clear(value);
  }
  init_by_array(r, words_of(key));
  return true;
}

// ---- the type

Value random_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  const size_t positional = nargs - tuple_size(kwnames);
  if (tuple_size(kwnames) > 0 && !type->has_flag(kTypeHeapType)) {
    return rt.raise(Exc::kTypeError, "Random() takes no keyword arguments");
  }
  if (positional > 1) return rt.raise(Exc::kTypeError, "Random() requires 0 or 1 argument");
  auto* r = new_object<RandomObject>(rt.gc, type, type->instance_size - sizeof(RandomObject));
  Value result = Value::steal(r);
  if (!seed(rt, r, positional == 1 ? args[0] : Value())) return Value();
  return result;
}

Value random_random(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "random", nargs - 1, kwnames)) return Value();
  return Value::floating(next_double(as_random(args[0])));
}

Value random_seed(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "seed", nargs - 1, kwnames, 0, 1)) return Value();
  if (!seed(rt, as_random(args[0]), nargs > 1 ? args[1] : Value())) return Value();
  return Value::none();
}

Value random_getrandbits(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "getrandbits", nargs - 1, kwnames, 1, 1)) return Value();
  int64_t bits;
  if (!index_as_int64(rt, args[1], &bits, Exc::kOverflowError)) return Value();
  if (bits < 0) return rt.raise(Exc::kValueError, "number of bits must be non-negative");
  RandomObject* r = as_random(args[0]);
  if (bits == 0) return Value::small_int(0);
  if (bits <= 32) return Value::small_int(next_word(r) >> (32 - bits));
  // Whole words from the least significant up; the last keeps its top bits.
  std::vector<uint32_t> words(static_cast<size_t>((bits - 1) / 32 + 1));
  int64_t left = bits;
  for (uint32_t& word : words) {
    word = next_word(r);
    if (left < 32) word >>= (32 - left);
    left -= 32;
  }
  mpz_t value;
  mpz_init(value);
  mpz_import(value, words.size(), -1, sizeof(uint32_t), 0, 0, words.data());
  Value result = int_from_mpz(rt, value);
  mpz_clear(value);
  return result;
}

Value random_getstate(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "getstate", nargs - 1, kwnames)) return Value();
  RandomObject* r = as_random(args[0]);
  Ref<Tuple> state = allocate_tuple(rt, kStateWords + 1);
  for (int i = 0; i < kStateWords; ++i) (*state)[i] = Value::small_int(r->state[i]);
  (*state)[kStateWords] = Value::small_int(r->index);
  return Value(std::move(state));
}

// An int in [0, 2**32) from a state tuple (CPython's message otherwise).
bool state_word(Runtime& rt, const Value& item, uint32_t* out) {
  if (!is_int(item)) {
    rt.raise(Exc::kTypeError, cat("'", type_name(rt, item), "' object cannot be interpreted as an integer"));
    return false;
  }
  int64_t v;
  if (!int_to_int64(item, &v) || v < 0 || v > 0xFFFFFFFFLL) {
    rt.raise(Exc::kOverflowError, "Python int too large to convert to C unsigned long");
    return false;
  }
  *out = static_cast<uint32_t>(v);
  return true;
}

Value random_setstate(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "setstate", nargs - 1, kwnames, 1, 1)) return Value();
  if (!is_tuple(args[1])) return rt.raise(Exc::kTypeError, "state vector must be a tuple");
  const Tuple* state = as_tuple(args[1]);
  if (state->size != kStateWords + 1) return rt.raise(Exc::kValueError, "state vector is the wrong size");
  uint32_t words[kStateWords];
  for (int i = 0; i < kStateWords; ++i) {
    if (!state_word(rt, (*state)[i], &words[i])) return Value();
  }
  int64_t index;
  if (!is_int((*state)[kStateWords]) || !int_to_int64((*state)[kStateWords], &index)) {
    return rt.raise(Exc::kTypeError, "state vector items must be integers");
  }
  if (index < 0 || index > kStateWords) return rt.raise(Exc::kValueError, "invalid state");
  RandomObject* r = as_random(args[0]);
  std::copy(words, words + kStateWords, r->state);
  r->index = static_cast<int>(index);
  return Value::none();
}

const MethodDef kRandomMethods[] = {
    {"random", random_random},
    {"seed", random_seed},
    {"getrandbits", random_getrandbits},
    {"getstate", random_getstate},
    {"setstate", random_setstate},
};

}  // namespace

Value make_random_module(VM& vm) {
  Value module = make_module_with_functions(vm, "_random", {});
  Type* type = vm.random_type;
  if (!type->name) {  // (the module may be imported again after `del sys.modules[...]`)
    define_builtin_type(vm, type, "Random", vm.object_type, sizeof(RandomObject), kTypeBaseType,
                        dealloc_object<RandomObject>);
    type->module_name = Ref<Str>::borrow(vm.intern("_random"));
    type->new_instance = random_new;
    add_methods(vm, type, kRandomMethods);
    finish_type(vm, type);
  }
  dict_set_str(vm, module_dict(module), vm.intern("Random"), Value::from_object(type));
  return module;
}

}  // namespace pyvm
