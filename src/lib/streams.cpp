// SPDX-License-Identifier: GPL-3.0-or-later
// sys.stdin, sys.stdout and sys.stderr (see streams.h).
#include "lib/streams.h"

#include <unistd.h>

#include <iostream>
#include <iterator>

#include "lib/io_internal.h"
#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/list.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

struct Stream : Object {
  int fd = 1;
  Value name;
};

[[maybe_unused]] bool has_layout(const Object* object, const Stream*) {
  return layout_extends(object, object->type->runtime->stream_type);
}

bool is_readable(const Value& stream) { return stream.as<Stream>()->fd == 0; }

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

// ---- reading (sys.stdin): through std::cin, which input() shares.

// The next line with its '\n' ("" at end of input).
std::string read_line() {
  std::string line;
  if (!std::getline(std::cin, line)) return line;
  if (!std::cin.eof()) line.push_back('\n');
  return line;
}

Value stream_readline(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "readline", nargs - 1, kwnames, 0, 1)) return Value();
  if (!is_readable(args[0])) return raise_unsupported(rt, "not readable");
  if (!vm_of(rt).flush_stdout()) return Value();
  return make_str(rt, sanitize_utf8(read_line()));
}

Value stream_read(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "read", nargs - 1, kwnames, 0, 1)) return Value();
  if (!is_readable(args[0])) return raise_unsupported(rt, "not readable");
  if (!vm_of(rt).flush_stdout()) return Value();
  std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  return make_str(rt, sanitize_utf8(text));
}

Value stream_readlines(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "readlines", nargs - 1, kwnames, 0, 1)) return Value();
  if (!is_readable(args[0])) return raise_unsupported(rt, "not readable");
  if (!vm_of(rt).flush_stdout()) return Value();
  Ref<List> lines = make_list(rt);
  for (std::string line = read_line(); !line.empty(); line = read_line()) {
    lines->items.push_back(make_str(rt, sanitize_utf8(line)));
  }
  return lines;
}

Value stream_iter(Runtime& rt, const Value& self) {
  if (!is_readable(self)) return raise_unsupported(rt, "not readable");
  return self;
}

// `for line in sys.stdin`: lines until end of input.
Value stream_next(Runtime& rt, const Value&) {
  if (!vm_of(rt).flush_stdout()) return Value();
  const std::string line = read_line();
  if (line.empty()) return Value();
  return make_str(rt, sanitize_utf8(line));
}

Value stream_repr(Runtime& rt, const Value& self) {
  std::string out = "<_io.TextIOWrapper name=";
  if (!repr_text(rt, self.as<Stream>()->name, &out)) return Value();
  return make_str(rt, cat(out, " mode='", is_readable(self) ? "r" : "w", "' encoding='utf-8'>"));
}

Value stream_name(Runtime&, const Value& self) { return self.as<Stream>()->name; }
Value stream_encoding(Runtime& rt, const Value&) { return make_str(rt, "utf-8"); }

const MethodDef kStreamMethods[] = {
    {"write", stream_write},
    {"flush", stream_flush},
    {"read", stream_read},
    {"readline", stream_readline},
    {"readlines", stream_readlines},
    {"fileno", stream_fileno},
    {"isatty", stream_isatty},
};
const GetSetDef kStreamGetSets[] = {{"name", stream_name}, {"encoding", stream_encoding}};

}  // namespace

Value make_stream(VM& vm, int fd, std::string_view name) {
  Stream* stream = new_object<Stream>(vm.gc, vm.stream_type, 0);
  stream->fd = fd;
  stream->name = make_str(vm, name);
  return Value::steal(stream);
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
  if (vm.type_of(stream) == vm.stream_type) {
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
}

}  // namespace pyvm
