// SPDX-License-Identifier: GPL-3.0-or-later
// TextIOWrapper: str over a buffered binary stream (CPython's
// _io.TextIOWrapper). Reading decodes chunks of the buffer (read1(8192))
// with the codec and, for newline=None or '', CPython's universal-newline
// decoder; lines are found in the decoded text without a call per
// character. Writing encodes, translates '\n' for newline='\r' or '\r\n',
// and collects the bytes until a chunk's worth (or a flush, or a line with
// line_buffering). tell() returns CPython's opaque cookie (a byte position,
// plus the decoder state and a count of characters to skip when the
// position falls where the decoder holds bytes), which seek() accepts.
#include <gmp.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "lib/io_internal.h"
#include "runtime/memory_account.h"
#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {

bool has_layout(const Object* object, const TextIOObject*) {
  return layout_extends(object, object->type->runtime->text_io_wrapper_type);
}

// ------------------------------------------------------------- the decoder

void translate_newlines(TextDecoder& decoder, bool final, std::string* text) {
  if (decoder.pending_cr && (final || !text->empty())) {
    text->insert(text->begin(), '\r');
    decoder.pending_cr = false;
  }
  // A final '\r' waits: the next character may be its '\n'.
  if (!final && !text->empty() && text->back() == '\r') {
    text->pop_back();
    decoder.pending_cr = true;
  }
  const size_t first_cr = text->find('\r');
  if (first_cr == std::string::npos) {
    if (text->find('\n') != std::string::npos) decoder.seen_newlines |= TextDecoder::kSeenLF;
    return;
  }
  if (text->find('\n') < first_cr) decoder.seen_newlines |= TextDecoder::kSeenLF;
  std::string translated;
  if (decoder.translate) translated.reserve(text->size());
  const std::string& in = *text;
  size_t copied = 0;  // (when translating) in[copied:i] is still to copy
  for (size_t i = first_cr; i < in.size(); ++i) {
    if (in[i] == '\n') {
      decoder.seen_newlines |= TextDecoder::kSeenLF;
    } else if (in[i] == '\r') {
      const bool crlf = i + 1 < in.size() && in[i + 1] == '\n';
      decoder.seen_newlines |= crlf ? TextDecoder::kSeenCRLF : TextDecoder::kSeenCR;
      if (decoder.translate) {
        translated.append(in, copied, i - copied);
        translated.push_back('\n');
        copied = i + (crlf ? 2 : 1);
      }
      if (crlf) ++i;
    }
  }
  if (decoder.translate) {
    translated.append(in, copied, std::string::npos);
    *text = std::move(translated);
  }
}

bool TextDecoder::decode(Runtime& rt, std::string_view input, bool final, std::string* out) {
  std::string joined;
  std::string_view data = input;
  if (!pending.empty()) {
    joined = pending;
    joined.append(input);
    data = joined;
  }
  std::string text;
  size_t consumed = 0;
  if (!decode_bytes(rt, codec, errors, data, final, &text, &consumed)) return false;
  pending.assign(data.substr(consumed));
  if (universal) translate_newlines(*this, final, &text);
  if (out->empty()) {
    *out = std::move(text);
  } else {
    out->append(text);
  }
  return true;
}

Value newlines_value(Runtime& rt, int seen) {
  const char* const kKinds[] = {"\r", "\n", "\r\n"};
  std::vector<Value> kinds;
  for (int bit = 0; bit < 3; ++bit) {
    if (seen & (1 << bit)) kinds.push_back(make_str(rt, kKinds[bit]));
  }
  if (kinds.empty()) return Value::none();
  if (kinds.size() == 1) return kinds[0];
  return make_tuple_from(rt, kinds);
}

