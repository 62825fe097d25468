// SPDX-License-Identifier: GPL-3.0-or-later
// The instructions of the match statement that do more than a comparison:
// MATCH_SEQUENCE, MATCH_MAPPING, GET_LEN, MATCH_KEYS, COPY_DICT_WITHOUT_KEYS
// and MATCH_CLASS (see instructions.h). The code generator
// (compiler/codegen_match.cpp) strings them together with jumps; the rules
// are PEP 634's, the error messages CPython 3.11's.
#include <vector>

#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/protocols.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/instructions.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

// The operand the code generator makes a tuple of constants and names; a
// crafted .pvc could put anything there.
const Tuple* operand_tuple(VM& vm, const Value& value, const char* instruction) {
  if (is_tuple(value)) return value.as<Tuple>();
  vm.raise(Exc::kSystemError, cat(instruction, " needs a tuple operand"));
  return nullptr;
}

std::string repr_or_placeholder(VM& vm, const Value& value) {
  std::string text;
  if (!repr_text(vm, value, &text)) {
    vm.clear_error();
    text = "<unprintable>";
  }
  return text;
}

// One attribute a class pattern reads: null when the subject lacks it (no
// error pending) or on an error; a name asked for twice is a TypeError.
Value match_class_attribute(VM& vm, const Value& subject, Type* cls, const Value& name,
                            Set* seen) {
  const int repeated = set_contains(vm, seen, name);
  if (repeated < 0) return Value();
  if (repeated > 0) {
    vm.raise(Exc::kTypeError, cat(cls->name->view(), "() got multiple sub-patterns for attribute ",
                                  repr_or_placeholder(vm, name)));
    return Value();
  }
  if (!set_add(vm, seen, name)) return Value();
  return get_attr_optional(vm, subject, name.as<Str>());
}

}  // namespace

bool is_sequence_for_match(VM& vm, const Value& subject) {
  return vm.type_of(subject)->has_flag(kTypeSequence);
}

bool is_mapping_for_match(VM& vm, const Value& subject) {
  return vm.type_of(subject)->has_flag(kTypeMapping);
}

Value length_of(VM& vm, const Value& subject) {
  const int64_t count = length(vm, subject);
  if (count < 0) return Value();
  return Value::small_int(count);
}

// subject.get(key, missing) for each key, as CPython does: a dict subclass's
// __missing__ or __getitem__ is never called, nothing is added to a
// defaultdict.
Value match_keys(VM& vm, const Value& subject, const Value& keys) {
  const Tuple* key_tuple = operand_tuple(vm, keys, "MATCH_KEYS");
  if (!key_tuple) return Value();
  if (key_tuple->size == 0) return Value(make_tuple(vm, {}));
  Value get = get_attr(vm, subject, vm.intern("get"));
  if (get.is_null()) return Value();
  Value missing = call(vm, Value::from_object(vm.object_type), nullptr, 0);
  if (missing.is_null()) return Value();
  Ref<Set> seen = make_set(vm, vm.set_type);
  std::vector<Value> values;
  values.reserve(key_tuple->size);
  for (const Value& key : key_tuple->span()) {
    const int repeated = set_contains(vm, seen.get(), key);
    if (repeated < 0) return Value();
    if (repeated > 0) {
      return vm.raise(Exc::kValueError,
                      cat("mapping pattern checks duplicate key (", repr_or_placeholder(vm, key), ")"));
    }
    if (!set_add(vm, seen.get(), key)) return Value();
    const Value arguments[2] = {key, missing};
    Value value = call(vm, get, arguments, 2);
    if (value.is_null()) return Value();
    if (value.is(missing)) return Value::none();
    values.push_back(std::move(value));
  }
  return Value(make_tuple_from(vm, values));
}

Value copy_dict_without_keys(VM& vm, const Value& subject, const Value& keys) {
  const Tuple* key_tuple = operand_tuple(vm, keys, "COPY_DICT_WITHOUT_KEYS");
  if (!key_tuple) return Value();
  Ref<Dict> rest = make_dict(vm);
  if (!dict_update(vm, rest.get(), subject)) return Value();
  for (const Value& key : key_tuple->span()) {
    const int deleted = dict_delete(vm, rest.get(), key);
    if (deleted < 0) return Value();
    if (deleted == 0) return vm.raise_with_arg(Exc::kKeyError, key);
  }
  return Value(std::move(rest));
}

Value match_class(VM& vm, const Value& subject, const Value& cls, const Value& names,
                  uint32_t positional_count) {
  if (!vm.type_of(cls)->has_flag(kTypeTypeSubclass)) {
    return vm.raise(Exc::kTypeError, "called match pattern must be a type");
  }
  const Tuple* keyword_names = operand_tuple(vm, names, "MATCH_CLASS");
  if (!keyword_names) return Value();
  const int instance = isinstance_of(vm, subject, cls);
  if (instance < 0) return Value();
  if (instance == 0) return Value::none();
  Type* type = cls.as<Type>();
  Ref<Set> seen = make_set(vm, vm.set_type);
  std::vector<Value> attributes;
  // Positional sub-patterns read the attributes __match_args__ names, or,
  // for int, str, list... without it, match the subject itself.
  if (positional_count > 0) {
    Value match_args = get_attr_optional(vm, cls, vm.intern("__match_args__"));
    bool match_self = false;
    if (match_args.is_null()) {
      if (vm.has_error()) return Value();
      match_args = Value(make_tuple(vm, {}));
      match_self = type->has_flag(kTypeMatchSelf);
    } else if (vm.type_of(match_args) != vm.tuple_type) {
      return vm.raise(Exc::kTypeError, cat(type->name->view(), ".__match_args__ must be a tuple (got ",
                                           vm.type_of(match_args)->name->view(), ")"));
    }
    const Tuple* match_names = match_args.as<Tuple>();
    const size_t allowed = match_self ? 1 : match_names->size;
    if (allowed < positional_count) {
      return vm.raise(Exc::kTypeError,
                      cat(type->name->view(), "() accepts ", std::to_string(allowed),
                          " positional sub-pattern", allowed == 1 ? "" : "s", " (",
                          std::to_string(positional_count), " given)"));
    }
    if (match_self) {
      attributes.push_back(subject);
    } else {
      for (size_t i = 0; i < positional_count; ++i) {
        const Value& name = (*match_names)[i];
        if (vm.type_of(name) != vm.str_type) {
          return vm.raise(Exc::kTypeError, cat("__match_args__ elements must be strings (got ",
                                               vm.type_of(name)->name->view(), ")"));
        }
        Value attribute = match_class_attribute(vm, subject, type, name, seen.get());
        if (attribute.is_null()) return vm.has_error() ? Value() : Value::none();
        attributes.push_back(std::move(attribute));
      }
    }
  }
  for (const Value& name : keyword_names->span()) {
    if (vm.type_of(name) != vm.str_type) {
      return vm.raise(Exc::kSystemError, "MATCH_CLASS needs attribute names as str");
    }
    Value attribute = match_class_attribute(vm, subject, type, name, seen.get());
    if (attribute.is_null()) return vm.has_error() ? Value() : Value::none();
    attributes.push_back(std::move(attribute));
  }
  return Value(make_tuple_from(vm, attributes));
}

}  // namespace pyvm
