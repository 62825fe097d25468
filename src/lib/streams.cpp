// SPDX-License-Identifier: GPL-3.0-or-later
// sys.stdin, sys.stdout and sys.stderr (see streams.h), and their binary
// layers (sys.stdout.buffer, ...), which read and write the same bytes.
#include "lib/streams.h"

#include <unistd.h>

#include <iostream>
#include <iterator>

#include "lib/io_internal.h"
#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/list.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

// A text stream (stream_type), or the binary stream under one
// (binary_reader_type for stdin, binary_writer_type for stdout and stderr).
struct Stream : Object {
  int fd = 1;
  Value name;
  Value buffer;  // a text stream's binary stream, made on first use
};

[[maybe_unused]] bool has_layout(const Object* object, const Stream*) {
  const Runtime* rt = object->type->runtime;
  return layout_extends(object, rt->stream_type) || layout_extends(object, rt->binary_reader_type) ||
         layout_extends(object, rt->binary_writer_type);
}

bool is_readable(const Value& stream) { return stream.as<Stream>()->fd == 0; }

// Writes bytes to the stream's file descriptor: stdout through the VM's
// buffer, so text and bytes keep their order.
bool write_bytes(VM& vm, const Stream* stream, std::string_view data) {
  if (stream->fd == 2) {
    vm.write_stderr(data);
    return true;
  }
  return vm.write_stdout(data);
}

Value stream_write(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "write", nargs - 1, kwnames)) return Value();
  if (is_readable(args[0])) return raise_unsupported(rt, "not writable");
  if (!is_str(args[1])) {
    return rt.raise(Exc::kTypeError, cat("write() argument must be str, not ", type_name(rt, args[1])));
  }
  VM& vm = vm_of(rt);
  if (!write_to_stream(vm, args[0], as_str(args[1])->view())) return Value();
  return Value::small_int(as_str(args[1])->length);
}

Value stream_flush(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "flush", nargs - 1, kwnames)) return Value();
  if (!flush_stream(vm_of(rt), args[0])) return Value();
  return Value::none();
}

Value stream_fileno(Runtime&, const Value* args, size_t, Tuple*) {
  return Value::small_int(args[0].as<Stream>()->fd);
}

Value stream_isatty(Runtime&, const Value* args, size_t, Tuple*) {
  return Value::boolean(isatty(args[0].as<Stream>()->fd));
}

// ---- reading (sys.stdin): through std::cin, which input() shares, so
// the text stream, its binary stream and input() read one sequence of bytes.

// The next line with its '\n' ("" at end of input); at most `limit` bytes
// when limit >= 0.
std::string read_line(int64_t limit = -1) {
  std::string line;
  for (int c; (limit < 0 || static_cast<int64_t>(line.size()) < limit) && (c = std::cin.get()) != EOF;) {
    line.push_back(static_cast<char>(c));
    if (c == '\n') break;
  }
  return line;
}

// Up to `size` bytes (all that is left when size < 0).
std::string read_bytes(int64_t size) {
  if (size < 0) return {std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  std::string data(static_cast<size_t>(size), '\0');
  std::cin.read(data.data(), size);
  data.resize(static_cast<size_t>(std::cin.gcount()));
  return data;
}

// UTF-8 needs up to three more bytes to finish the last character of `text`.
void complete_last_character(std::string* text) {
  size_t lead = text->size();
  while (lead > 0 && lead + 4 > text->size() && (static_cast<unsigned char>((*text)[lead - 1]) & 0xC0) == 0x80) --lead;
  if (lead == 0) return;
  const unsigned char first = static_cast<unsigned char>((*text)[lead - 1]);
  const size_t length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1;
  for (size_t have = text->size() - (lead - 1); have < length; ++have) {
    const int c = std::cin.peek();
    if (c == EOF || (c & 0xC0) != 0x80) break;
    text->push_back(static_cast<char>(std::cin.get()));
  }
}

// The optional size argument of read()/readline() (-1 when absent or None).
bool optional_size(Runtime& rt, const Value* args, size_t nargs, int64_t* size) {
  *size = -1;
  return nargs < 2 || size_argument(rt, args[1], size);
}

bool prepare_to_read(Runtime& rt, const Value& stream) {
  if (!is_readable(stream)) {
    raise_unsupported(rt, "not readable");
    return false;
  }
  return vm_of(rt).flush_stdout();  // a prompt written before reading shows first
}

// readline(size=-1): `size` counts characters.
Value stream_readline(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t size = -1;
  if (!expect_positional(rt, "readline", nargs - 1, kwnames, 0, 1) || !optional_size(rt, args, nargs, &size) ||
      !prepare_to_read(rt, args[0])) {
    return Value();
  }
  std::string line;
  while (size < 0 || static_cast<int64_t>(utf8_length(line)) < size) {
    std::string piece = read_line(size < 0 ? -1 : size - static_cast<int64_t>(utf8_length(line)));
    if (piece.empty()) break;
    line += piece;
    complete_last_character(&line);
    if (line.back() == '\n') break;
  }
  return make_str(rt, sanitize_utf8(line));
}

// read(size=-1): `size` counts characters.
Value stream_read(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t size = -1;
  if (!expect_positional(rt, "read", nargs - 1, kwnames, 0, 1) || !optional_size(rt, args, nargs, &size) ||
      !prepare_to_read(rt, args[0])) {
    return Value();
  }
  std::string text;
  if (size < 0) {
    text = read_bytes(-1);
  } else {
    for (int64_t missing = size; missing > 0; missing = size - static_cast<int64_t>(utf8_length(text))) {
      std::string piece = read_bytes(missing);
      if (piece.empty()) break;
      text += piece;
      complete_last_character(&text);
    }
  }
  return make_str(rt, sanitize_utf8(text));
}

// readlines(): every line left, as str (text stream) or bytes (binary).
Value stream_readlines(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "readlines", nargs - 1, kwnames, 0, 1) || !prepare_to_read(rt, args[0])) {
    return Value();
  }
  const bool binary = rt.type_of(args[0]) != rt.stream_type;
  Ref<List> lines = make_list(rt);
  for (std::string line = read_line(); !line.empty(); line = read_line()) {
    lines->items.push_back(binary ? make_bytes(rt, line) : make_str(rt, sanitize_utf8(line)));
  }
  return lines;
}