namespace {

TextIOObject* as_text(const Value& value) { return value.as<TextIOObject>(); }

// The byte offset `count` code points after `pos` (or the end).
size_t advance_chars(std::string_view text, size_t pos, int64_t count) {
  while (pos < text.size() && count > 0) {
    ++pos;
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
    --count;
  }
  return pos;
}

int64_t char_count(std::string_view text) { return static_cast<int64_t>(utf8_length(text)); }

bool check_attached(Runtime& rt, const TextIOObject* t) {
  if (!t->initialized) {
    rt.raise(Exc::kValueError, "I/O operation on uninitialized object");
    return false;
  }
  if (t->detached) {
    rt.raise(Exc::kValueError, "underlying buffer has been detached");
    return false;
  }
  return true;
}

// Whether the file is closed, without calls when the layers below are the
// built-in ones: 1, 0, -1 on error.
int text_is_closed(Runtime& rt, const TextIOObject* t) {
  const Value& buffer = t->buffer;
  if (buffer.is_object()) {
    const Type* type = rt.type_of(buffer);
    if (type == rt.buffered_reader_type || type == rt.buffered_writer_type ||
        type == rt.buffered_random_type) {
      const Value& raw = buffer.as<BufferedObject>()->raw;
      if (raw.is_object() && rt.type_of(raw) == rt.file_io_type)
        return raw.as<FileIOObject>()->fd < 0 ? 1 : 0;
    }
  }
  const Value held = buffer;
  return object_is_closed(rt, held);
}

// CPython's CHECK_CLOSED: the buffer's closed for a TextIOWrapper itself,
// self.closed for a subclass.
bool check_closed(Runtime& rt, const Value& self) {
  if (rt.type_of(self) != rt.text_io_wrapper_type) return check_not_closed(rt, self);
  const int closed = text_is_closed(rt, as_text(self));
  if (closed < 0) return false;
  if (closed > 0) {
    raise_closed_file(rt);
    return false;
  }
  return true;
}

bool check_ready(Runtime& rt, const Value& self) {
  return check_attached(rt, as_text(self)) && check_closed(rt, self);
}

Value buffer_call(Runtime& rt, const TextIOObject* t, Str* name, const Value* args = nullptr,
                  size_t nargs = 0) {
  const Value buffer = t->buffer;
  return call_method(rt, buffer, name, args, nargs);
}

void clear_decoded(TextIOObject* t) {
  t->decoded.clear();
  t->decoded_pos = 0;
}

size_t decoded_left(const TextIOObject* t) { return t->decoded.size() - t->decoded_pos; }

// The encoded text not yet written goes to buffer.write().
bool write_flush(Runtime& rt, TextIOObject* t) {
  if (t->pending_write.empty()) return true;
  Value bytes = make_bytes(rt, t->pending_write);
  t->pending_write.clear();
  return !buffer_call(rt, t, rt.names.write, &bytes, 1).is_null();
}

// Up to n characters of the decoded text (all for n < 0).
std::string take_decoded(TextIOObject* t, int64_t n) {
  const size_t end = n < 0 ? t->decoded.size() : advance_chars(t->decoded, t->decoded_pos, n);
  std::string taken = t->decoded.substr(t->decoded_pos, end - t->decoded_pos);
  t->decoded_pos = end;
  return taken;
}

// Reads and decodes the next chunk into `decoded` (replacing it): 1, 0 at
// the end of the stream, -1 on error.
int read_chunk(Runtime& rt, TextIOObject* t, int64_t size_hint) {
  if (!t->has_decoder) {
    raise_unsupported(rt, "not readable");
    return -1;
  }
  std::string pending_before;
  int flags_before = 0;
  if (t->telling) {
    // The snapshot for tell(): a point where the decoder held no bytes.
    pending_before = t->decoder.pending;
    flags_before = t->decoder.flags();
  }
  if (size_hint > 0)
    size_hint =
        static_cast<int64_t>(std::max(t->bytes_per_char, 1.0) * static_cast<double>(size_hint));
  Value size = Value::small_int(std::max(t->chunk_size, size_hint));
  Value input = buffer_call(rt, t, t->has_read1 ? rt.names.read1 : rt.names.read, &size, 1);
  if (input.is_null()) return -1;
  if (!is_bytes_like(rt, input)) {
    rt.raise(Exc::kTypeError,
             cat("underlying ", t->has_read1 ? "read1" : "read",
                 "() should have returned a bytes-like object, not '", type_name(rt, input), "'"));
    return -1;
  }
  const std::string_view data = bytes_view(input);
  bool eof = data.empty();
  std::string text;
  if (!t->decoder.decode(rt, data, eof, &text)) return -1;
  t->decoded = std::move(text);
  t->decoded_pos = 0;
  const int64_t chars = char_count(t->decoded);
  t->bytes_per_char =
      chars > 0 ? static_cast<double>(data.size()) / static_cast<double>(chars) : 0.0;
  if (chars > 0) eof = false;
  if (t->telling) {
    t->has_snapshot = true;
    t->snapshot_flags = flags_before;
    t->snapshot_input = std::move(pending_before);
    t->snapshot_input.append(data);
  }
  return eof ? 0 : 1;
}

// Where the line starting at text[start] ends (just after its line
// ending), or npos with *consumed the bytes certainly not part of an
// ending (a '\r' at the end may begin a '\r\n' separator).
size_t find_line_ending(const TextIOObject* t, std::string_view text, size_t start,
                        size_t* consumed) {
  const char* begin = text.data() + start;
  const size_t size = text.size() - start;
  if (t->read_translate) {
    const void* found = std::memchr(begin, '\n', size);
    if (found != nullptr) return static_cast<size_t>(static_cast<const char*>(found) - begin) + 1;
    *consumed = size;
    return std::string::npos;
  }
  if (t->read_universal) {
    for (size_t i = 0; i < size; ++i) {
      if (begin[i] == '\n') return i + 1;
      if (begin[i] == '\r') return i + 1 < size && begin[i + 1] == '\n' ? i + 2 : i + 1;
    }
    *consumed = size;
    return std::string::npos;
  }
  const std::string& newline = t->read_newline;
  if (newline.size() == 1) {
    const void* found = std::memchr(begin, newline[0], size);
    if (found != nullptr) return static_cast<size_t>(static_cast<const char*>(found) - begin) + 1;
    *consumed = size;
    return std::string::npos;
  }
  const size_t found = std::string_view(begin, size).find(newline);
  if (found != std::string_view::npos) return found + newline.size();
  // The last characters may start the separator.
  const size_t tail = size >= newline.size() - 1 ? size - (newline.size() - 1) : 0;
  const size_t partial = std::string_view(begin, size).find(newline[0], tail);
  *consumed = partial == std::string_view::npos ? size : partial;
  return std::string::npos;
}

// readline(limit): CPython's _textiowrapper_readline. A line found within
// the decoded text is copied once, into the str.
Value read_line(Runtime& rt, const Value& self, int64_t limit) {
  TextIOObject* t = as_text(self);
  if (!check_closed(rt, self)) return Value();
  if (!write_flush(rt, t)) return Value();
  RuntimeBytes chunks;    // the line's beginning, from earlier chunks (counted: a line may be huge)
  int64_t chunked = 0;    // characters in chunks (counted when there is a limit)
  std::string remaining;  // what may begin a line ending, for the next chunk
  std::string joined;     // remaining + the next chunk
  std::string_view line;  // the text searched: t->decoded or joined
  bool have_line = false;
  size_t start = 0, end = 0, offset_to_buffer = 0;
  for (;;) {
    int result = 1;
    while (decoded_left(t) == 0) {
      result = read_chunk(rt, t, 0);
      if (result < 0) return Value();
      if (result == 0) break;
    }
    if (result == 0) {
      clear_decoded(t);
      t->has_snapshot = false;
      break;
    }
    if (remaining.empty()) {
      line = t->decoded;
      start = t->decoded_pos;
      offset_to_buffer = 0;
    } else {
      joined = remaining + t->decoded;
      line = joined;
      start = 0;
      offset_to_buffer = remaining.size();
      remaining.clear();
    }
    size_t consumed = 0;
    const size_t found = find_line_ending(t, line, start, &consumed);
    if (found != std::string::npos) {
      end = start + found;
      if (limit >= 0 && char_count(line.substr(start, end - start)) + chunked >= limit) {
        end = advance_chars(line, start, limit - chunked);
      }
      have_line = true;
      break;
    }
    end = start + consumed;
    if (limit >= 0 && char_count(line.substr(start, end - start)) + chunked >= limit) {
      // No line ending, but the length limit is reached.
      end = advance_chars(line, start, limit - chunked);
      have_line = true;
      break;
    }
    if (end > start) {
      chunks.append(line.substr(start, end - start));
      if (limit >= 0) chunked += char_count(line.substr(start, end - start));
    }
    if (end < line.size()) remaining.assign(line.substr(end));
    clear_decoded(t);
  }
  std::string_view found_line;
  if (have_line) {
    t->decoded_pos = end - offset_to_buffer;
    found_line = line.substr(start, end - start);
  }
  if (chunks.empty() && remaining.empty()) return make_str(rt, found_line);
  chunks.append(std::string_view(remaining));
  chunks.append(found_line);
  return make_str(rt, std::string_view(chunks));
}

// ---------------------------------------------------------------- cookies

// tell()'s cookie: CPython packs these fields into the bytes of one
// integer (start_pos in the low 64 bits, then 32 each for the decoder
// flags, bytes to feed and characters to skip, then need_eof).
struct Cookie {
  int64_t start_pos = 0;
  int64_t dec_flags = 0;
  int64_t bytes_to_feed = 0;
  int64_t chars_to_skip = 0;
  bool need_eof = false;
};

Value build_cookie(Runtime& rt, const Cookie& cookie) {
  if (cookie.dec_flags == 0 && cookie.bytes_to_feed == 0 && cookie.chars_to_skip == 0 &&
      !cookie.need_eof && cookie.start_pos >= 0) {
    return Value::small_int(cookie.start_pos);
  }
  mpz_t value, part;
  mpz_init(value);
  mpz_init(part);
  auto add = [&](uint64_t field, unsigned shift) {
    mpz_set_ui(part, field);
    mpz_mul_2exp(part, part, shift);
    mpz_ior(value, value, part);
  };
  add(static_cast<uint64_t>(cookie.start_pos), 0);
  add(static_cast<uint32_t>(cookie.dec_flags), 64);
  add(static_cast<uint32_t>(cookie.bytes_to_feed), 96);
  add(static_cast<uint32_t>(cookie.chars_to_skip), 128);
  add(cookie.need_eof ? 1 : 0, 160);
  Value result = int_from_mpz(rt, value);
  mpz_clear(value);
  mpz_clear(part);
  return result;
}

bool parse_cookie(Runtime& rt, const Value& value, Cookie* cookie) {
  Value number = int_from_value(rt, value);
  if (number.is_null()) return false;
  mpz_t n, part;
  mpz_init(n);
  mpz_init(part);
  int_to_mpz(number, n);
  const bool fits = mpz_sgn(n) >= 0 && mpz_sizeinbase(n, 2) <= 168;
  if (fits) {
    auto field = [&](unsigned shift, unsigned bits) {
      mpz_fdiv_q_2exp(part, n, shift);
      mpz_fdiv_r_2exp(part, part, bits);
      return static_cast<uint64_t>(mpz_get_ui(part));
    };
    cookie->start_pos = static_cast<int64_t>(field(0, 64));
    cookie->dec_flags = static_cast<int32_t>(field(64, 32));
    cookie->bytes_to_feed = static_cast<int32_t>(field(96, 32));
    cookie->chars_to_skip = static_cast<int32_t>(field(128, 32));
    cookie->need_eof = field(160, 8) != 0;
  }
  mpz_clear(n);
  mpz_clear(part);
  if (!fits) {
    rt.raise(Exc::kOverflowError, "int too big to convert");
    return false;
  }
  return true;
}

int64_t decoded_chars(Runtime& rt, TextDecoder& decoder, std::string_view input, bool final,
                      bool* ok) {
  std::string out;
  if (!decoder.decode(rt, input, final, &out)) {
    *ok = false;
    return 0;
  }
  return char_count(out);
}

// tell(): CPython's reconstruction of the position from the snapshot.
Value text_tell_value(Runtime& rt, const Value& self) {
  TextIOObject* t = as_text(self);
  if (!check_ready(rt, self)) return Value();
  if (!t->seekable) return raise_unsupported(rt, "underlying stream is not seekable");
  if (!t->telling) return rt.raise(Exc::kOSError, "telling position disabled by next() call");
  if (!write_flush(rt, t)) return Value();
  if (call_method(rt, self, rt.names.flush, nullptr, 0).is_null()) return Value();
  Value position_value = buffer_call(rt, t, rt.names.tell);
  if (position_value.is_null()) return Value();
  if (!t->has_decoder || !t->has_snapshot) return position_value;
  int64_t position;
  if (!index_as_int64(rt, position_value, &position, Exc::kOverflowError)) return Value();
  Cookie cookie;
  cookie.dec_flags = t->snapshot_flags;
  const std::string next_input = t->snapshot_input;
  cookie.start_pos = position - static_cast<int64_t>(next_input.size());
  int64_t chars_to_skip = char_count(std::string_view(t->decoded).substr(0, t->decoded_pos));
  if (chars_to_skip == 0) return build_cookie(rt, cookie);

  TextDecoder decoder = t->decoder;  // walked forward on a copy
  bool ok = true;
  // A first guess from the bytes-per-character ratio, backing off while it
  // overshoots or lands inside a character.
  int64_t skip_bytes = static_cast<int64_t>(t->bytes_per_char * static_cast<double>(chars_to_skip));
  int64_t skip_back = 1;
  while (skip_bytes > 0) {
    decoder.set_state(static_cast<int>(cookie.dec_flags));
    const int64_t n = decoded_chars(
        rt, decoder, std::string_view(next_input).substr(0, static_cast<size_t>(skip_bytes)), false,
        &ok);
    if (!ok) return Value();
    if (n <= chars_to_skip) {
      if (decoder.pending.empty()) {
        cookie.dec_flags = decoder.flags();
        chars_to_skip -= n;
        break;
      }
      skip_bytes -= static_cast<int64_t>(decoder.pending.size());
      skip_back = 1;
    } else {
      skip_bytes -= skip_back;
      skip_back *= 2;
    }
  }
  if (skip_bytes <= 0) {
    skip_bytes = 0;
    decoder.set_state(static_cast<int>(cookie.dec_flags));
  }
  cookie.start_pos += skip_bytes;
  cookie.chars_to_skip = chars_to_skip;
  if (chars_to_skip == 0) return build_cookie(rt, cookie);

  // Then one byte at a time, noting the last point where the decoder held
  // nothing (a safe start for seek()).
  int64_t chars_decoded = 0;
  size_t i = static_cast<size_t>(skip_bytes);
  for (; i < next_input.size(); ++i) {
    chars_decoded +=
        decoded_chars(rt, decoder, std::string_view(next_input).substr(i, 1), false, &ok);
    if (!ok) return Value();
    cookie.bytes_to_feed += 1;
    if (decoder.pending.empty() && chars_decoded <= chars_to_skip) {
      cookie.start_pos += cookie.bytes_to_feed;
      chars_to_skip -= chars_decoded;
      cookie.dec_flags = decoder.flags();
      cookie.bytes_to_feed = 0;
      chars_decoded = 0;
    }
    if (chars_decoded >= chars_to_skip) break;
  }
  if (i == next_input.size()) {
    chars_decoded += decoded_chars(rt, decoder, "", true, &ok);
    if (!ok) return Value();
    cookie.need_eof = true;
    if (chars_decoded < chars_to_skip)
      return rt.raise(Exc::kOSError, "can't reconstruct logical file position");
  }
  cookie.chars_to_skip = chars_to_skip;
  return build_cookie(rt, cookie);
}

// ---------------------------------------------------------------- methods

Value text_write(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "write", nargs - 1, kwnames)) return Value();
  const Value& self = args[0];
  TextIOObject* t = as_text(self);
  if (!check_attached(rt, t)) return Value();
  if (!is_str(args[1])) {
    return rt.raise(Exc::kTypeError,
                    cat("write() argument must be str, not ", argument_type_name(rt, args[1])));
  }
  if (!check_closed(rt, self)) return Value();
  if (!t->has_encoder) return raise_unsupported(rt, "not writable");
  Str* str = as_str(args[1]);
  std::string_view text = str->view();
  bool has_lf = false;
  if ((t->write_translate && !t->write_newline.empty()) || t->line_buffering) {
    has_lf = text.find('\n') != std::string_view::npos;
  }
  std::string translated;
  if (has_lf && t->write_translate && !t->write_newline.empty()) {
    translated.reserve(text.size());
    for (char c : text) {
      if (c == '\n')
        translated += t->write_newline;
      else
        translated.push_back(c);
    }
    text = translated;
  }
  const bool text_needs_flush = t->write_through;
  const bool needs_flush =
      t->line_buffering && (has_lf || text.find('\r') != std::string_view::npos);
  std::string encoded;
  if (!encode_text(rt, t->codec, as_str(t->errors)->view(), text, &encoded,
                   translated.empty() ? args[1] : Value())) {
    return Value();
  }
  // As CPython: never more than a chunk's worth waits.
  if (!t->pending_write.empty() &&
      static_cast<int64_t>(t->pending_write.size() + encoded.size()) > t->chunk_size) {
    if (!write_flush(rt, t)) return Value();
  }
  t->pending_write += encoded;
  if (static_cast<int64_t>(t->pending_write.size()) >= t->chunk_size || needs_flush ||
      text_needs_flush) {
    if (!write_flush(rt, t)) return Value();
  }
  if (needs_flush && buffer_call(rt, t, rt.names.flush).is_null()) return Value();
  clear_decoded(t);
  t->has_snapshot = false;
  if (t->has_decoder) t->decoder.reset();
  return Value::small_int(str->length);
}

