// SPDX-License-Identifier: GPL-3.0-or-later
// Loader (see loader.h). Reading goes through PvcReader, which refuses any
// read past the end; a count is compared with the bytes left (each item
// takes at least one byte) before anything is reserved, so a crafted count
// cannot make the loader allocate more than the file could describe.
#include "bytecode/loader.h"

#include <gmp.h>

#include <cstdio>
#include <cstring>

#include "bytecode/pvc_format.h"
#include "bytecode/verifier.h"
#include "runtime/bytes.h"
#include "runtime/complex.h"
#include "runtime/concat.h"
#include "runtime/int.h"
#include "runtime/runtime.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

// The first problem found; reading stops there.
struct LoadError {
  std::string message;
};

// True if `text` is UTF-8 as pyvm's str holds it: well-formed sequences,
// shortest forms, code points up to U+10FFFF. Lone surrogates are allowed
// because Python strings may contain them ("\ud800").
bool is_valid_str_text(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const size_t width = lead < 0x80 ? 1 : (lead >> 5) == 6 ? 2 : (lead >> 4) == 14 ? 3 : (lead >> 3) == 30 ? 4 : 0;
    if (width == 0 || i + width > text.size()) return false;
    uint32_t code_point = width == 1 ? lead : lead & (0x7F >> width);
    for (size_t k = 1; k < width; ++k) {
      const auto continuation = static_cast<unsigned char>(text[i + k]);
      if ((continuation & 0xC0) != 0x80) return false;
      code_point = (code_point << 6) | (continuation & 0x3F);
    }
    static constexpr uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code_point < kSmallest[width] || code_point > 0x10FFFF) return false;
    i += width;
  }
  return true;
}

class PvcReader {
 public:
  // `rt` may be null while only the header is read.
  PvcReader(Runtime* rt, std::string_view bytes) : rt_(rt), bytes_(bytes) {}

  size_t remaining() const { return bytes_.size() - position_; }
  size_t position() const { return position_; }

  [[noreturn]] void fail(std::string message) const { throw LoadError{std::move(message)}; }

  std::string_view take(size_t size, const char* what) {
    if (size > remaining()) {
      fail(cat(what, " needs ", size, " bytes at offset ", position_, " but the file ends after ",
               remaining()));
    }
    std::string_view result = bytes_.substr(position_, size);
    position_ += size;
    return result;
  }
  uint64_t little_endian(size_t size, const char* what) {
    const std::string_view raw = take(size, what);
    uint64_t value = 0;
    for (size_t i = size; i > 0; --i) value = (value << 8) | static_cast<unsigned char>(raw[i - 1]);
    return value;
  }
  uint8_t u8(const char* what) { return static_cast<uint8_t>(little_endian(1, what)); }
  uint32_t u32(const char* what) { return static_cast<uint32_t>(little_endian(4, what)); }
  int32_t i32(const char* what) { return static_cast<int32_t>(u32(what)); }
  uint64_t u64(const char* what) { return little_endian(8, what); }
  double f64(const char* what) {
    const uint64_t bits = u64(what);
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
  }
  // A count of items that each take at least `item_size` bytes.
  uint32_t count(const char* what, size_t item_size) {
    const uint32_t n = u32(what);
    if (static_cast<uint64_t>(n) * item_size > remaining()) {
      fail(cat(what, " ", n, " at offset ", position_ - 4, " is more than the ", remaining(),
               " bytes left can hold"));
    }
    return n;
  }
  std::string_view raw_text(const char* what) {
    const uint32_t size = count(what, 1);
    return take(size, what);
  }
  Ref<Str> text(const char* what) {
    const std::string_view raw = raw_text(what);
    if (!is_valid_str_text(raw)) fail(cat(what, " ending at offset ", position_, " is not valid UTF-8"));
    return make_str(*rt_, raw);
  }
  Ref<Str> name(const char* what) {
    Ref<Str> s = text(what);
    return Ref<Str>::borrow(rt_->intern(s.get()));
  }
  void names(std::vector<Ref<Str>>* out, const char* what) {
    const uint32_t n = count(what, 4);
    out->reserve(n);
    for (uint32_t i = 0; i < n; ++i) out->push_back(name(what));
  }

  Ref<CodeObject> code(uint32_t nesting);
  Value constant(uint32_t nesting);

 private:
  Value big_int();
  Value frozenset(uint32_t nesting);

