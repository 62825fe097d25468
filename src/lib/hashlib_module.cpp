// SPDX-License-Identifier: GPL-3.0-or-later
// The hashlib module: hash objects over the digests of hash_algorithms.h
// (_hashlib.HASH; _hashlib.HASHXOF for the extendable-output SHAKEs, whose
// digest takes a length; _blake2.blake2b and blake2s with their
// parameters), new(), the named constructors, pbkdf2_hmac (RFC 8018) and
// file_digest. lib/python/hmac.py builds HMAC on it.
#include <cstdio>
#include <iterator>
#include <string>

#include "lib/hash_algorithms.h"
#include "lib/native_modules.h"
#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/object_type.h"
#include "runtime/out_of_memory.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

// ---- hash objects

struct HashObject : Object {
  HashState state;
};

HashObject* as_hash(const Value& v) { return static_cast<HashObject*>(v.as_object()); }

// The bytes of data passed to a hash.
bool hashed_data(Runtime& rt, const Value& data, std::string_view* out) {
  if (is_str(data)) {
    rt.raise(Exc::kTypeError, "Strings must be encoded before hashing");
    return false;
  }
  if (!readable_bytes(rt, data, out)) {
    rt.raise(Exc::kTypeError, "object supporting the buffer API required");
    return false;
  }
  return true;
}

Value new_hash(Runtime& rt, Algorithm algorithm, const Value& data) {
  std::string_view bytes;
  if (!data.is_null() && !hashed_data(rt, data, &bytes)) return Value();
  auto* object =
      new_object<HashObject>(rt.gc, is_xof(algorithm) ? rt.hash_xof_type : rt.hash_type, 0);
  Value result = Value::steal(object);
  object->state.reset(algorithm);
  object->state.update(bytes);
  return result;
}

Value hash_update(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "HASH.update", nargs - 1, kwnames)) return Value();
  std::string_view bytes;
  if (!hashed_data(rt, args[1], &bytes)) return Value();
  as_hash(args[0])->state.update(bytes);
  return Value::none();
}

Value hash_digest(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "HASH.digest", nargs - 1, kwnames)) return Value();
  return make_bytes(rt, as_hash(args[0])->state.digest());
}

Value hash_hexdigest(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "HASH.hexdigest", nargs - 1, kwnames)) return Value();
  return hex_with_separator(rt, as_hash(args[0])->state.digest(), Value(), Value());
}

// HASHXOF's digest(length) and hexdigest(length).
bool xof_length(Runtime& rt, const char* name, const Value* args, size_t nargs, Tuple* kwnames,
                size_t* out) {
  Value length_value;
  if (!bind_arguments(rt, {name, {"length"}, 1}, args + 1, nargs - 1, kwnames, &length_value))
    return false;
  int64_t length;
  if (!index_as_int64(rt, length_value, &length, Exc::kOverflowError)) return false;
  if (length < 0) {
    rt.raise(Exc::kValueError, "length must be non-negative");
    return false;
  }
  if (length > (int64_t{1} << 40)) {
    raise_no_memory(rt);
    return false;
  }
  *out = static_cast<size_t>(length);
  return true;
}

Value xof_digest(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t length;
  if (!xof_length(rt, "digest", args, nargs, kwnames, &length)) return Value();
  return make_bytes(rt, as_hash(args[0])->state.digest(length));
}

Value xof_hexdigest(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t length;
  if (!xof_length(rt, "hexdigest", args, nargs, kwnames, &length)) return Value();
  return hex_with_separator(rt, as_hash(args[0])->state.digest(length), Value(), Value());
}

Value hash_copy(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "HASH.copy", nargs - 1, kwnames)) return Value();
  auto* object = new_object<HashObject>(rt.gc, rt.type_of(args[0]), 0);
  Value result = Value::steal(object);
  object->state = as_hash(args[0])->state;
  return result;
}

Value hash_name(Runtime& rt, const Value& self) {
  return make_str(rt, info_of(as_hash(self)->state.algorithm).name);
}
Value hash_digest_size(Runtime&, const Value& self) {
  return Value::small_int(as_hash(self)->state.digest_size());
}
Value hash_block_size(Runtime&, const Value& self) {
  return Value::small_int(as_hash(self)->state.block_size());
}