Value stream_iter(Runtime& rt, const Value& self) {
  if (!is_readable(self)) return raise_unsupported(rt, "not readable");
  return self;
}

// `for line in sys.stdin` (or sys.stdin.buffer): lines until end of input.
Value stream_next(Runtime& rt, const Value& self) {
  if (!vm_of(rt).flush_stdout()) return Value();
  const std::string line = read_line();
  if (line.empty()) return Value();
  return rt.type_of(self) == rt.stream_type ? make_str(rt, sanitize_utf8(line)) : make_bytes(rt, line);
}

Value stream_repr(Runtime& rt, const Value& self) {
  std::string out = "<_io.TextIOWrapper name=";
  if (!repr_text(rt, self.as<Stream>()->name, &out)) return Value();
  return make_str(rt, cat(out, " mode='", is_readable(self) ? "r" : "w", "' encoding='utf-8'>"));
}

Value stream_name(Runtime&, const Value& self) { return self.as<Stream>()->name; }
Value stream_encoding(Runtime& rt, const Value&) { return make_str(rt, "utf-8"); }
// CPython's choices under a UTF-8 locale.
Value stream_errors(Runtime& rt, const Value& self) {
  return make_str(rt, self.as<Stream>()->fd == 2 ? "backslashreplace" : "strict");
}
Value stream_mode(Runtime& rt, const Value& self) {
  const bool binary = rt.type_of(self) != rt.stream_type;
  return make_str(rt, cat(is_readable(self) ? "r" : "w", binary ? "b" : ""));
}
Value stream_false(Runtime&, const Value&) { return Value::boolean(false); }
Value stream_none(Runtime&, const Value&) { return Value::none(); }

Value stream_readable(Runtime&, const Value* args, size_t, Tuple*) { return Value::boolean(is_readable(args[0])); }
Value stream_writable(Runtime&, const Value* args, size_t, Tuple*) { return Value::boolean(!is_readable(args[0])); }
Value stream_seekable(Runtime&, const Value*, size_t, Tuple*) { return Value::boolean(false); }

// sys.stdout.buffer: the binary stream over the same file descriptor.
Value stream_buffer(Runtime& rt, const Value& self) {
  Stream* stream = self.as<Stream>();
  if (stream->buffer.is_null()) {
    Type* type = is_readable(self) ? rt.binary_reader_type : rt.binary_writer_type;
    Stream* binary = new_object<Stream>(rt.gc, type, 0);
    binary->fd = stream->fd;
    binary->name = stream->name;
    stream->buffer = Value::steal(binary);
  }
  return stream->buffer;
}

// ---- the binary streams

// write(b): any bytes-like object; returns its length.
Value binary_write(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "write", nargs - 1, kwnames)) return Value();
  if (is_readable(args[0])) return raise_unsupported(rt, "write");
  std::string_view data;
  if (!readable_buffer(rt, args[1], &data)) return Value();
  if (!write_bytes(vm_of(rt), args[0].as<Stream>(), data)) return Value();
  return Value::small_int(static_cast<int64_t>(data.size()));
}

Value binary_read(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t size = -1;
  if (!expect_positional(rt, "read", nargs - 1, kwnames, 0, 1) || !optional_size(rt, args, nargs, &size) ||
      !prepare_to_read(rt, args[0])) {
    return Value();
  }
  return make_bytes(rt, read_bytes(size));
}

