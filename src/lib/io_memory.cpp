// SPDX-License-Identifier: GPL-3.0-or-later
// BytesIO and StringIO: streams over memory (CPython's _io.BytesIO and
// _io.StringIO). A BytesIO keeps its bytes in a bytearray, so that
// getbuffer()'s memoryview sees and changes them and pins their size
// (BufferError); a StringIO keeps code points, so positions index them.
// Writing past the end pads with NULs; StringIO's newline argument
// translates as TextIOWrapper's does, on writing.
#include <cstring>

#include "lib/io_internal.h"
#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {

bool has_layout(const Object* object, const BytesIOObject*) {
  return layout_extends(object, object->type->runtime->bytes_io_type);
}

bool has_layout(const Object* object, const StringIOObject*) {
  return layout_extends(object, object->type->runtime->string_io_type);
}

namespace {

// ------------------------------------------------------------------ BytesIO

BytesIOObject* as_bytes_io(const Value& value) { return value.as<BytesIOObject>(); }

RuntimeBytes& contents(BytesIOObject* b) { return b->buffer.as<ByteArray>()->bytes; }

bool bytes_check_closed(Runtime& rt, const BytesIOObject* b) {
  if (!b->closed) return true;
  raise_closed_file(rt);
  return false;
}

bool check_exports(Runtime& rt, BytesIOObject* b) {
  if (b->buffer.as<ByteArray>()->exports == 0) return true;
  rt.raise(Exc::kBufferError, "Existing exports of data: object cannot be re-sized");
  return false;
}

// Writes at the position (padding with NULs past the end); false with
// MemoryError when a position far past the end needs more than there is.
bool write_at_position(Runtime& rt, BytesIOObject* b, std::string_view data) {
  RuntimeBytes& bytes = contents(b);
  const size_t position = static_cast<size_t>(b->pos);
  const size_t end = position + data.size();
  if (end > bytes.size() && !check_allocation(rt, end - bytes.size())) return false;
  if (position > bytes.size()) bytes.resize(position, '\0');
  if (position + data.size() > bytes.size()) bytes.resize(position + data.size());
  std::memmove(bytes.data() + position, data.data(), data.size());
  b->pos = static_cast<int64_t>(end);
  return true;
}

// The bytes from the position on, at most n of them (all for n < 0).
std::string_view bytes_available(BytesIOObject* b, int64_t n) {
  const RuntimeBytes& bytes = contents(b);
  const int64_t left = std::max<int64_t>(static_cast<int64_t>(bytes.size()) - b->pos, 0);
  if (n < 0 || n > left) n = left;
  return std::string_view(bytes).substr(
      static_cast<size_t>(std::min<int64_t>(b->pos, static_cast<int64_t>(bytes.size()))),
      static_cast<size_t>(n));
}

// The length of the next line (up to b'\n' included), at most limit.
int64_t scan_line(BytesIOObject* b, int64_t limit) {
  const std::string_view rest = bytes_available(b, -1);
  size_t n = rest.size();
  if (limit >= 0 && static_cast<size_t>(limit) < n) n = static_cast<size_t>(limit);
  const void* newline = std::memchr(rest.data(), '\n', n);
  return newline == nullptr
             ? static_cast<int64_t>(n)
             : static_cast<int64_t>(static_cast<const char*>(newline) - rest.data()) + 1;
}

Value take_bytes(Runtime& rt, BytesIOObject* b, int64_t n) {
  Value result = make_bytes(rt, bytes_available(b, n));
  b->pos += static_cast<int64_t>(bytes_view(result).size());
  return result;
}

Value bytesio_new(Runtime& rt, Type* type, const Value*, size_t, Tuple*) {
  BytesIOObject* b =
      new_object<BytesIOObject>(rt.gc, type, type->instance_size - sizeof(BytesIOObject));
  Value result = Value::steal(b);
  b->buffer = make_bytearray(rt, "");
  return result;
}

bool bytesio_init(Runtime& rt, const Value& self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"BytesIO", {"initial_bytes"}, 0, 0};
  Value bound[1];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return false;
  BytesIOObject* b = as_bytes_io(self);
  if (!check_exports(rt, b)) return false;
  contents(b).clear();
  b->pos = 0;
  b->closed = false;
  if (!bound[0].is_null() && !bound[0].is_none()) {
    std::string_view data;
    if (!readable_buffer(rt, bound[0], &data)) return false;
    contents(b).assign(data);
  }
  return true;
}