Value hash_repr(Runtime& rt, const Value& self) {
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(self.as_object()));
  return make_str(rt, cat("<", info_of(as_hash(self)->state.algorithm).name, " _hashlib.",
                          rt.type_of(self)->name->view(), " object @ ", address, ">"));
}

const MethodDef kHashMethods[] = {
    {"update", hash_update},
    {"digest", hash_digest},
    {"hexdigest", hash_hexdigest},
    {"copy", hash_copy},
};

const MethodDef kXofMethods[] = {
    {"digest", xof_digest},
    {"hexdigest", xof_hexdigest},
};

const GetSetDef kHashGetSets[] = {
    {"name", hash_name},
    {"digest_size", hash_digest_size},
    {"block_size", hash_block_size},
};

// ---- BLAKE2 objects: _blake2.blake2b and _blake2.blake2s, constructed
// with their parameters.

// An optional bytes-like parameter no longer than `limit` bytes.
bool blake_bytes(Runtime& rt, const Value& value, size_t limit, const char* what,
                 std::string* out) {
  if (value.is_null()) return true;
  if (!is_bytes_like(rt, value)) {
    rt.raise(Exc::kTypeError,
             cat("a bytes-like object is required, not '", type_name(rt, value), "'"));
    return false;
  }
  *out = std::string(bytes_view(value));
  if (out->size() > limit) {
    rt.raise(Exc::kValueError, cat("maximum ", what, " length is ", limit, " bytes"));
    return false;
  }
  return true;
}

// An optional int parameter in [low, high], with `range_message` outside it.
bool blake_int(Runtime& rt, const Value& value, int64_t low, int64_t high,
               const std::string& range_message, int* out) {
  if (value.is_null()) return true;
  int64_t number;
  if (!index_as_int64(rt, value, &number, Exc::kOverflowError)) return false;
  if (number < low || number > high) {
    rt.raise(Exc::kValueError, range_message);
    return false;
  }
  *out = static_cast<int>(number);
  return true;
}

// leaf_size and node_offset: non-negative, at most `max_bits` bits.
bool blake_size(Runtime& rt, const Value& value, int max_bits, const char* name, uint64_t* out) {
  if (value.is_null()) return true;
  int64_t number;
  if (!index_as_int64(rt, value, &number, Exc::kOverflowError)) return false;
  if (number < 0) {
    rt.raise(Exc::kValueError, "value must be positive");
    return false;
  }
  if (max_bits < 64 && static_cast<uint64_t>(number) >> max_bits != 0) {
    rt.raise(Exc::kOverflowError, cat(name, " is too large"));
    return false;
  }
  *out = static_cast<uint64_t>(number);
  return true;
}

Value blake_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  const bool wide = is_subtype(type, rt.blake2b_type);
  const Algorithm algorithm = wide ? Algorithm::kBlake2b : Algorithm::kBlake2s;
  const char* name = wide ? "blake2b" : "blake2s";
  Value bound[13];
  if (!bind_arguments(
          rt,
          {name,
           {"data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
            "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"},
           0,
           1,
           1},
          args, nargs, kwnames, bound)) {
    return Value();
  }
  const int max_digest = wide ? 64 : 32;
  const size_t salt_size = wide ? 16 : 8;
  BlakeParameters p;
  p.digest_size = max_digest;
  const std::string digest_range = cat("digest_size must be between 1 and ", max_digest, " bytes");
  if (!blake_int(rt, bound[1], 1, max_digest, digest_range, &p.digest_size) ||
      !blake_bytes(rt, bound[2], static_cast<size_t>(max_digest), "key", &p.key) ||
      !blake_bytes(rt, bound[3], salt_size, "salt", &p.salt) ||
      !blake_bytes(rt, bound[4], salt_size, "person", &p.person) ||
      !blake_int(rt, bound[5], 0, 255, "fanout must be between 0 and 255", &p.fanout) ||
      !blake_int(rt, bound[6], 1, 255, "depth must be between 1 and 255", &p.depth) ||
      !blake_size(rt, bound[7], 32, "leaf_size", &p.leaf_size) ||
      !blake_size(rt, bound[8], wide ? 64 : 48, "node_offset", &p.node_offset) ||
      !blake_int(rt, bound[9], 0, 255, "node_depth must be between 0 and 255", &p.node_depth) ||
      !blake_int(rt, bound[10], 0, max_digest,
                 cat("inner_size must be between 0 and is ", max_digest), &p.inner_size)) {
    return Value();
  }
  if (!bound[11].is_null()) {
    const int last = truth(rt, bound[11]);
    if (last < 0) return Value();
    p.last_node = last != 0;
  }
  std::string_view data;
  if (!bound[0].is_null() && !hashed_data(rt, bound[0], &data)) return Value();
  auto* object = new_object<HashObject>(rt.gc, type, 0);
  Value result = Value::steal(object);
  object->state.reset_blake(algorithm, p);
  object->state.update(data);
  return result;
}

