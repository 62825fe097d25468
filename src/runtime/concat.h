// SPDX-License-Identifier: GPL-3.0-or-later
// cat(...): builds a message from pieces — strings, characters and numbers —
// for error messages: cat("'", name, "' object is not iterable").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace pyvm {

namespace detail {
inline void append_piece(std::string& out, std::string_view piece) { out.append(piece); }
inline void append_piece(std::string& out, const char* piece) { out.append(piece); }
inline void append_piece(std::string& out, const std::string& piece) { out.append(piece); }
inline void append_piece(std::string& out, char piece) { out.push_back(piece); }
template <class T>
  requires std::is_integral_v<T> && (!std::is_same_v<T, char>) && (!std::is_same_v<T, bool>)
void append_piece(std::string& out, T number) {
  out.append(std::to_string(number));
}
}  // namespace detail

template <class... Pieces>
std::string cat(const Pieces&... pieces) {
  std::string out;
  (detail::append_piece(out, pieces), ...);
  return out;
}

}  // namespace pyvm