Value text_read(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "read", nargs - 1, kwnames, 0, 1)) return Value();
  const Value& self = args[0];
  TextIOObject* t = as_text(self);
  if (!check_attached(rt, t)) return Value();
  int64_t n = -1;
  if (nargs > 1 && !size_argument(rt, args[1], &n)) return Value();
  if (!check_closed(rt, self)) return Value();
  if (!t->has_decoder) return raise_unsupported(rt, "not readable");
  if (!write_flush(rt, t)) return Value();
  if (n < 0) {
    Value bytes = buffer_call(rt, t, rt.names.read);
    if (bytes.is_null()) return Value();
    if (!is_bytes_like(rt, bytes)) {
      return rt.raise(Exc::kTypeError,
                      cat("underlying read() should have returned a bytes object, not '",
                          type_name(rt, bytes), "'"));
    }
    // The decoded text is held twice (here and in the str) beside the
    // bytes: counted against the memory account while it is.
    const MemoryReservation decoding(2 * bytes_view(bytes).size());
    std::string text;
    if (!t->decoder.decode(rt, bytes_view(bytes), true, &text)) return Value();
    std::string result = take_decoded(t, -1);
    result += text;
    clear_decoded(t);
    t->has_snapshot = false;
    return make_str(rt, result);
  }
  std::string result = take_decoded(t, n);
  int64_t remaining = n - char_count(result);
  while (remaining > 0) {
    const int got = read_chunk(rt, t, remaining);
    if (got < 0) return Value();
    if (got == 0) break;
    const std::string more = take_decoded(t, remaining);
    remaining -= char_count(more);
    result += more;
  }
  return make_str(rt, result);
}