// ---- module functions

// md5(string=b'', *, usedforsecurity=True) and the others alike.
template <Algorithm kAlgorithm>
Value named_constructor(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  if (!bind_arguments(rt, {info_of(kAlgorithm).name, {"string", "usedforsecurity"}, 0, 0, 1}, args,
                      nargs, kwnames, bound)) {
    return Value();
  }
  return new_hash(rt, kAlgorithm, bound[0]);
}

bool algorithm_argument(Runtime& rt, const Value& name, Algorithm* out) {
  if (!is_str(name)) {
    rt.raise(Exc::kTypeError, "name must be a string");
    return false;
  }
  if (find_algorithm(as_str(name)->view(), out)) return true;
  rt.raise(Exc::kValueError, cat("unsupported hash type ", as_str(name)->view()));
  return false;
}

// new(name, data=b'', *, usedforsecurity=True).
Value hashlib_new(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  // BLAKE2 takes its parameters as keywords: new() passes them on.
  Algorithm named;
  const size_t positional = nargs - tuple_size(kwnames);
  if (positional > 0 && is_str(args[0]) && find_algorithm(as_str(args[0])->view(), &named) &&
      is_blake(named)) {
    Type* type = named == Algorithm::kBlake2b ? rt.blake2b_type : rt.blake2s_type;
    return call(rt, Value::from_object(type), args + 1, nargs - 1, kwnames);
  }
  Value bound[4];
  if (!bind_arguments(rt, {"new", {"name", "data", "usedforsecurity", "string"}, 1, 0, 2}, args,
                      nargs, kwnames, bound)) {
    return Value();
  }
  Algorithm algorithm;
  if (!algorithm_argument(rt, bound[0], &algorithm)) return Value();
  if (!bound[3].is_null()) {
    // CPython's new() always passes data on by position, so `string` collides with it.
    return rt.raise(Exc::kTypeError,
                    "argument for new() given by name ('string') and position (2)");
  }
  return new_hash(rt, algorithm, bound[1]);
}

// An HMAC context for PBKDF2: the inner and outer states keyed once.
struct HmacKey {
  HashState inner, outer;
};

HmacKey make_hmac_key(Algorithm algorithm, std::string_view key) {
  HashState scratch;
  const auto block = static_cast<size_t>(info_of(algorithm).block_size);
  std::string padded_key(key);
  if (padded_key.size() > block) {
    scratch.reset(algorithm);
    scratch.update(key);
    padded_key = scratch.digest();
  }
  padded_key.resize(block, '\0');
  std::string inner_pad(padded_key), outer_pad(padded_key);
  for (size_t i = 0; i < block; ++i) {
    inner_pad[i] = static_cast<char>(inner_pad[i] ^ 0x36);
    outer_pad[i] = static_cast<char>(outer_pad[i] ^ 0x5C);
  }
  HmacKey result;
  result.inner.reset(algorithm);
  result.inner.update(inner_pad);
  result.outer.reset(algorithm);
  result.outer.update(outer_pad);
  return result;
}

std::string hmac_of(const HmacKey& key, std::string_view message) {
  HashState inner = key.inner;
  inner.update(message);
  HashState outer = key.outer;
  outer.update(inner.digest());
  return outer.digest();
}

bool bytes_like_argument(Runtime& rt, const Value& value, std::string* out) {
  std::string_view data;
  if (!readable_bytes(rt, value, &data)) {
    rt.raise(Exc::kTypeError,
             cat("a bytes-like object is required, not '", type_name(rt, value), "'"));
    return false;
  }
  *out = data;
  return true;
}

// pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None), RFC 8018 section 5.2.
Value hashlib_pbkdf2_hmac(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[5];
  if (!bind_arguments(rt,
                      {"pbkdf2_hmac", {"hash_name", "password", "salt", "iterations", "dklen"}, 4},
                      args, nargs, kwnames, bound)) {
    return Value();
  }
  Algorithm algorithm;
  std::string password, salt;  // copies: the int arguments may run Python code
  if (!algorithm_argument(rt, bound[0], &algorithm) ||
      !bytes_like_argument(rt, bound[1], &password) || !bytes_like_argument(rt, bound[2], &salt)) {
    return Value();
  }
  if (is_xof(algorithm))
    return rt.raise(Exc::kValueError, "no reason supplied");  // as OpenSSL refuses it
  int64_t iterations;
  if (!index_as_int64(rt, bound[3], &iterations, Exc::kOverflowError)) return Value();
  if (iterations < 1) return rt.raise(Exc::kValueError, "iteration value must be greater than 0.");
  if (iterations > 0xFFFFFFFFLL)
    return rt.raise(Exc::kOverflowError, "iteration value is too great.");
  const int digest_size = info_of(algorithm).digest_size;
  int64_t key_length = digest_size;
  if (!bound[4].is_null() && !bound[4].is_none()) {
    if (!index_as_int64(rt, bound[4], &key_length, Exc::kOverflowError)) return Value();
    if (key_length < 1) return rt.raise(Exc::kValueError, "key length must be greater than 0.");
    if (key_length > 0x7FFFFFFFLL) return rt.raise(Exc::kOverflowError, "key length is too great.");
  }
  const HmacKey key = make_hmac_key(algorithm, password);
  std::string derived;
  for (uint32_t block_index = 1; static_cast<int64_t>(derived.size()) < key_length; ++block_index) {
    std::string message(salt);
    for (int shift = 24; shift >= 0; shift -= 8)
      message.push_back(static_cast<char>(block_index >> shift));
    std::string u = hmac_of(key, message);
    std::string block = u;
    for (int64_t round = 1; round < iterations; ++round) {
      u = hmac_of(key, u);
      for (size_t i = 0; i < block.size(); ++i) block[i] = static_cast<char>(block[i] ^ u[i]);
    }
    derived += block;
  }
  derived.resize(static_cast<size_t>(key_length));
  return make_bytes(rt, derived);
}

// file_digest(fileobj, digest): hashes what fileobj.read() gives until it
// is exhausted; digest is a name or a callable returning a hash object.
Value hashlib_file_digest(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  if (!bind_arguments(rt, {"file_digest", {"fileobj", "digest", "_bufsize"}, 2, 2, 2}, args, nargs,
                      kwnames, bound)) {
    return Value();
  }
  Value digest;
  if (is_str(bound[1])) {
    Algorithm algorithm;
    if (!algorithm_argument(rt, bound[1], &algorithm)) return Value();
    digest = new_hash(rt, algorithm, Value());
  } else {
    digest = call(rt, bound[1], nullptr, 0);
  }
  if (digest.is_null()) return digest;
  const Value chunk_size = bound[2].is_null() ? Value::small_int(1 << 18) : bound[2];
  Str* read_name = rt.intern("read");
  Str* update_name = rt.intern("update");
  for (;;) {
    Value chunk = call_method(rt, bound[0], read_name, &chunk_size, 1);
    if (chunk.is_null()) return chunk;
    const int64_t size = length(rt, chunk);
    if (size < 0) return Value();
    if (size == 0) break;
    if (call_method(rt, digest, update_name, &chunk, 1).is_null()) return Value();
  }
  return digest;
}

const MethodDef kHashlibFunctions[] = {
    {"new", hashlib_new},
    {"md5", named_constructor<Algorithm::kMd5>},
    {"sha1", named_constructor<Algorithm::kSha1>},
    {"sha224", named_constructor<Algorithm::kSha224>},
    {"sha256", named_constructor<Algorithm::kSha256>},
    {"sha384", named_constructor<Algorithm::kSha384>},
    {"sha512", named_constructor<Algorithm::kSha512>},
    {"sha3_224", named_constructor<Algorithm::kSha3_224>},
    {"sha3_256", named_constructor<Algorithm::kSha3_256>},
    {"sha3_384", named_constructor<Algorithm::kSha3_384>},
    {"sha3_512", named_constructor<Algorithm::kSha3_512>},
    {"shake_128", named_constructor<Algorithm::kShake128>},
    {"shake_256", named_constructor<Algorithm::kShake256>},
    {"pbkdf2_hmac", hashlib_pbkdf2_hmac},
    {"file_digest", hashlib_file_digest},
};

