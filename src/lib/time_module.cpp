// SPDX-License-Identifier: GPL-3.0-or-later
// The time module: the clocks (time, monotonic, perf_counter, process_time,
// thread_time and their _ns forms), sleep (interruptible by Ctrl-C), the
// conversions between seconds and struct_time (gmtime, localtime, mktime),
// and text (asctime, ctime, strftime, which is the C library's, as
// CPython's on the same machine; strptime, which is _strptime's in Python,
// as CPython's). Not provided: struct_time's tm_zone and tm_gmtoff.
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "lib/native_modules.h"
#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/keyboard_interrupt.h"
#include "runtime/module.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/struct_sequence.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

constexpr int kStructTimeFields = 9;

// ---- clocks

int64_t clock_nanoseconds(clockid_t clock) {
  timespec now{};
  clock_gettime(clock, &now);
  return static_cast<int64_t>(now.tv_sec) * 1000000000 + now.tv_nsec;
}

template <clockid_t kClock>
Value clock_seconds(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "time", nargs, kwnames)) return Value();
  return Value::floating(static_cast<double>(clock_nanoseconds(kClock)) * 1e-9);
}

template <clockid_t kClock>
Value clock_ns(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "time_ns", nargs, kwnames)) return Value();
  return Value::small_int(clock_nanoseconds(kClock));
}

// A number of seconds: a float, or an int (anything with __index__).
bool seconds_argument(Runtime& rt, const Value& value, double* out) {
  if (value.is_float()) {
    *out = value.as_float();
    if (!std::isnan(*out)) return true;
    rt.raise(Exc::kValueError, "Invalid value NaN (not a number)");
    return false;
  }
  if (is_int(value)) return to_double(rt, value, out);
  int64_t whole;
  if (!index_as_int64(rt, value, &whole, Exc::kOverflowError)) return false;
  *out = static_cast<double>(whole);
  return true;
}

// sleep(secs): in slices, so that Ctrl-C (or a host's time limit) interrupts it at once.
Value time_sleep(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "sleep", nargs, kwnames)) return Value();
  double seconds;
  if (!seconds_argument(rt, args[0], &seconds)) return Value();
  if (seconds < 0) return rt.raise(Exc::kValueError, "sleep length must be non-negative");
  const int64_t deadline = clock_nanoseconds(CLOCK_MONOTONIC) + static_cast<int64_t>(seconds * 1e9);
  for (;;) {
    if (poll_interrupt(rt) || rt.time_limit_reached()) return Value();
    const int64_t left = deadline - clock_nanoseconds(CLOCK_MONOTONIC);
    if (left <= 0) break;
    const int64_t slice = std::min<int64_t>(left, 50000000);  // 50 ms
    timespec pause{static_cast<time_t>(slice / 1000000000), static_cast<long>(slice % 1000000000)};
    nanosleep(&pause, nullptr);
  }
  return Value::none();
}

// ---- struct_time