Value text_readline(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "readline", nargs - 1, kwnames, 0, 1)) return Value();
  int64_t limit = -1;
  if (nargs > 1 && !ssize_argument(rt, args[1], &limit)) return Value();
  if (!check_attached(rt, as_text(args[0]))) return Value();
  return read_line(rt, args[0], limit);
}

Value text_next(Runtime& rt, const Value& self) {
  TextIOObject* t = as_text(self);
  if (!check_attached(rt, t)) return Value();
  t->telling = false;
  Value line;
  if (rt.type_of(self) == rt.text_io_wrapper_type) {
    line = read_line(rt, self, -1);
  } else {
    line = call_method(rt, self, rt.names.readline, nullptr, 0);
    if (!line.is_null() && !is_str(line)) {
      return rt.raise(Exc::kOSError, cat("readline() should have returned a str object, not '",
                                         type_name(rt, line), "'"));
    }
  }
  if (line.is_null()) return Value();
  if (as_str(line)->size == 0) {
    t->has_snapshot = false;
    t->telling = t->seekable;
    return Value();
  }
  return line;
}

Value text_flush(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "flush", nargs - 1, kwnames)) return Value();
  TextIOObject* t = as_text(args[0]);
  if (!check_ready(rt, args[0])) return Value();
  t->telling = t->seekable;
  if (!write_flush(rt, t)) return Value();
  return buffer_call(rt, t, rt.names.flush);
}

