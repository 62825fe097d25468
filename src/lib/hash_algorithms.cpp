// SPDX-License-Identifier: GPL-3.0-or-later
// The message digests of hash_algorithms.h: each algorithm's block function
// and HashState, which buffers data into blocks, pads and finishes.
//
// The SHA-2 round constants and initial values are the fractional parts of
// cube and square roots of primes, worked out exactly with GMP when first
// needed rather than typed in as tables; so are Keccak's rotation offsets
// and round constants, from the walk and the LFSR FIPS 202 defines.
#include "lib/hash_algorithms.h"

#include <gmp.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <vector>

namespace pyvm {

namespace {

uint32_t rotl32(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
uint32_t rotr32(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
uint64_t rotr64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

uint32_t load_be32(const unsigned char* p) {
  return uint32_t{p[0]} << 24 | uint32_t{p[1]} << 16 | uint32_t{p[2]} << 8 | p[3];
}
uint32_t load_le32(const unsigned char* p) {
  return uint32_t{p[3]} << 24 | uint32_t{p[2]} << 16 | uint32_t{p[1]} << 8 | p[0];
}
uint64_t load_be64(const unsigned char* p) {
  return uint64_t{load_be32(p)} << 32 | load_be32(p + 4);
}

// The constants derived from primes: for SHA-2 each is a window of bits of
// the fractional part of a root, taken exactly as floor(root(p) * 2**bits).
struct Sha2Constants {
  std::array<uint32_t, 64> round32;    // SHA-256: cube roots of the first 64 primes
  std::array<uint64_t, 80> round64;    // SHA-512: cube roots of the first 80 primes
  std::array<uint32_t, 8> initial256;  // square roots of the first 8 primes
  std::array<uint32_t, 8> initial224;  // low halves of the 64-bit windows of primes 9 to 16
  std::array<uint64_t, 8> initial512;  // square roots of the first 8 primes
  std::array<uint64_t, 8> initial384;  // square roots of primes 9 to 16
  std::array<uint32_t, 64> md5_sines;  // floor(|sin(i + 1)| * 2**32), RFC 1321
};

// The low 64 bits of floor(p ** (1/degree) * 2**bits).
uint64_t root_bits(unsigned long prime, unsigned long degree, unsigned long bits) {
  mpz_t value;
  mpz_init_set_ui(value, prime);
  mpz_mul_2exp(value, value, bits * degree);
  mpz_root(value, value, degree);
  uint64_t low = 0;
  mpz_t masked;
  mpz_init(masked);
  mpz_fdiv_r_2exp(masked, value, 64);
  mpz_export(&low, nullptr, -1, sizeof low, 0, 0, masked);
  mpz_clear(masked);
  mpz_clear(value);
  return low;
}

Sha2Constants compute_constants() {
  std::vector<unsigned long> primes;
  for (unsigned long n = 2; primes.size() < 80; ++n) {
    bool prime = true;
    for (unsigned long p : primes) {
      if (p * p > n) break;
      if (n % p == 0) {
        prime = false;
        break;
      }
    }
    if (prime) primes.push_back(n);
  }
  Sha2Constants c{};
  for (int i = 0; i < 80; ++i) {
    c.round64[i] = root_bits(primes[i], 3, 64);
    if (i < 64) c.round32[i] = static_cast<uint32_t>(root_bits(primes[i], 3, 32));
  }
  for (int i = 0; i < 8; ++i) {
    c.initial256[i] = static_cast<uint32_t>(root_bits(primes[i], 2, 32));
    c.initial512[i] = root_bits(primes[i], 2, 64);
    c.initial384[i] = root_bits(primes[i + 8], 2, 64);
    c.initial224[i] = static_cast<uint32_t>(c.initial384[i]);
  }
  for (int i = 0; i < 64; ++i) {
    c.md5_sines[i] = static_cast<uint32_t>(std::floor(std::fabs(std::sin(i + 1.0)) * 4294967296.0));
  }
  return c;
}

const Sha2Constants& constants() {
  static const Sha2Constants kConstants = compute_constants();
  return kConstants;
}

void md5_block(uint32_t state[4], const unsigned char* block) {
  static constexpr int kShifts[4][4] = {
      {7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};
  const std::array<uint32_t, 64>& sines = constants().md5_sines;
  uint32_t words[16];
  for (int i = 0; i < 16; ++i) words[i] = load_le32(block + 4 * i);
  uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
  for (int i = 0; i < 64; ++i) {
    uint32_t mixed;
    int word;
    switch (i / 16) {
      case 0:
        mixed = (b & c) | (~b & d);
        word = i;
        break;
      case 1:
        mixed = (d & b) | (~d & c);
        word = (5 * i + 1) % 16;
        break;
      case 2:
        mixed = b ^ c ^ d;
        word = (3 * i + 5) % 16;
        break;
      default:
        mixed = c ^ (b | ~d);
        word = (7 * i) % 16;
        break;
    }
    const uint32_t sum = a + mixed + sines[i] + words[word];
    a = d;
    d = c;
    c = b;
    b += rotl32(sum, kShifts[i / 16][i % 4]);
  }
  state[0] += a;
  state[1] += b;
  state[2] += c;
  state[3] += d;
}

void sha1_block(uint32_t state[5], const unsigned char* block) {
  uint32_t w[80];
  for (int t = 0; t < 16; ++t) w[t] = load_be32(block + 4 * t);
  for (int t = 16; t < 80; ++t) w[t] = rotl32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
  uint32_t a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
  for (int t = 0; t < 80; ++t) {
    uint32_t f, k;
    if (t < 20) {
      f = (b & c) | (~b & d);
      k = 0x5A827999;
    } else if (t < 40) {
      f = b ^ c ^ d;
      k = 0x6ED9EBA1;
    } else if (t < 60) {
      f = (b & c) | (b & d) | (c & d);
      k = 0x8F1BBCDC;
    } else {
      f = b ^ c ^ d;
      k = 0xCA62C1D6;
    }
    const uint32_t next = rotl32(a, 5) + f + e + k + w[t];
    e = d;
    d = c;
    c = rotl32(b, 30);
    b = a;
    a = next;
  }
  state[0] += a;
  state[1] += b;
  state[2] += c;
  state[3] += d;
  state[4] += e;
}

void sha256_block(uint32_t state[8], const unsigned char* block) {
  const std::array<uint32_t, 64>& k = constants().round32;
  uint32_t w[64];
  for (int t = 0; t < 16; ++t) w[t] = load_be32(block + 4 * t);
  for (int t = 16; t < 64; ++t) {
    const uint32_t s0 = rotr32(w[t - 15], 7) ^ rotr32(w[t - 15], 18) ^ (w[t - 15] >> 3);
    const uint32_t s1 = rotr32(w[t - 2], 17) ^ rotr32(w[t - 2], 19) ^ (w[t - 2] >> 10);
    w[t] = w[t - 16] + s0 + w[t - 7] + s1;
  }
  uint32_t v[8];
  std::copy(state, state + 8, v);
  for (int t = 0; t < 64; ++t) {
    const uint32_t sigma1 = rotr32(v[4], 6) ^ rotr32(v[4], 11) ^ rotr32(v[4], 25);
    const uint32_t choose = (v[4] & v[5]) ^ (~v[4] & v[6]);
    const uint32_t t1 = v[7] + sigma1 + choose + k[t] + w[t];
    const uint32_t sigma0 = rotr32(v[0], 2) ^ rotr32(v[0], 13) ^ rotr32(v[0], 22);
    const uint32_t majority = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
    std::copy_backward(v, v + 7, v + 8);  // h=g, g=f, ..., b=a
    v[4] += t1;
    v[0] = t1 + sigma0 + majority;
  }
  for (int i = 0; i < 8; ++i) state[i] += v[i];
}

void sha512_block(uint64_t state[8], const unsigned char* block) {
  const std::array<uint64_t, 80>& k = constants().round64;
  uint64_t w[80];
  for (int t = 0; t < 16; ++t) w[t] = load_be64(block + 8 * t);
  for (int t = 16; t < 80; ++t) {
    const uint64_t s0 = rotr64(w[t - 15], 1) ^ rotr64(w[t - 15], 8) ^ (w[t - 15] >> 7);
    const uint64_t s1 = rotr64(w[t - 2], 19) ^ rotr64(w[t - 2], 61) ^ (w[t - 2] >> 6);
    w[t] = w[t - 16] + s0 + w[t - 7] + s1;
  }
  uint64_t v[8];
  std::copy(state, state + 8, v);
  for (int t = 0; t < 80; ++t) {
    const uint64_t sigma1 = rotr64(v[4], 14) ^ rotr64(v[4], 18) ^ rotr64(v[4], 41);
    const uint64_t choose = (v[4] & v[5]) ^ (~v[4] & v[6]);
    const uint64_t t1 = v[7] + sigma1 + choose + k[t] + w[t];
    const uint64_t sigma0 = rotr64(v[0], 28) ^ rotr64(v[0], 34) ^ rotr64(v[0], 39);
    const uint64_t majority = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
    std::copy_backward(v, v + 7, v + 8);
    v[4] += t1;
    v[0] = t1 + sigma0 + majority;
  }
  for (int i = 0; i < 8; ++i) state[i] += v[i];
}

// Keccak-f[1600] (FIPS 202 section 3), on 25 lanes indexed x + 5 * y. The
// rotation offsets and round constants are generated as the standard
// defines them: offsets along the (x, y) -> (y, 2x + 3y) walk, constants
// from the LFSR x^8 + x^6 + x^5 + x^4 + 1.
struct KeccakTables {
  std::array<int, 25> rotation{};
  std::array<uint64_t, 24> round_constant{};
};

KeccakTables compute_keccak_tables() {
  KeccakTables t;
  int x = 1, y = 0;
  for (int step = 0; step < 24; ++step) {
    t.rotation[x + 5 * y] = ((step + 1) * (step + 2) / 2) % 64;
    const int next_y = (2 * x + 3 * y) % 5;
    x = y;
    y = next_y;
  }
  uint8_t lfsr = 1;
  for (uint64_t& constant : t.round_constant) {
    for (int j = 0; j < 7; ++j) {
      if (lfsr & 1) constant ^= uint64_t{1} << ((1 << j) - 1);
      lfsr = static_cast<uint8_t>((lfsr & 0x80) ? (lfsr << 1) ^ 0x71 : lfsr << 1);
    }
  }
  return t;
}

uint64_t rotl64(uint64_t x, int n) { return n == 0 ? x : (x << n) | (x >> (64 - n)); }

void keccak_permute(uint64_t lanes[25]) {
  static const KeccakTables kTables = compute_keccak_tables();
  for (uint64_t round_constant : kTables.round_constant) {
    uint64_t column[5], mixed[25];
    for (int x = 0; x < 5; ++x)
      column[x] = lanes[x] ^ lanes[x + 5] ^ lanes[x + 10] ^ lanes[x + 15] ^ lanes[x + 20];
    for (int x = 0; x < 5; ++x) {
      const uint64_t d = column[(x + 4) % 5] ^ rotl64(column[(x + 1) % 5], 1);
      for (int y = 0; y < 25; y += 5) lanes[x + y] ^= d;  // theta
    }
    for (int x = 0; x < 5; ++x) {
      for (int y = 0; y < 5; ++y) {
        // rho and pi: lane (x, y) moves to (y, 2x + 3y).
        mixed[y + 5 * ((2 * x + 3 * y) % 5)] =
            rotl64(lanes[x + 5 * y], kTables.rotation[x + 5 * y]);
      }
    }
    for (int y = 0; y < 25; y += 5) {
      for (int x = 0; x < 5; ++x)
        lanes[x + y] = mixed[x + y] ^ (~mixed[(x + 1) % 5 + y] & mixed[(x + 2) % 5 + y]);  // chi
    }
    lanes[0] ^= round_constant;  // iota
  }
}

// XORs one block of `rate` bytes into the state's lanes (little-endian) and permutes.
void keccak_absorb(uint64_t lanes[25], const unsigned char* block, int rate) {
  for (int i = 0; i < rate; ++i) lanes[i / 8] ^= uint64_t{block[i]} << (8 * (i % 8));
  keccak_permute(lanes);
}

// BLAKE2b and BLAKE2s (RFC 7693): ChaCha-like rounds over 16 words, keyed
// by the SHA-512 and SHA-256 initial values.
constexpr uint8_t kBlakeSigma[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};

// One compression of BLAKE2 on words of type Word (uint64_t: 2b, uint32_t: 2s).
template <class Word>
void blake2_compress(Word h[8], const Word initial[8], const unsigned char* block, uint64_t counter,
                     bool final, bool last_node) {
  constexpr bool kWide = sizeof(Word) == 8;
  constexpr int kRotations[4] = {kWide ? 32 : 16, kWide ? 24 : 12, kWide ? 16 : 8, kWide ? 63 : 7};
  constexpr int kRounds = kWide ? 12 : 10;
  auto rotr = [](Word x, int n) {
    return static_cast<Word>((x >> n) | (x << (8 * sizeof(Word) - n)));
  };
  Word m[16], v[16];
  for (int i = 0; i < 16; ++i) {
    Word word = 0;
    for (size_t k = 0; k < sizeof(Word); ++k)
      word |= static_cast<Word>(block[i * sizeof(Word) + k]) << (8 * k);
    m[i] = word;
  }
  for (int i = 0; i < 8; ++i) {
    v[i] = h[i];
    v[i + 8] = initial[i];
  }
  v[12] ^= static_cast<Word>(counter);
  // The counter's high word (2b's stays zero: messages stay under 2**64 bytes).
  if (!kWide) v[13] ^= static_cast<Word>(counter >> 32);
  if (final) v[14] = static_cast<Word>(~v[14]);
  if (last_node) v[15] = static_cast<Word>(~v[15]);
  auto mix = [&](int a, int b, int c, int d, Word x, Word y) {
    v[a] = v[a] + v[b] + x;
    v[d] = rotr(v[d] ^ v[a], kRotations[0]);
    v[c] = v[c] + v[d];
    v[b] = rotr(v[b] ^ v[c], kRotations[1]);
    v[a] = v[a] + v[b] + y;
    v[d] = rotr(v[d] ^ v[a], kRotations[2]);
    v[c] = v[c] + v[d];
    v[b] = rotr(v[b] ^ v[c], kRotations[3]);
  };
  for (int round = 0; round < kRounds; ++round) {
    const uint8_t* s = kBlakeSigma[round % 10];
    mix(0, 4, 8, 12, m[s[0]], m[s[1]]);
    mix(1, 5, 9, 13, m[s[2]], m[s[3]]);
    mix(2, 6, 10, 14, m[s[4]], m[s[5]]);
    mix(3, 7, 11, 15, m[s[6]], m[s[7]]);
    mix(0, 5, 10, 15, m[s[8]], m[s[9]]);
    mix(1, 6, 11, 12, m[s[10]], m[s[11]]);
    mix(2, 7, 8, 13, m[s[12]], m[s[13]]);
    mix(3, 4, 9, 14, m[s[14]], m[s[15]]);
  }
  for (int i = 0; i < 8; ++i) h[i] ^= v[i] ^ v[i + 8];
}

}  // namespace

int HashState::block_size() const { return info_of(algorithm).block_size; }

int HashState::digest_size() const {
  return is_blake(algorithm) ? blake_digest_size : info_of(algorithm).digest_size;
}

// BLAKE2 with its parameters: the state is the initial values XORed with
// the parameter block, and a key is hashed first as a block of its own.
void HashState::reset_blake(Algorithm which, const BlakeParameters& p) {
  *this = HashState{};
  algorithm = which;
  const Sha2Constants& c = constants();
  if (which == Algorithm::kBlake2b) {
    std::copy(c.initial512.begin(), c.initial512.end(), words64);
  } else {
    std::copy(c.initial256.begin(), c.initial256.end(), words32);
  }
  blake_digest_size = p.digest_size;
  blake_last_node = p.last_node;
  const bool wide = which == Algorithm::kBlake2b;
  unsigned char block[64] = {};
  block[0] = static_cast<unsigned char>(p.digest_size);
  block[1] = static_cast<unsigned char>(p.key.size());
  block[2] = static_cast<unsigned char>(p.fanout);
  block[3] = static_cast<unsigned char>(p.depth);
  for (int i = 0; i < 4; ++i) block[4 + i] = static_cast<unsigned char>(p.leaf_size >> (8 * i));
  for (int i = 0; i < (wide ? 8 : 6); ++i)
    block[8 + i] = static_cast<unsigned char>(p.node_offset >> (8 * i));
  block[wide ? 16 : 14] = static_cast<unsigned char>(p.node_depth);
  block[wide ? 17 : 15] = static_cast<unsigned char>(p.inner_size);
  if (!p.salt.empty()) std::memcpy(block + (wide ? 32 : 16), p.salt.data(), p.salt.size());
  if (!p.person.empty()) std::memcpy(block + (wide ? 48 : 24), p.person.data(), p.person.size());
  for (int i = 0; i < 8; ++i) {
    if (wide) {
      for (int k = 0; k < 8; ++k) words64[i] ^= uint64_t{block[8 * i + k]} << (8 * k);
    } else {
      for (int k = 0; k < 4; ++k) words32[i] ^= uint32_t{block[4 * i + k]} << (8 * k);
    }
  }
  if (!p.key.empty()) {
    std::string key_block(p.key);
    key_block.resize(static_cast<size_t>(block_size()), '\0');
    update(key_block);
  }
}

void HashState::blake_compress(const unsigned char* block, uint64_t counter, bool final) {
  const Sha2Constants& c = constants();
  if (algorithm == Algorithm::kBlake2b) {
    blake2_compress<uint64_t>(words64, c.initial512.data(), block, counter, final,
                              final && blake_last_node);
  } else {
    blake2_compress<uint32_t>(words32, c.initial256.data(), block, counter, final,
                              final && blake_last_node);
  }
}

// BLAKE2 compresses a full block only once more data follows: the last
// block is compressed with the final flag.
void HashState::blake_update(std::string_view data) {
  const auto block = static_cast<size_t>(block_size());
  for (size_t i = 0; i < data.size();) {
    if (pending_size == block) {
      blake_compress(pending, length - data.size() + i, false);
      pending_size = 0;
    }
    const size_t taken = std::min(block - pending_size, data.size() - i);
    std::memcpy(pending + pending_size, data.data() + i, taken);
    pending_size += taken;
    i += taken;
  }
}

std::string HashState::blake_digest() const {
  HashState final_state = *this;
  std::memset(final_state.pending + pending_size, 0,
              static_cast<size_t>(block_size()) - pending_size);
  final_state.blake_compress(final_state.pending, length, true);
  std::string out;
  for (int i = 0; i < blake_digest_size; ++i) {
    out.push_back(static_cast<char>(algorithm == Algorithm::kBlake2b
                                        ? final_state.words64[i / 8] >> (8 * (i % 8))
                                        : final_state.words32[i / 4] >> (8 * (i % 4))));
  }
  return out;
}

void HashState::reset(Algorithm which) {
  if (is_blake(which)) {
    BlakeParameters defaults;
    defaults.digest_size = info_of(which).digest_size;
    reset_blake(which, defaults);
    return;
  }
  *this = HashState{};
  algorithm = which;
  const Sha2Constants& c = constants();
  switch (which) {
    case Algorithm::kMd5: {
      const uint32_t initial[] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476};
      std::copy(initial, initial + 4, words32);
      break;
    }
    case Algorithm::kSha1: {
      const uint32_t initial[] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
      std::copy(initial, initial + 5, words32);
      break;
    }
    case Algorithm::kSha224:
      std::copy(c.initial224.begin(), c.initial224.end(), words32);
      break;
    case Algorithm::kSha256:
      std::copy(c.initial256.begin(), c.initial256.end(), words32);
      break;
    case Algorithm::kSha384:
      std::copy(c.initial384.begin(), c.initial384.end(), words64);
      break;
    case Algorithm::kSha512:
      std::copy(c.initial512.begin(), c.initial512.end(), words64);
      break;
    default:
      break;  // a sponge starts from zero lanes
  }
}

void HashState::compress(const unsigned char* block) {
  switch (algorithm) {
    case Algorithm::kMd5:
      md5_block(words32, block);
      break;
    case Algorithm::kSha1:
      sha1_block(words32, block);
      break;
    case Algorithm::kSha224:
    case Algorithm::kSha256:
      sha256_block(words32, block);
      break;
    case Algorithm::kSha384:
    case Algorithm::kSha512:
      sha512_block(words64, block);
      break;
    default:
      keccak_absorb(lanes, block, block_size());
      break;
  }
}

void HashState::update(std::string_view data) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
  size_t size = data.size();
  length += size;
  if (is_blake(algorithm)) {
    blake_update(data);
    return;
  }
  const auto block = static_cast<size_t>(block_size());
  if (pending_size > 0) {
    const size_t taken = std::min(size, block - pending_size);
    std::memcpy(pending + pending_size, bytes, taken);
    pending_size += taken;
    bytes += taken;
    size -= taken;
    if (pending_size < block) return;
    compress(pending);
    pending_size = 0;
  }
  for (; size >= block; bytes += block, size -= block) compress(bytes);
  if (size > 0) std::memcpy(pending, bytes, size);  // bytes is null for empty input
  pending_size = size;
}

// The digest of what was hashed so far (this state is left as it was);
// `length` bytes of it for SHAKE.
std::string HashState::digest(size_t output_length) const {
  if (is_sponge(algorithm))
    return sponge_digest(is_xof(algorithm) ? output_length
                                           : static_cast<size_t>(info_of(algorithm).digest_size));
  if (is_blake(algorithm)) return blake_digest();
  HashState final_state = *this;
  const auto block = static_cast<size_t>(block_size());
  const size_t length_field = block == 128 ? 16 : 8;
  const uint64_t bits = length * 8;
  unsigned char padding[256] = {0x80};
  size_t padding_size = block - (pending_size + length_field) % block;
  if (padding_size == 0) padding_size = block;
  unsigned char length_bytes[16] = {};
  for (int i = 0; i < 8; ++i) {
    // MD5 stores the bit count little-endian, SHA big-endian (in the low 8 bytes).
    if (algorithm == Algorithm::kMd5) {
      length_bytes[i] = static_cast<unsigned char>(bits >> (8 * i));
    } else {
      length_bytes[length_field - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    }
  }
  final_state.update(std::string_view(reinterpret_cast<const char*>(padding), padding_size));
  final_state.update(std::string_view(reinterpret_cast<const char*>(length_bytes), length_field));
  std::string out;
  const int digest_size = info_of(algorithm).digest_size;
  if (algorithm == Algorithm::kMd5) {
    for (int i = 0; i < digest_size; ++i)
      out.push_back(static_cast<char>(final_state.words32[i / 4] >> (8 * (i % 4))));
  } else if (block == 64) {
    for (int i = 0; i < digest_size; ++i)
      out.push_back(static_cast<char>(final_state.words32[i / 4] >> (24 - 8 * (i % 4))));
  } else {
    for (int i = 0; i < digest_size; ++i)
      out.push_back(static_cast<char>(final_state.words64[i / 8] >> (56 - 8 * (i % 8))));
  }
  return out;
}

// SHA-3 pads with the bits 01 then 10*1, SHAKE with 1111 then 10*1 (as
// bytes: 0x06 or 0x1F first, 0x80 in the block's last byte); the output is
// squeezed from the lanes a block at a time.
std::string HashState::sponge_digest(size_t output_length) const {
  uint64_t final_lanes[25];
  std::copy(lanes, lanes + 25, final_lanes);
  const int rate = block_size();
  unsigned char block[168] = {};
  if (pending_size > 0) std::memcpy(block, pending, pending_size);
  block[pending_size] ^= is_xof(algorithm) ? 0x1F : 0x06;
  block[rate - 1] ^= 0x80;
  keccak_absorb(final_lanes, block, rate);
  std::string out;
  out.reserve(output_length);
  while (out.size() < output_length) {
    for (int i = 0; i < rate && out.size() < output_length; ++i) {
      out.push_back(static_cast<char>(final_lanes[i / 8] >> (8 * (i % 8))));
    }
    if (out.size() < output_length) keccak_permute(final_lanes);
  }
  return out;
}

bool find_algorithm(std::string_view name, Algorithm* out) {
  std::string key;
  for (char c : name) {
    if (c == '-') continue;  // "SHA-256" as OpenSSL spells it
    key.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  }
  for (const AlgorithmInfo& info : kAlgorithms) {
    if (key == info.name) {
      *out = info.algorithm;
      return true;
    }
  }
  return false;
}

}  // namespace pyvm