Value bytesio_read(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "read", nargs - 1, kwnames, 0, 1)) return Value();
  BytesIOObject* b = as_bytes_io(args[0]);
  if (!bytes_check_closed(rt, b)) return Value();
  int64_t n = -1;
  if (nargs > 1 && !size_argument(rt, args[1], &n)) return Value();
  return take_bytes(rt, b, n);
}

Value bytesio_readline(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "readline", nargs - 1, kwnames, 0, 1)) return Value();
  BytesIOObject* b = as_bytes_io(args[0]);
  if (!bytes_check_closed(rt, b)) return Value();
  int64_t limit = -1;
  if (nargs > 1 && !size_argument(rt, args[1], &limit)) return Value();
  return take_bytes(rt, b, scan_line(b, limit));
}

Value bytesio_readlines(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "readlines", nargs - 1, kwnames, 0, 1)) return Value();
  BytesIOObject* b = as_bytes_io(args[0]);
  if (!bytes_check_closed(rt, b)) return Value();
  int64_t hint = -1;
  if (nargs > 1 && !args[1].is_none()) {
    if (!is_int(args[1]) && rt.type_of(args[1])->index == nullptr) {
      return rt.raise(Exc::kTypeError,
                      cat("integer argument expected, got '", type_name(rt, args[1]), "'"));
    }
    if (!ssize_argument(rt, args[1], &hint)) return Value();
  }
  Ref<List> lines = make_list(rt);
  int64_t total = 0;
  for (int64_t n; (n = scan_line(b, -1)) != 0;) {
    lines->items.push_back(take_bytes(rt, b, n));
    total += n;
    if (hint > 0 && total >= hint) break;
  }
  return lines;
}

Value bytesio_readinto(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "readinto", nargs - 1, kwnames)) return Value();
  char* data;
  size_t size;
  if (!writable_buffer(rt, "readinto", args[1], &data, &size)) return Value();
  BytesIOObject* b = as_bytes_io(args[0]);
  if (!bytes_check_closed(rt, b)) return Value();
  const std::string_view available = bytes_available(b, static_cast<int64_t>(size));
  std::memmove(data, available.data(), available.size());
  b->pos += static_cast<int64_t>(available.size());
  return Value::small_int(static_cast<int64_t>(available.size()));
}

Value bytesio_write(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "write", nargs - 1, kwnames)) return Value();
  BytesIOObject* b = as_bytes_io(args[0]);
  if (!bytes_check_closed(rt, b) || !check_exports(rt, b)) return Value();
  std::string_view data;
  if (!readable_buffer(rt, args[1], &data)) return Value();
  if (data.empty()) return Value::small_int(0);
  const std::string copy(data);  // the argument may be a view of this very buffer
  if (!write_at_position(rt, b, copy)) return Value();
  return Value::small_int(static_cast<int64_t>(copy.size()));
}

Value bytesio_writelines(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "writelines", nargs - 1, kwnames)) return Value();
  BytesIOObject* b = as_bytes_io(args[0]);
  if (!bytes_check_closed(rt, b)) return Value();
  const bool ok = for_each(rt, args[1], [&](Value line) {
    const Value write_args[] = {args[0], line};
    return !bytesio_write(rt, write_args, 2, nullptr).is_null();
  });
  if (!ok) return Value();
  return Value::none();
}