Value text_close(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "close", nargs - 1, kwnames)) return Value();
  TextIOObject* t = as_text(args[0]);
  if (!check_attached(rt, t)) return Value();
  const int closed = text_is_closed(rt, t);
  if (closed < 0) return Value();
  if (closed > 0) return Value::none();
  Value flushed = call_method(rt, args[0], rt.names.flush, nullptr, 0);
  Value error = flushed.is_null() ? rt.take_error() : Value();
  Value result = buffer_call(rt, t, rt.names.close);
  if (!error.is_null()) {
    rt.clear_error();
    return rt.raise_exception(std::move(error));
  }
  return result;
}

Value text_tell(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "tell", nargs - 1, kwnames)) return Value();
  return text_tell_value(rt, args[0]);
}

Value text_seek(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "seek", nargs - 1, kwnames, 1, 2)) return Value();
  const Value& self = args[0];
  TextIOObject* t = as_text(self);
  int whence = 0;
  if (nargs > 2 && !c_int_argument(rt, args[2], &whence)) return Value();
  if (!check_ready(rt, self)) return Value();
  Value cookie_value = args[1];
  if (!t->seekable) return raise_unsupported(rt, "underlying stream is not seekable");
  const Value zero = Value::small_int(0);
  if (whence == 1) {
    const int is_zero = compare_bool(rt, cookie_value, zero, CompareOp::kEqual);
    if (is_zero < 0) return Value();
    if (is_zero == 0) return raise_unsupported(rt, "can't do nonzero cur-relative seeks");
    cookie_value = call_method(rt, self, rt.names.tell, nullptr, 0);
    if (cookie_value.is_null()) return Value();
  } else if (whence == 2) {
    const int is_zero = compare_bool(rt, cookie_value, zero, CompareOp::kEqual);
    if (is_zero < 0) return Value();
    if (is_zero == 0) return raise_unsupported(rt, "can't do nonzero end-relative seeks");
    if (call_method(rt, self, rt.names.flush, nullptr, 0).is_null()) return Value();
    clear_decoded(t);
    t->has_snapshot = false;
    if (t->has_decoder) t->decoder.reset();
    const Value seek_args[] = {Value::small_int(0), Value::small_int(2)};
    return buffer_call(rt, t, rt.names.seek, seek_args, 2);
  } else if (whence != 0) {
    return rt.raise(Exc::kValueError, cat("invalid whence (", whence, ", should be 0, 1 or 2)"));
  }
  const int negative = compare_bool(rt, cookie_value, zero, CompareOp::kLess);
  if (negative < 0) return Value();
  if (negative > 0) {
    std::string shown;
    if (!repr_text(rt, cookie_value, &shown)) return Value();
    return rt.raise(Exc::kValueError, cat("negative seek position ", shown));
  }
  if (call_method(rt, self, rt.names.flush, nullptr, 0).is_null()) return Value();
  Cookie cookie;
  if (!parse_cookie(rt, cookie_value, &cookie)) return Value();
  Value start = Value::small_int(cookie.start_pos);
  if (buffer_call(rt, t, rt.names.seek, &start, 1).is_null()) return Value();
  clear_decoded(t);
  t->has_snapshot = false;
  if (t->has_decoder) {
    if (cookie.start_pos == 0 && cookie.dec_flags == 0) {
      t->decoder.reset();
    } else {
      t->decoder.set_state(static_cast<int>(cookie.dec_flags));
    }
  }
  t->has_snapshot = true;
  t->snapshot_flags = static_cast<int>(cookie.dec_flags);
  t->snapshot_input.clear();
  if (cookie.chars_to_skip > 0) {
    // Replay the characters up to the position, as a read would have.
    Value count = Value::small_int(cookie.bytes_to_feed);
    Value input = buffer_call(rt, t, rt.names.read, &count, 1);
    if (input.is_null()) return Value();
    if (rt.type_of(input) != rt.bytes_type) {
      return rt.raise(Exc::kTypeError,
                      cat("underlying read() should have returned a bytes object, not '",
                          type_name(rt, input), "'"));
    }
    t->snapshot_input.assign(bytes_view(input));
    std::string text;
    if (!t->has_decoder || !t->decoder.decode(rt, bytes_view(input), cookie.need_eof, &text)) {
      if (!t->has_decoder) raise_unsupported(rt, "not readable");
      return Value();
    }
    t->decoded = std::move(text);
    if (char_count(t->decoded) < cookie.chars_to_skip) {
      return rt.raise(Exc::kOSError, "can't restore logical file position");
    }
    t->decoded_pos = advance_chars(t->decoded, 0, cookie.chars_to_skip);
  }
  return cookie_value;
}