// A timestamp argument (None: now) as seconds, rounded toward -infinity.
bool timestamp_argument(Runtime& rt, const Value* args, size_t nargs, time_t* out) {
  if (nargs == 0 || args[0].is_none()) {
    *out = std::time(nullptr);
    return true;
  }
  const Value& value = args[0];
  if (is_int(value)) {
    int64_t whole;
    if (!int_to_int64(value, &whole)) {
      rt.raise(Exc::kOverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    *out = static_cast<time_t>(whole);
    return true;
  }
  double seconds;
  if (!seconds_argument(rt, value, &seconds)) {
    if (rt.error_matches(Exc::kOverflowError)) {
      rt.clear_error();
      rt.raise(Exc::kOverflowError, "timestamp out of range for platform time_t");
    }
    return false;
  }
  const double floored = std::floor(seconds);
  if (!(floored >= -9.2e18 && floored <= 9.2e18)) {
    rt.raise(Exc::kOverflowError, "timestamp out of range for platform time_t");
    return false;
  }
  *out = static_cast<time_t>(floored);
  return true;
}

Value make_struct_time(VM& vm, const Value& type, const tm& fields) {
  const Value items[kStructTimeFields] = {
      Value::small_int(fields.tm_year + 1900), Value::small_int(fields.tm_mon + 1),
      Value::small_int(fields.tm_mday),        Value::small_int(fields.tm_hour),
      Value::small_int(fields.tm_min),         Value::small_int(fields.tm_sec),
      Value::small_int((fields.tm_wday + 6) % 7),  // Monday is 0
      Value::small_int(fields.tm_yday + 1),    Value::small_int(fields.tm_isdst)};
  return make_struct_sequence(vm, type, items);
}

// gmtime/localtime: bound to the struct_time type (args[0]).
template <bool kLocal>
Value time_convert(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  const Value& type = args[0];
  ++args;
  --nargs;
  if (!expect_positional(rt, kLocal ? "localtime" : "gmtime", nargs, kwnames, 0, 1)) return Value();
  time_t seconds;
  if (!timestamp_argument(rt, args, nargs, &seconds)) return Value();
  tm fields{};
  errno = 0;
  if ((kLocal ? localtime_r(&seconds, &fields) : gmtime_r(&seconds, &fields)) == nullptr) {
    return rt.raise(Exc::kOverflowError, "timestamp out of range for platform time_t");
  }
  return make_struct_time(vm_of(rt), type, fields);
}

// struct_time (or a 9-tuple) to struct tm, with CPython's checks;
// `function` names the caller in the type error.
bool struct_time_argument(Runtime& rt, const Value& value, const char* function, tm* out) {
  if (!is_tuple(value)) {
    rt.raise(Exc::kTypeError, "Tuple or struct_time argument required");
    return false;
  }
  const Tuple* items = as_tuple(value);
  if (items->size != kStructTimeFields) {
    rt.raise(Exc::kTypeError, cat(function, "(): illegal time tuple argument"));
    return false;
  }
  int64_t v[kStructTimeFields];
  for (int i = 0; i < kStructTimeFields; ++i) {
    if (!is_int((*items)[i])) {
      rt.raise(Exc::kTypeError,
               cat("'", type_name(rt, (*items)[i]), "' object cannot be interpreted as an integer"));
      return false;
    }
    if (!int_to_int64((*items)[i], &v[i]) || v[i] < INT32_MIN || v[i] > INT32_MAX) {
      rt.raise(Exc::kOverflowError, "Python int too large to convert to C int");
      return false;
    }
  }
  *out = tm{};
  out->tm_year = static_cast<int>(v[0] - 1900);
  out->tm_mon = static_cast<int>(v[1] - 1);
  out->tm_mday = static_cast<int>(v[2]);
  out->tm_hour = static_cast<int>(v[3]);
  out->tm_min = static_cast<int>(v[4]);
  out->tm_sec = static_cast<int>(v[5]);
  out->tm_wday = static_cast<int>((v[6] + 1) % 7);
  out->tm_yday = static_cast<int>(v[7] - 1);
  out->tm_isdst = static_cast<int>(v[8]);
  return true;
}

// The ranges asctime and strftime insist on (CPython's checktm); zero for
// month, day and day of year is taken as the first.
bool check_fields(Runtime& rt, tm* t) {
  if (t->tm_mon == -1) t->tm_mon = 0;
  if (t->tm_mday == 0) t->tm_mday = 1;
  if (t->tm_yday == -1) t->tm_yday = 0;
  const char* problem = nullptr;
  if (t->tm_mon < 0 || t->tm_mon > 11) problem = "month out of range";
  else if (t->tm_mday < 1 || t->tm_mday > 31) problem = "day of month out of range";
  else if (t->tm_hour < 0 || t->tm_hour > 23) problem = "hour out of range";
  else if (t->tm_min < 0 || t->tm_min > 59) problem = "minute out of range";
  else if (t->tm_sec < 0 || t->tm_sec > 61) problem = "seconds out of range";
  else if (t->tm_wday < 0) problem = "day of week out of range";
  else if (t->tm_yday < 0 || t->tm_yday > 365) problem = "day of year out of range";
  if (problem != nullptr) {
    rt.raise(Exc::kValueError, problem);
    return false;
  }
  if (t->tm_isdst < -1) t->tm_isdst = -1;
  if (t->tm_isdst > 1) t->tm_isdst = 1;
  return true;
}

// The fields to format: the given struct_time, or the local time now.
bool fields_or_now(Runtime& rt, const Value* args, size_t nargs, const char* function, tm* out) {
  if (nargs == 0) {
    const time_t now = std::time(nullptr);
    localtime_r(&now, out);
    return true;
  }
  return struct_time_argument(rt, args[0], function, out) && check_fields(rt, out);
}

std::string asctime_text(const tm& t) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char text[64];
  std::snprintf(text, sizeof text, "%s %s%3d %.2d:%.2d:%.2d %d", kDays[t.tm_wday % 7], kMonths[t.tm_mon],
                t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, 1900 + t.tm_year);
  return text;
}

Value time_asctime(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "asctime", nargs, kwnames, 0, 1)) return Value();
  tm t;
  if (!fields_or_now(rt, args, nargs, "asctime", &t)) return Value();
  return make_str(rt, asctime_text(t));
}