Value bytesio_seek(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "seek", nargs - 1, kwnames, 1, 2)) return Value();
  int64_t position;
  int whence = 0;
  if (!ssize_argument(rt, args[1], &position)) return Value();
  if (nargs > 2 && !c_int_argument(rt, args[2], &whence)) return Value();
  BytesIOObject* b = as_bytes_io(args[0]);
  if (!bytes_check_closed(rt, b)) return Value();
  if (position < 0 && whence == 0)
    return rt.raise(Exc::kValueError, cat("negative seek value ", position));
  if (whence == 1) {
    position += b->pos;
  } else if (whence == 2) {
    position += static_cast<int64_t>(contents(b).size());
  } else if (whence != 0) {
    return rt.raise(Exc::kValueError, cat("invalid whence (", whence, ", should be 0, 1 or 2)"));
  }
  b->pos = position < 0 ? 0 : position;
  return Value::small_int(b->pos);
}

Value bytesio_tell(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "tell", nargs - 1, kwnames)) return Value();
  BytesIOObject* b = as_bytes_io(args[0]);
  if (!bytes_check_closed(rt, b)) return Value();
  return Value::small_int(b->pos);
}

Value bytesio_truncate(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "truncate", nargs - 1, kwnames, 0, 1)) return Value();
  BytesIOObject* b = as_bytes_io(args[0]);
  int64_t size = -1;
  if (nargs > 1 && !size_argument(rt, args[1], &size)) return Value();
  if (!bytes_check_closed(rt, b) || !check_exports(rt, b)) return Value();
  if (nargs < 2 || args[1].is_none()) {
    size = b->pos;
  } else if (size < 0) {
    return rt.raise(Exc::kValueError, cat("negative size value ", size));
  }
  if (size < static_cast<int64_t>(contents(b).size()))
    contents(b).resize(static_cast<size_t>(size));
  return Value::small_int(size);
}

Value bytesio_getvalue(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "getvalue", nargs - 1, kwnames)) return Value();
  BytesIOObject* b = as_bytes_io(args[0]);
  if (!bytes_check_closed(rt, b)) return Value();
  return make_bytes(rt, contents(b));
}

Value bytesio_getbuffer(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "getbuffer", nargs - 1, kwnames)) return Value();
  BytesIOObject* b = as_bytes_io(args[0]);
  if (!bytes_check_closed(rt, b)) return Value();
  return make_memoryview(rt, b->buffer);
}

Value bytesio_close(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "close", nargs - 1, kwnames)) return Value();
  BytesIOObject* b = as_bytes_io(args[0]);
  if (!check_exports(rt, b)) return Value();
  b->closed = true;
  contents(b).clear();
  contents(b).shrink_to_fit();
  return Value::none();
}

Value bytesio_flush(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "flush", nargs - 1, kwnames)) return Value();
  if (!bytes_check_closed(rt, as_bytes_io(args[0]))) return Value();
  return Value::none();
}

Value bytesio_answer(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames, const char* name,
                     bool answer) {
  if (!expect_no_arguments(rt, name, nargs - 1, kwnames)) return Value();
  if (!bytes_check_closed(rt, as_bytes_io(args[0]))) return Value();
  return Value::boolean(answer);
}
Value bytesio_isatty(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytesio_answer(rt, args, nargs, kwnames, "isatty", false);
}
Value bytesio_readable(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytesio_answer(rt, args, nargs, kwnames, "readable", true);
}
Value bytesio_writable(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytesio_answer(rt, args, nargs, kwnames, "writable", true);
}
Value bytesio_seekable(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytesio_answer(rt, args, nargs, kwnames, "seekable", true);
}

Value bytesio_closed(Runtime&, const Value& self) {
  return Value::boolean(as_bytes_io(self)->closed);
}

Value bytesio_iter(Runtime&, const Value& self) { return self; }

Value bytesio_next(Runtime& rt, const Value& self) {
  BytesIOObject* b = as_bytes_io(self);
  if (!bytes_check_closed(rt, b)) return Value();
  const int64_t n = scan_line(b, -1);
  if (n == 0) return Value();
  return take_bytes(rt, b, n);
}

