// SPDX-License-Identifier: GPL-3.0-or-later
// Serializer (see serializer.h): writes the .pvc layout of pvc_format.h.
#include "bytecode/serializer.h"

#include <gmp.h>

#include <cstring>
#include <stdexcept>

#include "bytecode/code_object.h"
#include "bytecode/pvc_format.h"
#include "runtime/bytes.h"
#include "runtime/complex.h"
#include "runtime/int.h"
#include "runtime/runtime.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

// Appends little-endian integers, strings and constants to one buffer.
class PvcWriter {
 public:
  explicit PvcWriter(Runtime& rt) : rt_(rt) {}

  std::string take() { return std::move(out_); }

  void bytes(const void* data, size_t size) { out_.append(static_cast<const char*>(data), size); }
  void u8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u32(uint32_t v) {
    for (int i = 0; i < 4; ++i) u8(static_cast<uint8_t>(v >> (8 * i)));
  }
  void i32(int32_t v) { u32(static_cast<uint32_t>(v)); }
  void u64(uint64_t v) {
    for (int i = 0; i < 8; ++i) u8(static_cast<uint8_t>(v >> (8 * i)));
  }
  void f64(double d) {
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    u64(bits);
  }
  void count(size_t n) {
    if (n > UINT32_MAX) throw std::logic_error("pvc: count does not fit in 32 bits");
    u32(static_cast<uint32_t>(n));
  }
  void text(std::string_view s) {
    count(s.size());
    bytes(s.data(), s.size());
  }
  void names(const std::vector<Ref<Str>>& list) {
    count(list.size());
    for (const Ref<Str>& name : list) text(name->view());
  }

  void code(const CodeObject& c);
  void constant(const Value& v);

 private:
  void big_int(const Value& v);

  Runtime& rt_;
  std::string out_;
};

void PvcWriter::code(const CodeObject& c) {
  u32(c.flags);
  i32(c.argument_count);
  i32(c.positional_only_count);
  i32(c.keyword_only_count);
  i32(c.stack_size);
  i32(c.first_line);
  text(c.name->view());
  text(c.qualname->view());
  text(c.filename->view());
  count(c.instructions.size());
  // Code that has run holds specialized forms: files get their bases.
  for (const uint32_t word : c.instructions) u32(base_instruction(word));
  count(c.constants.size());
  for (const Value& v : c.constants) constant(v);
  names(c.names);
  names(c.local_names);
  names(c.cell_names);
  names(c.free_names);
  for (const int32_t parameter : c.cell_parameters) i32(parameter);
  count(c.lines.size());
  for (const LineEntry& e : c.lines) {
    u32(e.instruction);
    i32(e.line);
    i32(e.end_line);
    i32(e.column);
    i32(e.end_column);
  }
  count(c.handlers.size());
  for (const ExceptionHandler& h : c.handlers) {
    u32(h.start);
    u32(h.end);
    u32(h.target);
    u32(h.depth);
  }
}

void PvcWriter::big_int(const Value& v) {
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  u8(mpz_sgn(z) < 0 ? 1 : 0);
  const size_t size = (mpz_sizeinbase(z, 2) + 7) / 8;
  std::string magnitude(size, '\0');
  size_t written = 0;
  // Least significant byte first, as every other integer in the file.
  mpz_export(magnitude.data(), &written, -1, 1, -1, 0, z);
  mpz_clear(z);
  magnitude.resize(written);
  text(magnitude);
}

void PvcWriter::constant(const Value& v) {
  switch (v.tag()) {
    case Tag::kNone: u8(static_cast<uint8_t>(ConstantTag::kNone)); return;
    case Tag::kBool:
      u8(static_cast<uint8_t>(v.as_bool() ? ConstantTag::kTrue : ConstantTag::kFalse));
      return;
    case Tag::kInt:
      u8(static_cast<uint8_t>(ConstantTag::kSmallInt));
      u64(static_cast<uint64_t>(v.as_small_int()));
      return;
    case Tag::kFloat:
      u8(static_cast<uint8_t>(ConstantTag::kFloat));
      f64(v.as_float());
      return;
    default: break;
  }
  Type* type = rt_.type_of(v);
  if (v.is(rt_.ellipsis())) {
    u8(static_cast<uint8_t>(ConstantTag::kEllipsis));
  } else if (type == rt_.int_type) {
    u8(static_cast<uint8_t>(ConstantTag::kBigInt));
    big_int(v);
  } else if (type == rt_.complex_type) {
    u8(static_cast<uint8_t>(ConstantTag::kComplex));
    const ComplexParts parts = complex_parts(v);
    f64(parts.real);
    f64(parts.imag);
  } else if (type == rt_.str_type) {
    u8(static_cast<uint8_t>(ConstantTag::kStr));
    text(as_str(v)->view());
  } else if (type == rt_.bytes_type) {
    u8(static_cast<uint8_t>(ConstantTag::kBytes));
    text(bytes_view(v));
  } else if (type == rt_.tuple_type) {
    u8(static_cast<uint8_t>(ConstantTag::kTuple));
    Tuple* tuple = as_tuple(v);
    count(tuple->size);
    for (const Value& item : tuple->span()) constant(item);
  } else if (type == rt_.frozenset_type) {
    // The table size and each item's slot: the layout, and with it the
    // iteration order, comes back exactly (see set_restore_layout).
    u8(static_cast<uint8_t>(ConstantTag::kFrozenset));
    Set* set = v.as<Set>();
    count(set_table_size(set));
    count(static_cast<size_t>(set->used));
    size_t position = 0;
    SetEntry* entry;
    while (set_next(set, &position, &entry)) {
      count(static_cast<size_t>(entry - set->table));
      constant(entry->key);
    }
  } else if (type == rt_.code_type) {
    u8(static_cast<uint8_t>(ConstantTag::kCode));
    code(*v.as<CodeObject>());
  } else {
    throw std::logic_error("pvc: a constant of a kind the format does not hold");
  }
}

}  // namespace

PvcSourceInfo describe_source(std::string_view source) {
  return PvcSourceInfo{true, source.size(), pvc_source_hash(source)};
}

std::string serialize_pvc(Runtime& rt, const CodeObject& module, const PvcSourceInfo& source) {
  PvcWriter writer(rt);
  writer.bytes(kPvcMagic, sizeof kPvcMagic);
  writer.u32(kPvcVersion);
  writer.u32(source.present ? static_cast<uint32_t>(kPvcHasSource) : 0u);
  writer.u64(source.present ? source.size : 0);
  writer.u64(source.present ? source.hash : 0);
  writer.code(module);
  return writer.take();
}

}  // namespace pyvm