Value text_truncate(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "truncate", nargs - 1, kwnames, 0, 1)) return Value();
  TextIOObject* t = as_text(args[0]);
  if (!check_attached(rt, t)) return Value();
  if (call_method(rt, args[0], rt.names.flush, nullptr, 0).is_null()) return Value();
  Value position = nargs > 1 ? args[1] : Value::none();
  return buffer_call(rt, t, rt.names.truncate, &position, 1);
}

Value text_detach(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "detach", nargs - 1, kwnames)) return Value();
  TextIOObject* t = as_text(args[0]);
  if (!check_attached(rt, t)) return Value();
  if (call_method(rt, args[0], rt.names.flush, nullptr, 0).is_null()) return Value();
  Value buffer = std::move(t->buffer);
  t->buffer = Value::none();
  t->detached = true;
  return buffer;
}

Value pass_to_buffer(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames, Str* name) {
  if (!expect_no_arguments(rt, name->view(), nargs - 1, kwnames)) return Value();
  TextIOObject* t = as_text(args[0]);
  if (!check_attached(rt, t)) return Value();
  return buffer_call(rt, t, name);
}

Value text_fileno(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return pass_to_buffer(rt, args, nargs, kwnames, rt.names.fileno);
}
Value text_seekable(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return pass_to_buffer(rt, args, nargs, kwnames, rt.names.seekable);
}
Value text_readable(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return pass_to_buffer(rt, args, nargs, kwnames, rt.names.readable);
}
Value text_writable(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return pass_to_buffer(rt, args, nargs, kwnames, rt.names.writable);
}
Value text_isatty(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return pass_to_buffer(rt, args, nargs, kwnames, rt.names.isatty);
}

// ---------------------------------------------------------- construction

// The newline argument's settings (validated by the caller).
void set_newline(TextIOObject* t, const Value& newline) {
  const bool given = !newline.is_null() && !newline.is_none();
  const std::string value = given ? std::string(as_str(newline)->view()) : std::string();
  t->read_newline = value;
  t->read_universal = !given || value.empty();
  t->read_translate = !given;
  t->write_translate = !given || !value.empty();
  t->write_newline = !t->read_universal && value != "\n" ? value : std::string();
}

bool validate_newline(Runtime& rt, const Value& newline) {
  if (newline.is_null() || newline.is_none()) return true;
  const std::string_view value = as_str(newline)->view();
  if (value.find('\0') != std::string_view::npos) {
    rt.raise(Exc::kValueError, "embedded null character");
    return false;
  }
  if (!value.empty() && value != "\n" && value != "\r" && value != "\r\n") {
    rt.raise(Exc::kValueError, cat("illegal newline value: ", value));
    return false;
  }
  return true;
}

// The codec and decoder for t->encoding and t->errors, and whether the
// buffer reads and writes.
bool set_codec(Runtime& rt, TextIOObject* t) {
  Codec codec;
  if (!lookup_codec(rt, as_str(t->encoding)->view(), &codec)) return false;
  t->codec = codec;
  const Value buffer = t->buffer;
  Value readable = call_method(rt, buffer, rt.names.readable, nullptr, 0);
  if (readable.is_null()) return false;
  const int r = truth(rt, readable);
  if (r < 0) return false;
  t->has_decoder = r;
  Value writable = call_method(rt, buffer, rt.names.writable, nullptr, 0);
  if (writable.is_null()) return false;
  const int w = truth(rt, writable);
  if (w < 0) return false;
  t->has_encoder = w;
  TextDecoder& decoder = t->decoder;
  decoder.codec = codec;
  decoder.errors = as_str(t->errors)->view();
  decoder.universal = t->read_universal;
  decoder.translate = t->read_translate;
  decoder.reset();
  return true;
}