void bytesio_traverse(Object* self, VisitFn visit, void* context) {
  BytesIOObject* b = static_cast<BytesIOObject*>(self);
  io_traverse_dict(b, visit, context);
  if (b->buffer.is_object()) visit(b->buffer.as_object(), context);
}

void bytesio_clear(Object* self) {
  // (The bytearray stays: it holds no references.)
  Value dropped = std::move(static_cast<BytesIOObject*>(self)->dict);
}

void bytesio_dealloc(Object* self) {
  if (self->type->runtime->gc.finalizer_resurrects(self)) return;
  dealloc_object<BytesIOObject>(self);
}

const MethodDef kBytesIOMethods[] = {
    {"read", bytesio_read},
    {"read1", bytesio_read},
    {"readline", bytesio_readline},
    {"readlines", bytesio_readlines},
    {"readinto", bytesio_readinto},
    {"write", bytesio_write},
    {"writelines", bytesio_writelines},
    {"seek", bytesio_seek},
    {"tell", bytesio_tell},
    {"truncate", bytesio_truncate},
    {"getvalue", bytesio_getvalue},
    {"getbuffer", bytesio_getbuffer},
    {"close", bytesio_close},
    {"flush", bytesio_flush},
    {"isatty", bytesio_isatty},
    {"readable", bytesio_readable},
    {"writable", bytesio_writable},
    {"seekable", bytesio_seekable},
};
const GetSetDef kBytesIOGetSets[] = {{"closed", bytesio_closed}};

// ----------------------------------------------------------------- StringIO

StringIOObject* as_string_io(const Value& value) { return value.as<StringIOObject>(); }

std::u32string to_code_points(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) out.push_back(utf8_decode_at(text, &pos));
  return out;
}

Value code_points_str(Runtime& rt, std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t c : text) utf8_append(out, c);
  return make_str(rt, out);
}

bool string_check_ready(Runtime& rt, const StringIOObject* s) {
  if (!s->initialized) {
    rt.raise(Exc::kValueError, "I/O operation on uninitialized object");
    return false;
  }
  if (s->closed) {
    raise_closed_file(rt, false);
    return false;
  }
  return true;
}

bool string_check_initialized(Runtime& rt, const StringIOObject* s) {
  if (s->initialized) return true;
  rt.raise(Exc::kValueError, "I/O operation on uninitialized object");
  return false;
}

// Writes text at the position, translated as the newline argument says;
// false with MemoryError as write_at_position.
bool write_text(Runtime& rt, StringIOObject* s, std::string_view text) {
  std::string translated;
  if (s->decoder_used) {
    translated.assign(text);
    translate_newlines(s->newline_decoder, true, &translated);
    text = translated;
  }
  std::u32string points = to_code_points(text);
  if (!s->write_newline.empty()) {
    std::u32string replaced;
    const std::u32string newline = to_code_points(s->write_newline);
    for (char32_t c : points) {
      if (c == U'\n')
        replaced += newline;
      else
        replaced.push_back(c);
    }
    points = std::move(replaced);
  }
  const size_t position = static_cast<size_t>(s->pos);
  const size_t end = position + points.size();
  if (end > s->buffer.size() &&
      !check_allocation(rt, (end - s->buffer.size()) * sizeof(char32_t))) {
    return false;
  }
  if (position > s->buffer.size()) s->buffer.resize(position, U'\0');
  if (position + points.size() > s->buffer.size()) s->buffer.resize(position + points.size());
  std::copy(points.begin(), points.end(),
            s->buffer.begin() + static_cast<std::ptrdiff_t>(position));
  s->pos = static_cast<int64_t>(end);
  return true;
}