void define_hash_type(VM& vm) {
  Type* type = vm.hash_type;
  define_builtin_type(vm, type, "HASH", vm.object_type, sizeof(HashObject), 0,
                      dealloc_object<HashObject>);
  type->module_name = Ref<Str>::borrow(vm.intern("_hashlib"));
  type->message_name = Ref<Str>::borrow(vm.intern("_hashlib.HASH"));
  type->repr = hash_repr;
  add_methods(vm, type, kHashMethods);
  add_getsets(vm, type, kHashGetSets);
  finish_type(vm, type);

  Type* xof = vm.hash_xof_type;
  define_builtin_type(vm, xof, "HASHXOF", type, sizeof(HashObject), 0, dealloc_object<HashObject>);
  xof->module_name = Ref<Str>::borrow(vm.intern("_hashlib"));
  xof->message_name = Ref<Str>::borrow(vm.intern("_hashlib.HASHXOF"));
  add_methods(vm, xof, kXofMethods);
  finish_type(vm, xof);

  for (Type* blake : {vm.blake2b_type, vm.blake2s_type}) {
    const bool wide = blake == vm.blake2b_type;
    define_builtin_type(vm, blake, wide ? "blake2b" : "blake2s", vm.object_type, sizeof(HashObject),
                        0, dealloc_object<HashObject>);
    blake->module_name = Ref<Str>::borrow(vm.intern("_blake2"));
    blake->message_name = Ref<Str>::borrow(vm.intern(wide ? "_blake2.blake2b" : "_blake2.blake2s"));
    blake->new_instance = blake_new;
    add_methods(vm, blake, kHashMethods);
    add_getsets(vm, blake, kHashGetSets);
    finish_type(vm, blake);
    Dict* attributes = blake->dict.get();
    dict_set_str(vm, attributes, vm.intern("SALT_SIZE"), Value::small_int(wide ? 16 : 8));
    dict_set_str(vm, attributes, vm.intern("PERSON_SIZE"), Value::small_int(wide ? 16 : 8));
    dict_set_str(vm, attributes, vm.intern("MAX_KEY_SIZE"), Value::small_int(wide ? 64 : 32));
    dict_set_str(vm, attributes, vm.intern("MAX_DIGEST_SIZE"), Value::small_int(wide ? 64 : 32));
  }
}

// A frozenset of the algorithm names.
Value algorithm_names(VM& vm) {
  Ref<Tuple> names = allocate_tuple(vm, std::size(kAlgorithms));
  for (size_t i = 0; i < std::size(kAlgorithms); ++i)
    (*names)[i] = Value(make_str(vm, kAlgorithms[i].name));
  const Value argument = Value(std::move(names));
  return call(vm, Value::from_object(vm.frozenset_type), &argument, 1);
}

}  // namespace

Value make_hashlib_module(VM& vm) {
  if (!vm.hash_type->name) define_hash_type(vm);
  Value module = make_module_with_functions(vm, "hashlib", kHashlibFunctions);
  if (module.is_null()) return module;
  Value names = algorithm_names(vm);
  if (names.is_null()) return names;
  Dict* dict = module_dict(module);
  dict_set_str(vm, dict, vm.intern("algorithms_guaranteed"), names);
  dict_set_str(vm, dict, vm.intern("algorithms_available"), names);
  dict_set_str(vm, dict, vm.intern("blake2b"), Value::from_object(vm.blake2b_type));
  dict_set_str(vm, dict, vm.intern("blake2s"), Value::from_object(vm.blake2s_type));
  Ref<Tuple> all_names = allocate_tuple(vm, std::size(kAlgorithms) + 5);
  size_t next = 0;
  for (const AlgorithmInfo& info : kAlgorithms)
    (*all_names)[next++] = Value(make_str(vm, info.name));
  for (const char* name :
       {"new", "algorithms_guaranteed", "algorithms_available", "pbkdf2_hmac", "file_digest"}) {
    (*all_names)[next++] = Value(make_str(vm, name));
  }
  dict_set_str(vm, dict, vm.intern("__all__"), Value(std::move(all_names)));
  return module;
}

}  // namespace pyvm