bool str_or_none(Runtime& rt, const Value& value, const char* function, const char* name) {
  if (value.is_null() || value.is_none() || is_str(value)) return true;
  rt.raise(Exc::kTypeError, cat(function, "() argument '", name, "' must be str or None, not ",
                                type_name(rt, value)));
  return false;
}

bool bool_argument(Runtime& rt, const Value& value, bool* out) {
  if (value.is_null()) return true;
  const int t = truth(rt, value);
  if (t < 0) return false;
  *out = t;
  return true;
}

bool text_init(Runtime& rt, const Value& self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{
      "TextIOWrapper",
      {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"},
      1,
      0};
  Value bound[6];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return false;
  if (!str_or_none(rt, bound[1], "TextIOWrapper", "encoding") ||
      !str_or_none(rt, bound[3], "TextIOWrapper", "newline")) {
    return false;
  }
  bool line_buffering = false, write_through = false;
  if (!bool_argument(rt, bound[4], &line_buffering) || !bool_argument(rt, bound[5], &write_through))
    return false;
  TextIOObject* t = as_text(self);
  t->initialized = false;
  t->detached = false;
  if (!str_or_none(rt, bound[2], "TextIOWrapper", "errors")) return false;
  if (!validate_newline(rt, bound[3])) return false;
  const Value& encoding = bound[1];
  if (encoding.is_null() || encoding.is_none() || as_str(encoding)->view() == "locale") {
    t->encoding = make_str(rt, "UTF-8");  // the locale's encoding
  } else {
    t->encoding = encoding;
  }
  t->errors = bound[2].is_null() || bound[2].is_none() ? Value(make_str(rt, "strict")) : bound[2];
  set_newline(t, bound[3]);
  t->buffer = bound[0];
  t->line_buffering = line_buffering;
  t->write_through = write_through;
  t->chunk_size = 8192;
  t->pending_write.clear();
  clear_decoded(t);
  t->has_snapshot = false;
  t->bytes_per_char = 0.0;
  if (!set_codec(rt, t)) return false;
  const Value buffer = t->buffer;
  Value seekable = call_method(rt, buffer, rt.names.seekable, nullptr, 0);
  if (seekable.is_null()) return false;
  const int s = truth(rt, seekable);
  if (s < 0) return false;
  t->seekable = t->telling = s;
  Value read1 = get_attr_optional(rt, buffer, rt.names.read1);
  if (read1.is_null() && rt.has_error()) return false;
  t->has_read1 = !read1.is_null();
  t->initialized = true;
  return true;
}

// reconfigure(*, encoding=None, errors=None, newline=..., line_buffering=None, write_through=None)
Value text_reconfigure(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{
      "reconfigure", {"encoding", "errors", "newline", "line_buffering", "write_through"}, 0, 0, 0};
  Value bound[5];
  if (!bind_arguments(rt, kParameters, args + 1, nargs - 1, kwnames, bound)) return Value();
  TextIOObject* t = as_text(args[0]);
  if (!check_attached(rt, t)) return Value();
  const bool encoding_given = !bound[0].is_null() && !bound[0].is_none();
  const bool errors_given = !bound[1].is_null() && !bound[1].is_none();
  const bool newline_given = !bound[2].is_null();
  if (!str_or_none(rt, bound[0], "reconfigure", "encoding") ||
      !str_or_none(rt, bound[1], "reconfigure", "errors")) {
    return Value();
  }
  if (newline_given && !str_or_none(rt, bound[2], "reconfigure", "newline")) return Value();
  if (decoded_left(t) > 0 && (encoding_given || errors_given || newline_given)) {
    return raise_unsupported(
        rt, "It is not possible to set the encoding or newline of stream after the first read");
  }
  if (newline_given && !validate_newline(rt, bound[2])) return Value();
  if (call_method(rt, args[0], rt.names.flush, nullptr, 0).is_null()) return Value();
  t->bytes_per_char = 0.0;
  if (newline_given) set_newline(t, bound[2]);
  if (encoding_given || errors_given || newline_given) {
    const Value old_encoding = t->encoding, old_errors = t->errors;
    if (encoding_given) {
      t->encoding = bound[0];
      t->errors = errors_given ? bound[1] : Value(make_str(rt, "strict"));
    } else if (errors_given) {
      t->errors = bound[1];
    }
    if (!set_codec(rt, t)) {
      t->encoding = old_encoding;
      t->errors = old_errors;
      return Value();
    }
  }
  bool flag = false;
  if (!bound[3].is_null() && !bound[3].is_none()) {
    if (!bool_argument(rt, bound[3], &flag)) return Value();
    t->line_buffering = flag;
  }
  if (!bound[4].is_null() && !bound[4].is_none()) {
    if (!bool_argument(rt, bound[4], &flag)) return Value();
    t->write_through = flag;
  }
  return Value::none();
}

Value text_repr(Runtime& rt, const Value& self) {
  TextIOObject* t = as_text(self);
  if (!t->initialized) return rt.raise(Exc::kValueError, "I/O operation on uninitialized object");
  std::string out = "<_io.TextIOWrapper";  // (for subclasses too, as CPython)
  for (Str* attribute : {rt.names.name, rt.names.mode}) {
    Value value = get_attr_optional(rt, self, attribute);
    if (value.is_null() && rt.has_error()) {
      if (!rt.error_matches(Exc::kValueError)) return Value();
      rt.clear_error();
    }
    if (value.is_null()) continue;
    out += cat(" ", attribute->view(), "=");
    if (!repr_text(rt, value, &out)) return Value();
  }
  out += " encoding=";
  if (!repr_text(rt, t->encoding, &out)) return Value();
  out += ">";
  return make_str(rt, out);
}

Value text_name(Runtime& rt, const Value& self) {
  TextIOObject* t = as_text(self);
  if (!check_attached(rt, t)) return Value();
  const Value buffer = t->buffer;
  return get_attr(rt, buffer, rt.names.name);
}

Value text_closed(Runtime& rt, const Value& self) {
  TextIOObject* t = as_text(self);
  if (!check_attached(rt, t)) return Value();
  const Value buffer = t->buffer;
  return get_attr(rt, buffer, rt.names.closed);
}

Value text_newlines(Runtime& rt, const Value& self) {
  TextIOObject* t = as_text(self);
  if (!check_attached(rt, t)) return Value();
  if (!t->has_decoder || !t->read_universal) return Value::none();
  return newlines_value(rt, t->decoder.seen_newlines);
}

Value checked_member(Runtime& rt, const Value& self, const Value& member) {
  if (!as_text(self)->initialized)
    return rt.raise(Exc::kValueError, "I/O operation on uninitialized object");
  return member;
}

Value text_errors(Runtime& rt, const Value& self) {
  return checked_member(rt, self, as_text(self)->errors);
}
Value text_encoding(Runtime& rt, const Value& self) {
  return checked_member(rt, self, as_text(self)->encoding);
}
Value text_buffer(Runtime& rt, const Value& self) {
  return checked_member(rt, self, as_text(self)->buffer);
}
Value text_line_buffering(Runtime& rt, const Value& self) {
  return checked_member(rt, self, Value::boolean(as_text(self)->line_buffering));
}
Value text_write_through(Runtime& rt, const Value& self) {
  if (!check_attached(rt, as_text(self))) return Value();
  return Value::boolean(as_text(self)->write_through);
}
Value text_chunk_size(Runtime& rt, const Value& self) {
  if (!check_attached(rt, as_text(self))) return Value();
  return Value::small_int(as_text(self)->chunk_size);
}
bool text_set_chunk_size(Runtime& rt, const Value& self, const Value& value) {
  if (!check_attached(rt, as_text(self))) return false;
  if (value.is_null()) {
    rt.raise(Exc::kAttributeError, "cannot delete attribute");
    return false;
  }
  int64_t size;
  if (!index_as_int64(rt, value, &size, Exc::kValueError)) return false;
  if (size <= 0) {
    rt.raise(Exc::kValueError, "a strictly positive integer is required");
    return false;
  }
  as_text(self)->chunk_size = size;
  return true;
}

Value text_new(Runtime& rt, Type* type, const Value*, size_t, Tuple*) {
  TextIOObject* t =
      new_object<TextIOObject>(rt.gc, type, type->instance_size - sizeof(TextIOObject));
  t->buffer = Value::none();
  t->encoding = Value::none();
  t->errors = Value::none();
  return Value::steal(t);
}

void text_traverse(Object* self, VisitFn visit, void* context) {
  TextIOObject* t = static_cast<TextIOObject*>(self);
  io_traverse_dict(t, visit, context);
  for (const Value* v : {&t->buffer, &t->encoding, &t->errors}) {
    if (v->is_object()) visit(v->as_object(), context);
  }
}

void text_clear(Object* self) {
  TextIOObject* t = static_cast<TextIOObject*>(self);
  Value a = std::move(t->buffer), b = std::move(t->dict);
  t->initialized = false;
}

void text_dealloc(Object* self) {
  if (self->type->runtime->gc.finalizer_resurrects(self)) return;
  dealloc_object<TextIOObject>(self);
}

const MethodDef kTextMethods[] = {
    {"detach", text_detach},     {"reconfigure", text_reconfigure},
    {"write", text_write},       {"read", text_read},
    {"readline", text_readline}, {"flush", text_flush},
    {"close", text_close},       {"fileno", text_fileno},
    {"seekable", text_seekable}, {"readable", text_readable},
    {"writable", text_writable}, {"isatty", text_isatty},
    {"seek", text_seek},         {"tell", text_tell},
    {"truncate", text_truncate},
};
const GetSetDef kTextGetSets[] = {
    {"name", text_name},
    {"closed", text_closed},
    {"newlines", text_newlines},
    {"errors", text_errors},
    {"encoding", text_encoding},
    {"buffer", text_buffer},
    {"line_buffering", text_line_buffering},
    {"write_through", text_write_through},
    {"_CHUNK_SIZE", text_chunk_size, text_set_chunk_size},
    {"_finalizing", io_false_getter},
};

}  // namespace

void init_text_io_type(VM& vm) {
  Type* type = vm.text_io_wrapper_type;
  define_builtin_type(vm, type, "TextIOWrapper", vm.text_io_base_type, sizeof(TextIOObject),
                      kTypeBaseType | kTypeHasGc, text_dealloc);
  type->module_name = Ref<Str>::borrow(vm.intern("_io"));
  type->new_instance = text_new;
  type->init = text_init;
  type->repr = text_repr;
  type->next = text_next;
  type->traverse = text_traverse;
  type->clear = text_clear;
  add_methods(vm, type, kTextMethods);
  add_getsets(vm, type, kTextGetSets);
  finish_type(vm, type);
}

}  // namespace pyvm