// The next line from the position (at most limit code points).
std::u32string_view next_line(StringIOObject* s, int64_t limit) {
  if (s->pos >= static_cast<int64_t>(s->buffer.size())) return {};
  const std::u32string_view rest =
      std::u32string_view(s->buffer).substr(static_cast<size_t>(s->pos));
  size_t n = rest.size();
  if (limit >= 0 && static_cast<size_t>(limit) < n) n = static_cast<size_t>(limit);
  const std::u32string_view window = rest.substr(0, n);
  size_t length = n;
  if (s->read_translate) {
    const size_t found = window.find(U'\n');
    if (found != std::u32string_view::npos) length = found + 1;
  } else if (s->read_universal) {
    for (size_t i = 0; i < window.size(); ++i) {
      if (window[i] == U'\n') {
        length = i + 1;
        break;
      }
      if (window[i] == U'\r') {
        length = i + 1 < window.size() && window[i + 1] == U'\n' ? i + 2 : i + 1;
        break;
      }
    }
  } else {
    const std::u32string newline = to_code_points(s->read_newline);
    const size_t found = window.find(newline);
    if (found != std::u32string_view::npos) length = found + newline.size();
  }
  s->pos += static_cast<int64_t>(length);
  return window.substr(0, length);
}

Value stringio_new(Runtime& rt, Type* type, const Value*, size_t, Tuple*) {
  StringIOObject* s =
      new_object<StringIOObject>(rt.gc, type, type->instance_size - sizeof(StringIOObject));
  return Value::steal(s);
}

bool stringio_init(Runtime& rt, const Value& self, const Value* args, size_t nargs,
                   Tuple* kwnames) {
  static const Parameters kParameters{"StringIO", {"initial_value", "newline"}, 0, 0};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return false;
  const Value& initial = bound[0];
  const Value& newline_arg = bound[1];
  std::string newline = "\n";
  bool newline_none = false;
  if (!newline_arg.is_null()) {
    if (newline_arg.is_none()) {
      newline_none = true;
    } else if (!is_str(newline_arg)) {
      rt.raise(Exc::kTypeError,
               cat("newline must be str or None, not ", type_name(rt, newline_arg)));
      return false;
    } else {
      newline = as_str(newline_arg)->view();
    }
  }
  if (!newline_none && !newline.empty() && newline != "\n" && newline != "\r" &&
      newline != "\r\n") {
    std::string shown;
    if (!repr_text(rt, newline_arg, &shown)) return false;
    rt.raise(Exc::kValueError, cat("illegal newline value: ", shown));
    return false;
  }
  if (!initial.is_null() && !initial.is_none() && !is_str(initial)) {
    rt.raise(Exc::kTypeError,
             cat("initial_value must be str or None, not ", type_name(rt, initial)));
    return false;
  }
  StringIOObject* s = as_string_io(self);
  s->read_newline = newline_none ? std::string() : newline;
  s->read_universal = newline_none || newline.empty();
  s->read_translate = newline_none;
  s->write_newline =
      !newline_none && !newline.empty() && newline[0] == '\r' ? newline : std::string();
  s->decoder_used = s->read_universal;
  s->newline_decoder = TextDecoder();
  s->newline_decoder.universal = true;
  s->newline_decoder.translate = s->read_translate;
  s->buffer.clear();
  s->pos = 0;
  s->closed = false;
  s->initialized = true;
  if (!initial.is_null() && !initial.is_none() && as_str(initial)->size > 0 &&
      !write_text(rt, s, as_str(initial)->view())) {
    return false;
  }
  s->pos = 0;
  return true;
}

Value stringio_getvalue(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "getvalue", nargs - 1, kwnames)) return Value();
  StringIOObject* s = as_string_io(args[0]);
  if (!string_check_ready(rt, s)) return Value();
  return code_points_str(rt, s->buffer);
}

Value stringio_read(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "read", nargs - 1, kwnames, 0, 1)) return Value();
  int64_t n = -1;
  if (nargs > 1 && !size_argument(rt, args[1], &n)) return Value();
  StringIOObject* s = as_string_io(args[0]);
  if (!string_check_ready(rt, s)) return Value();
  const int64_t left = static_cast<int64_t>(s->buffer.size()) - s->pos;
  if (n < 0 || n > left) n = left;
  if (n <= 0) return make_str(rt, "");
  Value result = code_points_str(rt, std::u32string_view(s->buffer).substr(
                                         static_cast<size_t>(s->pos), static_cast<size_t>(n)));
  s->pos += n;
  return result;
}

