// SPDX-License-Identifier: GPL-3.0-or-later
// The command's limit options (run_limits.h).
#include "tools/run_limits.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "runtime/concat.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

// The option's value as a positive number (whole when `whole`); false if it is not one.
bool parse_positive(const std::string& text, bool whole, double* out) {
  if (text.empty() || text[0] == '-' || text[0] == '+' ||
      std::isspace(static_cast<unsigned char>(text[0]))) {
    return false;
  }
  char* end = nullptr;
  errno = 0;
  const double value = whole ? static_cast<double>(std::strtoll(text.c_str(), &end, 10))
                             : std::strtod(text.c_str(), &end);
  if (errno != 0 || end == text.c_str() || *end != '\0' || !std::isfinite(value) || value <= 0)
    return false;
  *out = value;
  return true;
}

// A number as the user wrote it back ("2", "0.5").
std::string shown(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

}  // namespace

bool is_run_limit_option(const std::string& arg) {
  for (const char* option : {"--max-instructions", "--timeout", "--max-memory"}) {
    const std::string name(option);
    if (arg == name || arg.starts_with(name + "=")) return true;
  }
  return false;
}

int parse_run_limit_option(int argc, char** argv, int* i, RunLimits* limits) {
  const std::string arg = argv[*i];
  const size_t equals = arg.find('=');
  const std::string option = arg.substr(0, equals);
  std::string value;
  if (equals != std::string::npos) {
    value = arg.substr(equals + 1);
  } else if (*i + 1 < argc) {
    value = argv[++*i];
  } else {
    std::fprintf(stderr, "pyvm: %s needs a value (see pyvm --help)\n", option.c_str());
    return 2;
  }
  const bool whole = option != "--timeout";
  double number;
  if (!parse_positive(value, whole, &number) || (whole && number > 9.2e18)) {
    std::fprintf(stderr, "pyvm: bad %s value '%s' (%s)\n", option.c_str(), value.c_str(),
                 option == "--timeout"      ? "a positive number of seconds"
                 : option == "--max-memory" ? "a positive number of megabytes"
                                            : "a positive whole number");
    return 2;
  }
  if (option == "--max-instructions") {
    limits->max_instructions = static_cast<int64_t>(number);
  } else if (option == "--timeout") {
    limits->timeout_seconds = number;
  } else {
    if (number > static_cast<double>(SIZE_MAX >> 20)) number = static_cast<double>(SIZE_MAX >> 20);
    limits->max_memory_megabytes = static_cast<size_t>(number);
  }
  return -1;
}

void start_run_limits(VM& vm, const RunLimits& limits) {
  if (limits.max_instructions > 0 || limits.timeout_seconds > 0) {
    vm.start_limited_run(limits.max_instructions, limits.timeout_seconds);
  }
}

std::string limit_that_ended(VM& vm, const RunLimits& limits, const MemoryAccount* memory,
                             const Value& exception) {
  switch (vm.step_allowance.exceeded) {
    case ExceededLimit::kInstructions:
      return cat("instruction limit exceeded (--max-instructions ",
                 std::to_string(limits.max_instructions), ")");
    case ExceededLimit::kTime:
      return cat("time limit exceeded (--timeout ", shown(limits.timeout_seconds), ")");
    case ExceededLimit::kNone:
      break;
  }
  if (memory != nullptr && memory->refused &&
      vm.type_of(exception) == vm.exception_type(Exc::kMemoryError)) {
    return cat("memory limit exceeded (--max-memory ", std::to_string(limits.max_memory_megabytes),
               ")");
  }
  return "";
}

}  // namespace pyvm
