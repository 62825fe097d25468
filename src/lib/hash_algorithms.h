// SPDX-License-Identifier: GPL-3.0-or-later
// The message digests of hashlib (hashlib_module.cpp), written from their
// specifications: MD5 (RFC 1321), SHA-1 and SHA-2 (FIPS 180-4), SHA-3 and
// SHAKE (FIPS 202), BLAKE2b and BLAKE2s (RFC 7693). A HashState is one
// running computation: reset it for an algorithm, update it with data,
// read its digest (which leaves it as it was, so hashing can go on).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace pyvm {

enum class Algorithm : uint8_t {
  kMd5,
  kSha1,
  kSha224,
  kSha256,
  kSha384,
  kSha512,
  kSha3_224,
  kSha3_256,
  kSha3_384,
  kSha3_512,
  kShake128,
  kShake256,
  kBlake2b,
  kBlake2s
};

struct AlgorithmInfo {
  Algorithm algorithm;
  const char* name;
  int digest_size;  // 0 for the extendable-output functions
  int block_size;   // the sponge's rate for SHA-3 and SHAKE
};

inline constexpr AlgorithmInfo kAlgorithms[] = {
    {Algorithm::kMd5, "md5", 16, 64},
    {Algorithm::kSha1, "sha1", 20, 64},
    {Algorithm::kSha224, "sha224", 28, 64},
    {Algorithm::kSha256, "sha256", 32, 64},
    {Algorithm::kSha384, "sha384", 48, 128},
    {Algorithm::kSha512, "sha512", 64, 128},
    {Algorithm::kSha3_224, "sha3_224", 28, 144},
    {Algorithm::kSha3_256, "sha3_256", 32, 136},
    {Algorithm::kSha3_384, "sha3_384", 48, 104},
    {Algorithm::kSha3_512, "sha3_512", 64, 72},
    {Algorithm::kShake128, "shake_128", 0, 168},
    {Algorithm::kShake256, "shake_256", 0, 136},
    {Algorithm::kBlake2b, "blake2b", 64, 128},
    {Algorithm::kBlake2s, "blake2s", 32, 64},
};

// SHA-3 and SHAKE are sponges; SHAKE's output length is the caller's (XOF).
inline bool is_sponge(Algorithm algorithm) {
  return algorithm >= Algorithm::kSha3_224 && algorithm <= Algorithm::kShake256;
}
inline bool is_xof(Algorithm algorithm) {
  return algorithm == Algorithm::kShake128 || algorithm == Algorithm::kShake256;
}
inline bool is_blake(Algorithm algorithm) {
  return algorithm == Algorithm::kBlake2b || algorithm == Algorithm::kBlake2s;
}

inline const AlgorithmInfo& info_of(Algorithm algorithm) {
  return kAlgorithms[static_cast<int>(algorithm)];
}

// Finds an algorithm by its Python name, in any case, dashes ignored
// ("SHA-256" as OpenSSL spells it).
bool find_algorithm(std::string_view name, Algorithm* out);

// The parameter block of a BLAKE2 hash (RFC 7693 section 2.5, and the tree
// fields of the BLAKE2 paper that Python exposes).
struct BlakeParameters {
  int digest_size = 0;
  std::string key, salt, person;
  int fanout = 1, depth = 1, node_depth = 0, inner_size = 0;
  uint64_t leaf_size = 0, node_offset = 0;
  bool last_node = false;
};

// A running hash: the chaining state, the bytes of an unfinished block and
// the message length so far.
struct HashState {
  Algorithm algorithm = Algorithm::kMd5;
  uint32_t words32[8] = {};
  uint64_t words64[8] = {};
  uint64_t lanes[25] = {};          // SHA-3 and SHAKE
  unsigned char pending[168] = {};  // up to the largest block (SHAKE128's rate)
  size_t pending_size = 0;
  uint64_t length = 0;        // bytes hashed (a 2**64-byte message is out of reach)
  int blake_digest_size = 0;  // BLAKE2: chosen by the caller
  bool blake_last_node = false;

  void reset(Algorithm which);
  // BLAKE2 with its parameters: the state is the initial values XORed with
  // the parameter block, and a key is hashed first as a block of its own.
  void reset_blake(Algorithm which, const BlakeParameters& p);
  void update(std::string_view data);
  // The digest of what was hashed so far (this state is left as it was);
  // `output_length` bytes of it for SHAKE.
  std::string digest(size_t output_length = 0) const;
  int block_size() const;
  int digest_size() const;

 private:
  void compress(const unsigned char* block);
  void blake_compress(const unsigned char* block, uint64_t counter, bool final);
  void blake_update(std::string_view data);
  std::string blake_digest() const;
  std::string sponge_digest(size_t output_length) const;
};

}  // namespace pyvm