Value stringio_readline(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "readline", nargs - 1, kwnames, 0, 1)) return Value();
  int64_t limit = -1;
  if (nargs > 1 && !size_argument(rt, args[1], &limit)) return Value();
  StringIOObject* s = as_string_io(args[0]);
  if (!string_check_ready(rt, s)) return Value();
  return code_points_str(rt, next_line(s, limit));
}

Value stringio_write(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "write", nargs - 1, kwnames)) return Value();
  StringIOObject* s = as_string_io(args[0]);
  if (!string_check_initialized(rt, s)) return Value();
  if (!is_str(args[1])) {
    return rt.raise(Exc::kTypeError,
                    cat("string argument expected, got '", type_name(rt, args[1]), "'"));
  }
  if (!string_check_ready(rt, s)) return Value();
  const int64_t size = as_str(args[1])->length;
  if (size > 0 && !write_text(rt, s, as_str(args[1])->view())) return Value();
  return Value::small_int(size);
}

Value stringio_tell(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "tell", nargs - 1, kwnames)) return Value();
  StringIOObject* s = as_string_io(args[0]);
  if (!string_check_ready(rt, s)) return Value();
  return Value::small_int(s->pos);
}

Value stringio_seek(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "seek", nargs - 1, kwnames, 1, 2)) return Value();
  int64_t position;
  int whence = 0;
  if (!ssize_argument(rt, args[1], &position)) return Value();
  if (nargs > 2 && !c_int_argument(rt, args[2], &whence)) return Value();
  StringIOObject* s = as_string_io(args[0]);
  if (!string_check_ready(rt, s)) return Value();
  if (whence != 0 && whence != 1 && whence != 2) {
    return rt.raise(Exc::kValueError, cat("Invalid whence (", whence, ", should be 0, 1 or 2)"));
  }
  if (position < 0 && whence == 0)
    return rt.raise(Exc::kValueError, cat("Negative seek position ", position));
  if (whence != 0 && position != 0)
    return rt.raise(Exc::kOSError, "Can't do nonzero cur-relative seeks");
  if (whence == 1) position = s->pos;
  if (whence == 2) position = static_cast<int64_t>(s->buffer.size());
  s->pos = position;
  return Value::small_int(position);
}

Value stringio_truncate(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "truncate", nargs - 1, kwnames, 0, 1)) return Value();
  StringIOObject* s = as_string_io(args[0]);
  int64_t size = -1;
  if (nargs > 1 && !size_argument(rt, args[1], &size)) return Value();
  if (!string_check_ready(rt, s)) return Value();
  if (nargs < 2 || args[1].is_none()) {
    size = s->pos;
  } else if (size < 0) {
    return rt.raise(Exc::kValueError, cat("Negative size value ", size));
  }
  if (size < static_cast<int64_t>(s->buffer.size())) s->buffer.resize(static_cast<size_t>(size));
  return Value::small_int(size);
}

Value stringio_close(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "close", nargs - 1, kwnames)) return Value();
  StringIOObject* s = as_string_io(args[0]);
  s->closed = true;
  s->buffer.clear();
  s->buffer.shrink_to_fit();
  return Value::none();
}

Value stringio_true(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames,
                    const char* name) {
  if (!expect_no_arguments(rt, name, nargs - 1, kwnames)) return Value();
  if (!string_check_ready(rt, as_string_io(args[0]))) return Value();
  return Value::boolean(true);
}
Value stringio_readable(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return stringio_true(rt, args, nargs, kwnames, "readable");
}
Value stringio_writable(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return stringio_true(rt, args, nargs, kwnames, "writable");
}
Value stringio_seekable(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return stringio_true(rt, args, nargs, kwnames, "seekable");
}

