// SPDX-License-Identifier: GPL-3.0-or-later
// The .pvc bytecode file format (docs/bytecode-format.md): the constants the
// serializer writes and the loader checks. All integers are little-endian.
//
//   header   magic (8 bytes) | u32 version | u32 flags | u64 source size | u64 source hash
//   body     one code object (the module), its nested code objects inside
//            its constants; nothing may follow it
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace pyvm {

// "\x89PVC\r\n\x1a\n": a non-ASCII first byte and the line-ending bytes catch
// files mangled by text-mode transfers, as PNG's signature does.
inline constexpr unsigned char kPvcMagic[8] = {0x89, 'P', 'V', 'C', '\r', '\n', 0x1a, '\n'};
inline constexpr uint32_t kPvcVersion = 1;
// The versions this build reads (a range, for the refusal message).
inline constexpr uint32_t kPvcOldestReadableVersion = 1;
inline constexpr size_t kPvcHeaderSize = 8 + 4 + 4 + 8 + 8;

// Header flags.
enum PvcFlag : uint32_t {
  kPvcHasSource = 1,  // source size and hash describe the .py the file was compiled from
};

// One byte before each constant says what it is.
enum class ConstantTag : uint8_t {
  kNone = 'N',
  kFalse = 'F',
  kTrue = 'T',
  kEllipsis = 'E',
  kSmallInt = 'i',   // i64
  kBigInt = 'I',     // u8 sign (0 positive, 1 negative), u32 byte count, magnitude little-endian
  kFloat = 'f',      // u64 IEEE-754 bits
  kComplex = 'j',    // two u64: real, imaginary
  kStr = 's',        // u32 byte count, UTF-8
  kBytes = 'b',      // u32 byte count, bytes
  kTuple = 't',      // u32 count, constants
  kFrozenset = 'z',  // u32 count, constants (in iteration order)
  kCode = 'c',       // a code object
};

// Limits the loader enforces beyond "fits in the file": they keep a crafted
// file from building structures the VM cannot use (frames larger than the
// stack, nesting deeper than native recursion allows).
inline constexpr uint32_t kPvcMaxNesting = 200;          // tuples/frozensets/code inside each other
inline constexpr uint32_t kPvcMaxStackSize = 1u << 20;   // operand stack slots of one frame
inline constexpr uint32_t kPvcMaxVariables = 1u << 20;   // locals + cells + frees of one code object

// FNV-1a, 64 bits: the source hash in the header (a change detector for the
// import cache, not a security measure).
inline uint64_t pvc_source_hash(std::string_view source) {
  uint64_t hash = 0xcbf29ce484222325ull;
  for (const unsigned char c : source) {
    hash ^= c;
    hash *= 0x100000001b3ull;
  }
  return hash;
}

}  // namespace pyvm