  Runtime* rt_;
  std::string_view bytes_;
  size_t position_ = 0;
};

Ref<CodeObject> PvcReader::code(uint32_t nesting) {
  if (nesting > kPvcMaxNesting) fail(cat("code objects nested more than ", kPvcMaxNesting, " deep"));
  Ref<CodeObject> c = make_code(*rt_);
  c->flags = u32("code flags");
  c->argument_count = i32("argument count");
  c->positional_only_count = i32("positional-only count");
  c->keyword_only_count = i32("keyword-only count");
  c->stack_size = i32("stack size");
  c->first_line = i32("first line");
  c->name = name("code name");
  c->qualname = text("qualified name");
  c->filename = text("file name");
  const uint32_t instruction_count = count("instruction count", 4);
  c->instructions.reserve(instruction_count);
  for (uint32_t i = 0; i < instruction_count; ++i) c->instructions.push_back(u32("instruction"));
  const uint32_t constant_count = count("constant count", 1);
  c->constants.reserve(constant_count);
  for (uint32_t i = 0; i < constant_count; ++i) c->constants.push_back(constant(nesting));
  names(&c->names, "name");
  names(&c->local_names, "local variable name");
  names(&c->cell_names, "cell variable name");
  names(&c->free_names, "free variable name");
  if (c->cell_names.size() * 4 > remaining()) fail("cell parameter table runs past the end of the file");
  for (size_t i = 0; i < c->cell_names.size(); ++i) c->cell_parameters.push_back(i32("cell parameter"));
  const uint32_t line_count = count("line table size", 20);
  c->lines.reserve(line_count);
  for (uint32_t i = 0; i < line_count; ++i) {
    LineEntry e;
    e.instruction = u32("line table entry");
    e.line = i32("line table entry");
    e.end_line = i32("line table entry");
    e.column = i32("line table entry");
    e.end_column = i32("line table entry");
    c->lines.push_back(e);
  }
  const uint32_t handler_count = count("exception table size", 16);
  c->handlers.reserve(handler_count);
  for (uint32_t i = 0; i < handler_count; ++i) {
    ExceptionHandler h;
    h.start = u32("exception table entry");
    h.end = u32("exception table entry");
    h.target = u32("exception table entry");
    h.depth = u32("exception table entry");
    c->handlers.push_back(h);
  }
  return c;
}

Value PvcReader::big_int() {
  const uint8_t sign = u8("big integer sign");
  if (sign > 1) fail(cat("big integer sign byte ", sign, " is neither 0 nor 1"));
  const std::string_view magnitude = raw_text("big integer");
  mpz_t z;
  mpz_init(z);
  if (!magnitude.empty()) mpz_import(z, magnitude.size(), -1, 1, -1, 0, magnitude.data());
  if (sign == 1) mpz_neg(z, z);
  Value result = int_from_mpz(*rt_, z);
  mpz_clear(z);
  return result;
}

Value PvcReader::frozenset(uint32_t nesting) {
  const size_t at = position_;
  const uint32_t table_size = u32("frozenset table size");
  const uint32_t n = count("frozenset size", 5);
  if (table_size < kSetMinSize || (table_size & (table_size - 1)) != 0) {
    fail(cat("frozenset at offset ", at, " has a table of ", table_size, " slots, not a power of two from ",
             kSetMinSize));
  }
  if (static_cast<uint64_t>(n) * 5 >= static_cast<uint64_t>(table_size - 1) * 3) {
    fail(cat("frozenset at offset ", at, " has ", n, " items in ", table_size,
             " slots, fuller than a set's table gets"));
  }
  if (table_size > kSetMinSize && table_size > 8 * static_cast<uint64_t>(n)) {
    fail(cat("frozenset at offset ", at, " has ", table_size, " slots for ", n,
             " items, larger than a set's table gets"));
  }
  std::vector<SetSlot> entries;
  entries.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t slot = u32("frozenset slot");
    if (slot >= table_size) {
      fail(cat("frozenset at offset ", at, " puts an item in slot ", slot, " of a ", table_size, "-slot table"));
    }
    entries.push_back(SetSlot{slot, constant(nesting + 1)});
  }
  Ref<Set> set = make_set(*rt_, rt_->frozenset_type);
  if (!set_restore_layout(*rt_, set.get(), table_size, entries)) {
    fail(cat("frozenset at offset ", at, " has a table layout its lookups would not find"));
  }
  return Value(std::move(set));
}

