// SPDX-License-Identifier: GPL-3.0-or-later
// Source normalization and SyntaxError construction.
#include "compiler/source.h"

#include <algorithm>
#include <cstdio>

#include "compiler/unicode.h"

namespace pyvm {
namespace {

// CPython converts a byte offset to characters by decoding the first
// `offset` bytes of the line (with its newline) and counting code points.
int byte_offset_to_character_offset(std::string_view line, int offset) {
  const int with_newline = static_cast<int>(line.size()) + 1;
  offset = std::min(offset, with_newline);
  if (offset <= 0) return offset;
  const int in_text = std::min(offset, static_cast<int>(line.size()));
  return static_cast<int>(unicode::code_point_count(line.substr(0, in_text))) + (offset - in_text);
}

SyntaxError whole_file_error(const std::string& filename, std::string message, int line,
                             std::string text, int column) {
  SyntaxError error;
  error.message = std::move(message);
  error.filename = filename;
  error.line = line;
  error.end_line = line;
  error.column = column;
  error.end_column = column;
  error.text = std::move(text);
  return error;
}

}  // namespace

std::string normalize_source(std::string_view raw, const std::string& filename) {
  if (raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);

  if (const size_t nul = raw.find('\0'); nul != std::string_view::npos) {
    const size_t line_begin =
        raw.rfind('\n', nul) == std::string_view::npos ? 0 : raw.rfind('\n', nul) + 1;
    const int line = 1 + static_cast<int>(std::count(raw.begin(), raw.begin() + nul, '\n'));
    std::string text(raw.substr(line_begin, nul - line_begin));
    throw SyntaxErrorException{
        whole_file_error(filename, "source code cannot contain null bytes", line, text, 0)};
  }

  if (const auto problem = unicode::find_invalid_utf8(raw)) {
    const size_t bad = problem->position;
    const size_t line_begin =
        raw.rfind('\n', bad) == std::string_view::npos ? 0 : raw.rfind('\n', bad) + 1;
    size_t line_end = raw.find('\n', bad);
    if (line_end == std::string_view::npos) line_end = raw.size();
    const int line = 1 + static_cast<int>(std::count(raw.begin(), raw.begin() + bad, '\n'));
    // Show the line with its undecodable bytes replaced, as "replace" does.
    std::string text;
    const std::string_view line_bytes = raw.substr(line_begin, line_end - line_begin);
    for (size_t i = 0; i < line_bytes.size();) {
      if (auto sub = unicode::find_invalid_utf8(line_bytes.substr(i)); sub && sub->position == 0) {
        unicode::append_utf8(&text, 0xFFFD);
        ++i;
        continue;
      }
      size_t next = i;
      unicode::decode_utf8(line_bytes, &next);
      text.append(line_bytes.substr(i, next - i));
      i = next;
    }
    char message[160];
    std::snprintf(message, sizeof message,
                  "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                  static_cast<unsigned char>(raw[bad]), bad - line_begin, problem->reason.c_str());
    const int column =
        static_cast<int>(unicode::code_point_count(raw.substr(line_begin, bad - line_begin))) + 1;
    throw SyntaxErrorException{whole_file_error(filename, message, line, text, column)};
  }

  std::string text;
  text.reserve(raw.size() + 1);
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\r') {
      text.push_back('\n');
      if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
    } else {
      text.push_back(raw[i]);
    }
  }
  if (text.empty() || text.back() != '\n') text.push_back('\n');
  return text;
}

SourceText::SourceText(std::string text, std::string filename, int first_line)
    : text_(std::move(text)), filename_(std::move(filename)), first_line_(first_line) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
  if (line_starts_.back() != text_.size()) line_starts_.push_back(text_.size());
}

std::string_view SourceText::line_text(int line) const {
  const int index = line - first_line_;
  if (index < 0 || index + 1 >= static_cast<int>(line_starts_.size())) return {};
  const size_t begin = line_starts_[index];
  size_t end = line_starts_[index + 1];
  if (end > begin && text_[end - 1] == '\n') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

SyntaxError SourceText::make_error(std::string_view kind, std::string message, int line, int offset,
                                   int end_line, int end_offset) const {
  SyntaxError error;
  error.kind = std::string(kind);
  error.message = std::move(message);
  error.filename = filename_;
  error.line = line;
  error.end_line = end_line;
  const std::string_view text = line_text(line);
  error.text = std::string(text);
  error.column = offset > 0 ? byte_offset_to_character_offset(text, offset) : 0;
  error.end_column = end_offset > 0 ? byte_offset_to_character_offset(text, end_offset) : 0;
  return error;
}

}  // namespace pyvm