Value stringio_closed(Runtime& rt, const Value& self) {
  StringIOObject* s = as_string_io(self);
  if (!string_check_initialized(rt, s)) return Value();
  return Value::boolean(s->closed);
}

Value stringio_line_buffering(Runtime& rt, const Value& self) {
  if (!string_check_ready(rt, as_string_io(self))) return Value();
  return Value::boolean(false);
}

Value stringio_newlines(Runtime& rt, const Value& self) {
  StringIOObject* s = as_string_io(self);
  if (!string_check_ready(rt, s)) return Value();
  if (!s->decoder_used) return Value::none();
  return newlines_value(rt, s->newline_decoder.seen_newlines);
}

Value stringio_next(Runtime& rt, const Value& self) {
  StringIOObject* s = as_string_io(self);
  if (!string_check_ready(rt, s)) return Value();
  Value line;
  if (rt.type_of(self) == rt.string_io_type) {
    line = code_points_str(rt, next_line(s, -1));
  } else {
    line = call_method(rt, self, rt.names.readline, nullptr, 0);
    if (line.is_null()) return Value();
    if (!is_str(line)) {
      return rt.raise(Exc::kOSError, cat("readline() should have returned a str object, not '",
                                         type_name(rt, line), "'"));
    }
  }
  if (as_str(line)->size == 0) return Value();
  return line;
}

void stringio_traverse(Object* self, VisitFn visit, void* context) {
  io_traverse_dict(static_cast<IOObject*>(self), visit, context);
}

void stringio_clear(Object* self) { Value dropped = std::move(static_cast<IOObject*>(self)->dict); }

void stringio_dealloc(Object* self) {
  if (self->type->runtime->gc.finalizer_resurrects(self)) return;
  dealloc_object<StringIOObject>(self);
}

const MethodDef kStringIOMethods[] = {
    {"getvalue", stringio_getvalue}, {"read", stringio_read},
    {"readline", stringio_readline}, {"write", stringio_write},
    {"tell", stringio_tell},         {"seek", stringio_seek},
    {"truncate", stringio_truncate}, {"close", stringio_close},
    {"readable", stringio_readable}, {"writable", stringio_writable},
    {"seekable", stringio_seekable},
};
const GetSetDef kStringIOGetSets[] = {
    {"closed", stringio_closed},
    {"line_buffering", stringio_line_buffering},
    {"newlines", stringio_newlines},
};

}  // namespace

void init_memory_io_types(VM& vm) {
  Type* bytes = vm.bytes_io_type;
  define_builtin_type(vm, bytes, "BytesIO", vm.buffered_io_base_type, sizeof(BytesIOObject),
                      kTypeBaseType | kTypeHasGc, bytesio_dealloc);
  bytes->module_name = Ref<Str>::borrow(vm.intern("_io"));
  bytes->new_instance = bytesio_new;
  bytes->init = bytesio_init;
  bytes->iter = bytesio_iter;
  bytes->next = bytesio_next;
  bytes->traverse = bytesio_traverse;
  bytes->clear = bytesio_clear;
  add_methods(vm, bytes, kBytesIOMethods);
  add_getsets(vm, bytes, kBytesIOGetSets);
  finish_type(vm, bytes);

  Type* text = vm.string_io_type;
  define_builtin_type(vm, text, "StringIO", vm.text_io_base_type, sizeof(StringIOObject),
                      kTypeBaseType | kTypeHasGc, stringio_dealloc);
  text->module_name = Ref<Str>::borrow(vm.intern("_io"));
  text->new_instance = stringio_new;
  text->init = stringio_init;
  text->next = stringio_next;
  text->traverse = stringio_traverse;
  text->clear = stringio_clear;
  add_methods(vm, text, kStringIOMethods);
  add_getsets(vm, text, kStringIOGetSets);
  finish_type(vm, text);
}

}  // namespace pyvm