Value PvcReader::constant(uint32_t nesting) {
  if (nesting > kPvcMaxNesting) fail(cat("constants nested more than ", kPvcMaxNesting, " deep"));
  const size_t at = position_;
  const auto tag = static_cast<ConstantTag>(u8("constant tag"));
  switch (tag) {
    case ConstantTag::kNone: return Value::none();
    case ConstantTag::kFalse: return Value::boolean(false);
    case ConstantTag::kTrue: return Value::boolean(true);
    case ConstantTag::kEllipsis: return rt_->ellipsis();
    case ConstantTag::kSmallInt: return Value::small_int(static_cast<int64_t>(u64("integer constant")));
    case ConstantTag::kBigInt: return big_int();
    case ConstantTag::kFloat: return Value::floating(f64("float constant"));
    case ConstantTag::kComplex: {
      const double real = f64("complex constant");
      const double imag = f64("complex constant");
      return make_complex(*rt_, {real, imag});
    }
    case ConstantTag::kStr: return Value(text("string constant"));
    case ConstantTag::kBytes: return make_bytes(*rt_, raw_text("bytes constant"));
    case ConstantTag::kTuple: {
      const uint32_t n = count("tuple size", 1);
      Ref<Tuple> tuple = allocate_tuple(*rt_, n);
      for (uint32_t i = 0; i < n; ++i) (*tuple)[i] = constant(nesting + 1);
      return Value(std::move(tuple));
    }
    case ConstantTag::kFrozenset: return frozenset(nesting);
    case ConstantTag::kCode: return Value(code(nesting + 1));
  }
  fail(cat("unknown constant tag ", static_cast<int>(tag), " at offset ", at));
}

bool read_header(PvcReader& reader, PvcSourceInfo* source) {
  const std::string_view magic = reader.take(sizeof kPvcMagic, "the header");
  if (std::memcmp(magic.data(), kPvcMagic, sizeof kPvcMagic) != 0) {
    reader.fail("not a pyvm bytecode file (bad magic number)");
  }
  const uint32_t version = reader.u32("the header");
  if (version < kPvcOldestReadableVersion || version > kPvcVersion) {
    if (kPvcOldestReadableVersion == kPvcVersion) {
      reader.fail(cat("bytecode format version ", version, " is not supported (this pyvm reads version ",
                      kPvcVersion, ")"));
    }
    reader.fail(cat("bytecode format version ", version, " is not supported (this pyvm reads versions ",
                    kPvcOldestReadableVersion, " to ", kPvcVersion, ")"));
  }
  const uint32_t flags = reader.u32("the header");
  if ((flags & ~static_cast<uint32_t>(kPvcHasSource)) != 0) {
    char text[16];
    std::snprintf(text, sizeof text, "0x%x", flags & ~static_cast<uint32_t>(kPvcHasSource));
    reader.fail(cat("unknown header flags ", text));
  }
  source->present = (flags & kPvcHasSource) != 0;
  source->size = reader.u64("the header");
  source->hash = reader.u64("the header");
  return true;
}

}  // namespace

bool has_pvc_magic(std::string_view bytes) {
  return bytes.size() >= sizeof kPvcMagic && std::memcmp(bytes.data(), kPvcMagic, sizeof kPvcMagic) == 0;
}

bool read_pvc_header(std::string_view bytes, PvcSourceInfo* source, std::string* error) {
  try {
    PvcReader reader(nullptr, bytes);  // the header holds no objects
    return read_header(reader, source);
  } catch (const LoadError& e) {
    *error = e.message;
    return false;
  }
}

Ref<CodeObject> load_pvc(Runtime& rt, std::string_view bytes, const std::string& filename,
                         std::string* error) {
  Ref<CodeObject> module;
  try {
    PvcReader reader(&rt, bytes);
    PvcSourceInfo source;
    read_header(reader, &source);
    module = reader.code(0);
    if (reader.remaining() != 0) {
      reader.fail(cat("unexpected bytes after the module's code object at offset ", reader.position()));
    }
  } catch (const LoadError& e) {
    *error = cat("bad bytecode file ", filename, ": ", e.message);
    return Ref<CodeObject>();
  }
  std::string rule;
  if (!verify_module(rt, *module, &rule)) {
    *error = cat("bad bytecode in ", filename, ": ", rule);
    return Ref<CodeObject>();
  }
  return module;
}

}  // namespace pyvm