Value time_ctime(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "ctime", nargs, kwnames, 0, 1)) return Value();
  time_t seconds;
  if (!timestamp_argument(rt, args, nargs, &seconds)) return Value();
  tm t{};
  if (localtime_r(&seconds, &t) == nullptr) {
    return rt.raise(Exc::kOverflowError, "timestamp out of range for platform time_t");
  }
  return make_str(rt, asctime_text(t));
}

Value time_mktime(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "mktime", nargs, kwnames)) return Value();
  tm t;
  if (!struct_time_argument(rt, args[0], "mktime", &t)) return Value();
  t.tm_wday = -1;  // mktime sets it: still -1 means it failed
  const time_t result = mktime(&t);
  if (result == static_cast<time_t>(-1) && t.tm_wday == -1) {
    return rt.raise(Exc::kOverflowError, "mktime argument out of range");
  }
  return Value::floating(static_cast<double>(result));
}

Value time_strftime(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "strftime", nargs, kwnames, 1, 2)) return Value();
  if (!is_str(args[0])) {
    return rt.raise(Exc::kTypeError,
                    cat("strftime() argument 1 must be str, not ", type_name(rt, args[0])));
  }
  tm t;
  if (!fields_or_now(rt, args + 1, nargs - 1, "strftime", &t)) return Value();
  const std::string format(as_str(args[0])->view());
  if (format.find('\0') != std::string::npos) return rt.raise(Exc::kValueError, "embedded null character");
  if (format.empty()) return make_str(rt, "");
  // strftime returns 0 both for "too small" and for an empty result: grow
  // the buffer up to a bound, as CPython does.
  for (size_t size = 1024; size <= 256 * format.size() + 1024; size *= 2) {
    std::vector<char> buffer(size);
    const size_t length = std::strftime(buffer.data(), size, format.c_str(), &t);
    if (length > 0 || size >= 256 * format.size()) return make_str(rt, std::string_view(buffer.data(), length));
  }
  return make_str(rt, "");
}

// strptime(string[, format]): _strptime._strptime_time does the work and
// checks the arguments (the format's default is its own), as in CPython.
Value time_strptime(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "strptime", kwnames)) return Value();
  VM& vm = vm_of(rt);
  Value module = vm.import_module(vm.intern("_strptime"), Value(), Value::none(), 0);
  if (module.is_null()) return module;
  Value function = get_attr(rt, module, rt.intern("_strptime_time"));
  if (function.is_null()) return function;
  return call(rt, function, args, nargs);
}

// struct_time(sequence): 9 items.
Value struct_time_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "struct_time", nargs, kwnames, 1, 1)) return Value();
  Value items = call(rt, Value::from_object(rt.tuple_type), args, 1);
  if (items.is_null()) return items;
  const size_t size = as_tuple(items)->size;
  if (size < kStructTimeFields) {
    return rt.raise(Exc::kTypeError, cat("time.struct_time() takes an at least 9-sequence (", size,
                                         "-sequence given)"));
  }
  if (size > 11) {
    return rt.raise(Exc::kTypeError, cat("time.struct_time() takes an at most 11-sequence (", size,
                                         "-sequence given)"));
  }
  return make_struct_sequence(rt, Value::from_object(type), as_tuple(items)->span().first(kStructTimeFields));
}

