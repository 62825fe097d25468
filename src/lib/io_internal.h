// SPDX-License-Identifier: GPL-3.0-or-later
// The io module's object layouts and what its files share (io.h has the
// public side). Each class is CPython's _io class of that name, with the
// layering of CPython's C implementation:
//
//   FileIO (io_file.cpp)           a file descriptor: one system call per operation
//   BufferedReader/Writer/Random   a buffer over any raw stream (io_buffered.cpp)
//   TextIOWrapper (io_text.cpp)    str over any buffered stream: a codec
//                                  (runtime/codecs.h), newline translation,
//                                  tell()/seek() cookies
//   BytesIO, StringIO              in-memory streams (io_memory.cpp)
//   IOBase, RawIOBase, BufferedIOBase, TextIOBase   the base classes'
//                                  generic methods, written in terms of the
//                                  others (io_base.cpp)
//
// A layer talks to the one below through method calls (buffer.read1(),
// raw.readinto()), as CPython's does, so that Python classes can take part;
// a BufferedReader over an exact FileIO calls the FileIO's C++ functions
// directly, and a TextIOWrapper asks whether its file is closed without
// calls when the layers below are the built-in ones.
#pragma once

#include <climits>
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/codecs.h"
#include "runtime/object.h"
#include "runtime/out_of_memory.h"
#include "runtime/runtime.h"
#include "runtime/type.h"
#include "runtime/value.h"

namespace pyvm {

class Runtime;
class VM;
struct Str;
struct Tuple;

// Every io object: IOBase's layout. (`iobase_closed` is CPython's
// __IOBase_closed attribute: IOBase.close() ran.)
struct IOObject : Object {
  Value dict;
  bool iobase_closed = false;
};
bool has_layout(const Object* object, const IOObject*);

struct FileIOObject : IOObject {
  int fd = -1;
  bool created = false;
  bool readable = false;
  bool writable = false;
  bool appending = false;
  bool closefd = true;
  int8_t seekable = -1;  // -1: not yet known
  int64_t blksize = 8192;
};
bool has_layout(const Object* object, const FileIOObject*);

// BufferedReader, BufferedWriter and BufferedRandom. Bytes read ahead sit
// in read_buffer from read_pos on; bytes written and not yet passed to the
// raw stream in write_buffer. At most one of the two holds anything: a
// write first moves the raw stream back over what was read ahead, a read
// first flushes what was written.
struct BufferedObject : IOObject {
  Value raw;
  bool initialized = false;
  bool detached = false;
  bool readable = false;
  bool writable = false;
  bool busy = false;  // an operation is under way (reentrant calls are refused)
  int64_t buffer_size = 8192;
  RuntimeBytes read_buffer;  // (counted: buffering= decides its size)
  size_t read_pos = 0;
  RuntimeBytes write_buffer;
  size_t unread() const { return read_buffer.size() - read_pos; }
};
bool has_layout(const Object* object, const BufferedObject*);

// The decoder of a TextIOWrapper (and of StringIO's newline handling):
// the codec's undecoded bytes and, for universal newlines, CPython's
// IncrementalNewlineDecoder state (a '\r' held back until the next
// character shows whether '\n' follows; the kinds of newline seen).
struct TextDecoder {
  Codec codec = Codec::kUtf8;
  std::string errors = "strict";
  bool universal = false;  // a newline decoder: newline=None or ''
  bool translate = false;  // it turns '\r' and '\r\n' into '\n' (newline=None)
  std::string pending;     // bytes of a character cut off by the end of the input
  bool pending_cr = false;
  int seen_newlines = 0;  // kSeenCR | kSeenLF | kSeenCRLF