Value binary_readline(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  int64_t size = -1;
  if (!expect_positional(rt, "readline", nargs - 1, kwnames, 0, 1) || !optional_size(rt, args, nargs, &size) ||
      !prepare_to_read(rt, args[0])) {
    return Value();
  }
  return make_bytes(rt, read_line(size));
}

Value binary_repr(Runtime& rt, const Value& self) {
  std::string out = cat("<_io.", rt.type_of(self)->name->view(), " name=");
  if (!repr_text(rt, self.as<Stream>()->name, &out)) return Value();
  return make_str(rt, out + ">");
}

const MethodDef kStreamMethods[] = {
    {"write", stream_write},       {"flush", stream_flush},       {"read", stream_read},
    {"readline", stream_readline}, {"readlines", stream_readlines}, {"fileno", stream_fileno},
    {"isatty", stream_isatty},     {"readable", stream_readable}, {"writable", stream_writable},
    {"seekable", stream_seekable},
};
const GetSetDef kStreamGetSets[] = {
    {"name", stream_name},       {"encoding", stream_encoding},     {"errors", stream_errors},
    {"mode", stream_mode},       {"closed", stream_false},          {"line_buffering", stream_false},
    {"write_through", stream_false}, {"newlines", stream_none},     {"buffer", stream_buffer},
};

const MethodDef kBinaryReaderMethods[] = {
    {"read", binary_read},         {"readline", binary_readline},   {"readlines", stream_readlines},
    {"fileno", stream_fileno},     {"isatty", stream_isatty},       {"readable", stream_readable},
    {"writable", stream_writable}, {"seekable", stream_seekable},
};
const MethodDef kBinaryWriterMethods[] = {
    {"write", binary_write},       {"flush", stream_flush},         {"fileno", stream_fileno},
    {"isatty", stream_isatty},     {"readable", stream_readable},   {"writable", stream_writable},
    {"seekable", stream_seekable},
};
const GetSetDef kBinaryGetSets[] = {{"name", stream_name}, {"mode", stream_mode}, {"closed", stream_false}};

void init_binary_stream_type(VM& vm, Type* type, const char* name, std::span<const MethodDef> methods) {
  define_builtin_type(vm, type, name, vm.object_type, sizeof(Stream), 0, dealloc_object<Stream>);
  type->module_name = Ref<Str>::borrow(vm.intern("_io"));
  type->repr = binary_repr;
  add_methods(vm, type, methods);
  add_getsets(vm, type, kBinaryGetSets);
  finish_type(vm, type);
}

}  // namespace

Value make_stream(VM& vm, int fd, std::string_view name) {
  // Owned at once: making the name may fail under a memory ceiling.
  Ref<Stream> stream = Ref<Stream>::steal(new_object<Stream>(vm.gc, vm.stream_type, 0));
  stream->fd = fd;
  stream->name = make_str(vm, name);
  return stream;
}

bool write_to_stream(VM& vm, const Value& stream, std::string_view text) {
  if (vm.type_of(stream) == vm.stream_type) {
    if (stream.as<Stream>()->fd == 2) {
      vm.write_stderr(text);
      return true;
    }
    return vm.write_stdout(text);
  }
  Value argument = make_str(vm, text);
  return !call_method(vm, stream, vm.names.write, &argument, 1).is_null();
}

bool flush_stream(VM& vm, const Value& stream) {
  if (vm.type_of(stream) == vm.stream_type || vm.type_of(stream) == vm.binary_writer_type) {
    return stream.as<Stream>()->fd != 1 || vm.flush_stdout();
  }
  Value flush = get_attr_optional(vm, stream, vm.names.flush);
  if (flush.is_null()) return !vm.has_error();
  return !call(vm, flush, nullptr, 0).is_null();
}

void init_stream_type(VM& vm) {
  Type* type = vm.stream_type;
  define_builtin_type(vm, type, "TextIOWrapper", vm.object_type, sizeof(Stream), kTypeWeakReferenceable,
                      dealloc_object<Stream>);
  type->module_name = Ref<Str>::borrow(vm.intern("_io"));
  type->repr = stream_repr;
  type->iter = stream_iter;
  type->next = stream_next;
  add_methods(vm, type, kStreamMethods);
  add_getsets(vm, type, kStreamGetSets);
  finish_type(vm, type);
  init_binary_stream_type(vm, vm.binary_reader_type, "BufferedReader", kBinaryReaderMethods);
  vm.binary_reader_type->iter = stream_iter;
  vm.binary_reader_type->next = stream_next;
  init_binary_stream_type(vm, vm.binary_writer_type, "BufferedWriter", kBinaryWriterMethods);
}

}  // namespace pyvm