const MethodDef kTimeFunctions[] = {
    {"time", clock_seconds<CLOCK_REALTIME>},
    {"time_ns", clock_ns<CLOCK_REALTIME>},
    {"monotonic", clock_seconds<CLOCK_MONOTONIC>},
    {"monotonic_ns", clock_ns<CLOCK_MONOTONIC>},
    {"perf_counter", clock_seconds<CLOCK_MONOTONIC>},
    {"perf_counter_ns", clock_ns<CLOCK_MONOTONIC>},
    {"process_time", clock_seconds<CLOCK_PROCESS_CPUTIME_ID>},
    {"process_time_ns", clock_ns<CLOCK_PROCESS_CPUTIME_ID>},
    {"thread_time", clock_seconds<CLOCK_THREAD_CPUTIME_ID>},
    {"thread_time_ns", clock_ns<CLOCK_THREAD_CPUTIME_ID>},
    {"sleep", time_sleep},
    {"mktime", time_mktime},
    {"asctime", time_asctime},
    {"ctime", time_ctime},
    {"strftime", time_strftime},
    {"strptime", time_strptime},
};

// timezone, altzone, daylight and tzname, from the local zone's rules in
// January and July of this year (as CPython).
void add_zone_attributes(VM& vm, Dict* dict) {
  tzset();
  const time_t now = std::time(nullptr);
  tm year_start{};
  localtime_r(&now, &year_start);
  const int year = year_start.tm_year;
  auto offset_in = [&](int month, std::string* name) {
    tm probe{};
    probe.tm_year = year;
    probe.tm_mon = month;
    probe.tm_mday = 1;
    probe.tm_isdst = -1;
    const time_t moment = mktime(&probe);
    tm local{};
    localtime_r(&moment, &local);
    *name = local.tm_zone != nullptr ? local.tm_zone : "";
    return -local.tm_gmtoff;
  };
  std::string january_name, july_name;
  const long january = offset_in(0, &january_name);
  const long july = offset_in(6, &july_name);
  // The standard offset is the larger (west of Greenwich: positive).
  const bool southern = january < july;
  const long standard = southern ? july : january, summer = southern ? january : july;
  const std::string& standard_name = southern ? july_name : january_name;
  const std::string& summer_name = southern ? january_name : july_name;
  dict_set_str(vm, dict, vm.intern("timezone"), Value::small_int(standard));
  dict_set_str(vm, dict, vm.intern("altzone"), Value::small_int(summer));
  dict_set_str(vm, dict, vm.intern("daylight"), Value::small_int(january != july ? 1 : 0));
  dict_set_str(vm, dict, vm.intern("tzname"),
               Value(make_tuple(vm, {make_str(vm, standard_name), make_str(vm, summer_name)})));
}

}  // namespace

Value make_time_module(VM& vm) {
  Value module = make_module_with_functions(vm, "time", kTimeFunctions);
  if (module.is_null()) return module;
  Dict* dict = module_dict(module);
  Value type = make_struct_sequence_type(vm, "time", "struct_time",
                                         {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                                          "tm_wday", "tm_yday", "tm_isdst"});
  if (type.is_null()) return type;
  type.as<Type>()->new_instance = struct_time_new;
  dict_set_str(vm, dict, vm.intern("struct_time"), type);
  Str* module_name = vm.intern("time");
  dict_set_str(vm, dict, vm.intern("gmtime"),
               Value(make_native_function(vm, "gmtime", time_convert<false>, type, module_name)));
  dict_set_str(vm, dict, vm.intern("localtime"),
               Value(make_native_function(vm, "localtime", time_convert<true>, type, module_name)));
  add_zone_attributes(vm, dict);
  return module;
}

}  // namespace pyvm