  static constexpr int kSeenCR = 1, kSeenLF = 2, kSeenCRLF = 4;
  // Decodes input after the pending bytes, appending text to `out`.
  bool decode(Runtime& rt, std::string_view input, bool final, std::string* out);
  // getstate()'s flags and setstate(): the held-back '\r'.
  int flags() const { return universal && pending_cr ? 1 : 0; }
  void set_state(int flags) {
    pending.clear();
    pending_cr = universal && (flags & 1) != 0;
  }
  void reset() {
    pending.clear();
    pending_cr = false;
    seen_newlines = 0;
  }
};
// Newline handling on text already decoded (StringIO): what TextDecoder
// does after its codec.
void translate_newlines(TextDecoder& decoder, bool final, std::string* text);
// TextIOWrapper.newlines / StringIO.newlines from the kinds seen.
Value newlines_value(Runtime& rt, int seen);

struct TextIOObject : IOObject {
  Value buffer;
  Value encoding;  // the name as given ('utf8'), or the locale's ('UTF-8')
  Value errors;
  bool initialized = false;
  bool detached = false;
  Codec codec = Codec::kUtf8;
  // newline=None: universal reading with translation; '': universal
  // without; '\n', '\r', '\r\n': lines end with that.
  bool read_universal = false;
  bool read_translate = false;
  std::string read_newline;  // when not universal
  bool write_translate = false;
  std::string write_newline;  // what '\n' becomes on writing ("" : itself)
  bool line_buffering = false;
  bool write_through = false;
  bool has_decoder = false;
  bool has_encoder = false;
  TextDecoder decoder;
  // Decoded text not yet returned: decoded[decoded_pos:].
  std::string decoded;
  size_t decoded_pos = 0;
  // tell()'s snapshot: the decoder flags and the input since the point
  // where the decoder held no bytes, for the text in `decoded`.
  bool has_snapshot = false;
  int snapshot_flags = 0;
  std::string snapshot_input;
  double bytes_per_char = 0.0;
  std::string pending_write;  // encoded text not yet given to the buffer
  bool telling = false;
  bool seekable = false;
  bool has_read1 = false;
  int64_t chunk_size = 8192;
};
bool has_layout(const Object* object, const TextIOObject*);

struct BytesIOObject : IOObject {
  Value buffer;  // a bytearray (getbuffer()'s views pin its size)
  int64_t pos = 0;
  bool closed = false;
};
bool has_layout(const Object* object, const BytesIOObject*);

// StringIO keeps code points so that positions index them directly
// (counted against the memory account: a program decides their number).
struct StringIOObject : IOObject {
  RuntimeCodePoints buffer;
  int64_t pos = 0;
  bool initialized = false;
  bool closed = false;
  TextDecoder newline_decoder;  // used when decoder_used
  bool decoder_used = false;
  bool write_translate = false;
  std::string write_newline;
  bool read_universal = false;
  bool read_translate = false;
  std::string read_newline;
};
bool has_layout(const Object* object, const StringIOObject*);

// ---- shared helpers (io_base.cpp)

// io.UnsupportedOperation(message): OSError and ValueError at once.
Value raise_unsupported(Runtime& rt, std::string_view message);
// ValueError "I/O operation on closed file." (`period` false: without the
// final period, as FileIO and StringIO say it).
Value raise_closed_file(Runtime& rt, bool period = true);
// bool(obj.closed): 1, 0, or -1 with the error.
int object_is_closed(Runtime& rt, const Value& object);
// IOBase's check: ValueError "I/O operation on closed file." when
// self.closed is true. False on any error.
bool check_not_closed(Runtime& rt, const Value& self);
// The name repr shows for an io object's class: "_io.FileIO" for the
// built-in classes, the class's own name for a subclass.
std::string io_class_name(Runtime& rt, const Value& self);
// obj.name(args...) with the result checked: null on error.
Value call_io_method(Runtime& rt, const Value& object, Str* name, const Value* args = nullptr,
                     size_t nargs = 0);
// A size argument: None or absent is -1, otherwise an index
// ("argument should be integer or None, not 'str'").
bool size_argument(Runtime& rt, const Value& value, int64_t* out);
// Integer arguments as CPython's converters take them: an int or an
// object with __index__ ("'str' object cannot be interpreted as an
// integer"), within the C type's range (else `too_big`, raised as
// `overflow`).
bool integer_argument(Runtime& rt, const Value& value, int64_t* out, Exc overflow,
                      std::string_view too_big, int64_t min = INT64_MIN, int64_t max = INT64_MAX);
// A C int (OverflowError "Python int too large to convert to C int").
bool c_int_argument(Runtime& rt, const Value& value, int* out);
// A Py_ssize_t (OverflowError "Python int too large to convert to C ssize_t").
bool ssize_argument(Runtime& rt, const Value& value, int64_t* out);
// The writable buffer of readinto(b): a bytearray or a writable
// memoryview over one ("readinto() argument must be read-write
// bytes-like object, not bytes").
bool writable_buffer(Runtime& rt, std::string_view function, const Value& value, char** data,
                     size_t* size);
// The bytes of a bytes-like argument ("a bytes-like object is required, not 'str'").
bool readable_buffer(Runtime& rt, const Value& value, std::string_view* out);
// os.fspath(path): a str or bytes itself, else what its __fspath__()
// returns, which must be one of them (TypeError "expected X.__fspath__()
// to return str or bytes, not int"). Null with no error pending when the
// value is not path-like at all: the caller says what it wanted.
Value filesystem_path(Runtime& rt, const Value& path);
// "expected str, bytes or os.PathLike object, not list", for the value.
Value raise_not_path_like(Runtime& rt, const Value& path);
// The bytes system calls take for a str or bytes path: a str in UTF-8
// with surrogateescape; ValueError `embedded_null` for a NUL in it.
bool path_bytes(Runtime& rt, const Value& path, std::string_view embedded_null, std::string* out);
// Whether a buffer of `bytes` that a program asked for (a read of that
// many bytes, a buffer_size, a write far past the end) can be had:
// MemoryError for a large one that cannot, as CPython's allocation fails.
bool check_allocation(Runtime& rt, size_t bytes);
// Whether the VM may touch files; PermissionError for `name` when not.
bool check_file_access(Runtime& rt, const Value& name);
// `_finalizing` (always False: pyvm issues no ResourceWarning) and
// `_dealloc_warn(source)` (which does nothing), for dir()'s sake.
Value io_false_getter(Runtime& rt, const Value& self);
Value io_dealloc_warn(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames);
// The layouts' garbage-collector slots and the finalizer (close()).
void io_traverse_dict(IOObject* self, VisitFn visit, void* context);
void iobase_finalize(Object* self);

// ---- FileIO's operations, for the buffered layer's direct calls
// (io_file.cpp). Each checks closed and mode as the method does. Reads
// return the byte count (0 at end of file), -2 when the file would block,
// -1 with the error set.
int64_t fileio_read_into(Runtime& rt, FileIOObject* file, char* data, size_t size);
// How much of a read of `wanted` bytes can arrive: at most what is left of
// a regular file (so a huge request needs no huge buffer).
size_t fileio_read_capacity(const FileIOObject* file, size_t wanted);
int64_t fileio_write_bytes(Runtime& rt, FileIOObject* file, const char* data, size_t size);
int64_t fileio_seek_to(Runtime& rt, FileIOObject* file, int64_t position, int whence);

// ---- the type set-up of each file (called by init_io_types)
void init_io_base_types(VM& vm);
void init_file_io_type(VM& vm);
void init_buffered_types(VM& vm);
void init_text_io_type(VM& vm);
void init_memory_io_types(VM& vm);

}  // namespace pyvm
