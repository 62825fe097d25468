// SPDX-License-Identifier: GPL-3.0-or-later
// Struct sequences (see struct_sequence.h), built as classes deriving from
// tuple: each field is a property reading one item, and the repr names the
// fields. Named tuple classes are struct sequences that programs can
// instantiate, printed with the class name alone.
#include "runtime/struct_sequence.h"

#include <string>
#include <vector>

#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/object_type.h"
#include "runtime/property.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

// The getter of field i: bound to i, called with the instance (any object,
// when the property is called directly).
Value field_getter(Runtime& rt, const Value* args, size_t, Tuple*) {
  // make_struct_sequence_type binds each getter to its field's index.
  const size_t index = static_cast<size_t>(args[0].as_small_int());
  if (!is_tuple(args[1]) || index >= as_tuple(args[1])->size) {
    return rt.raise(Exc::kTypeError, cat("struct sequence field getter doesn't apply to a '",
                                         type_name(rt, args[1]), "' object"));
  }
  return (*as_tuple(args[1]))[index];
}

// The field names, in order, kept in the type's dict.
constexpr std::string_view kFieldsAttribute = "_fields";

// "label(field=value, ...)".
Value fields_repr(Runtime& rt, const Value& self, std::string_view label) {
  Type* type = rt.type_of(self);
  // The class is mutable: _fields may have been replaced by anything.
  Value fields = dict_get_str(type->dict.get(), rt.intern(kFieldsAttribute));
  const Tuple* items = as_tuple(self);
  if (fields.is_null() || !is_tuple(fields) || as_tuple(fields)->size < items->size) {
    return rt.raise(Exc::kTypeError,
                    cat(type_display_name(type), "._fields is not a tuple of the field names"));
  }
  std::string text = cat(label, "(");
  for (size_t i = 0; i < items->size; ++i) {
    if (i > 0) text += ", ";
    if (!str_text(rt, (*as_tuple(fields))[i], &text)) return Value();
    text += "=";
    if (!repr_text(rt, (*items)[i], &text)) return Value();
  }
  text += ")";
  return make_str(rt, text);
}

Value struct_sequence_repr(Runtime& rt, const Value& self) {
  return fields_repr(rt, self, type_display_name(rt.type_of(self)));
}

Value named_tuple_repr(Runtime& rt, const Value& self) {
  return fields_repr(rt, self, rt.type_of(self)->name->view());
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'", as Python's messages list names.
std::string quoted_name_list(const std::vector<std::string_view>& names) {
  std::string text;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) text += names.size() == 2 ? " and " : i + 1 == names.size() ? ", and " : ", ";
    text += cat("'", names[i], "'");
  }
  return text;
}

// The position of the field called `key`, or names->size.
size_t field_index(const Tuple* names, std::string_view key) {
  for (size_t i = 0; i < names->size; ++i) {
    if (is_str((*names)[i]) && as_str((*names)[i])->view() == key) return i;
  }
  return names->size;
}

// The constructor of a named tuple class: one value per field, by position
// or by field name, with the messages of collections.namedtuple's __new__.
Value named_tuple_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value fields = dict_get_str(type->dict.get(), rt.intern(kFieldsAttribute));
  if (fields.is_null() || !is_tuple(fields)) {
    return rt.raise(Exc::kTypeError,
                    cat(type_display_name(type), "._fields is not a tuple of the field names"));
  }
  const Tuple* names = as_tuple(fields);
  const std::string function = cat(type->name->view(), ".__new__()");
  const size_t positional = nargs - tuple_size(kwnames);
  if (positional > names->size) {
    // Counted with cls, as Python counts a method's arguments.
    return rt.raise(Exc::kTypeError,
                    cat(function, " takes ", names->size + 1, " positional arguments but ",
                        positional + 1, " were given"));
  }
  std::vector<Value> items(names->size);
  for (size_t i = 0; i < positional; ++i) items[i] = args[i];
  for (size_t k = 0; k < tuple_size(kwnames); ++k) {
    const std::string_view key = as_str((*kwnames)[k])->view();
    const size_t index = field_index(names, key);
    if (index == names->size) {
      return rt.raise(Exc::kTypeError,
                      cat(function, " got an unexpected keyword argument '", key, "'"));
    }
    if (!items[index].is_null()) {
      return rt.raise(Exc::kTypeError,
                      cat(function, " got multiple values for argument '", key, "'"));
    }
    items[index] = args[positional + k];
  }
  std::vector<std::string_view> missing;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!items[i].is_null()) continue;
    missing.push_back(is_str((*names)[i]) ? as_str((*names)[i])->view() : "?");
  }
  if (!missing.empty()) {
    return rt.raise(Exc::kTypeError,
                    cat(function, " missing ", missing.size(), " required positional argument",
                        missing.size() == 1 ? "" : "s", ": ", quoted_name_list(missing)));
  }
  return make_struct_sequence(rt, Value::from_object(type), items);
}

}  // namespace

Value make_struct_sequence_type(Runtime& rt, std::string_view module, std::string_view name,
                                std::initializer_list<const char*> fields) {
  Ref<Dict> namespace_dict = make_dict(rt);
  dict_set_str(rt, namespace_dict.get(), rt.names.dunder_module, str_value(rt, module));
  Ref<Tuple> names = allocate_tuple(rt, fields.size());
  size_t index = 0;
  for (const char* field : fields) {
    Value getter(make_native_function(rt, field, field_getter, Value::small_int(static_cast<int64_t>(index))));
    Value property = call(rt, Value::from_object(rt.property_type), &getter, 1);
    if (property.is_null()) return property;
    dict_set_str(rt, namespace_dict.get(), rt.intern(field), property);
    (*names)[index++] = Value::from_object(rt.intern(field));
  }
  dict_set_str(rt, namespace_dict.get(), rt.intern(kFieldsAttribute), Value(names));
  // No __dict__ for the instances, as CPython's struct sequences.
  dict_set_str(rt, namespace_dict.get(), rt.names.dunder_slots,
               Value::from_object(rt.empty_tuple()));
  const Value arguments[] = {str_value(rt, name), Value(make_tuple(rt, {Value::from_object(rt.tuple_type)})),
                             Value(namespace_dict)};
  Value type = call(rt, Value::from_object(rt.type_type), arguments, 3);
  if (type.is_null()) return type;
  Type* t = type.as<Type>();
  dict_delete(rt, t->dict.get(), Value::from_object(rt.names.dunder_slots));
  type_modified(rt, t);
  t->repr = struct_sequence_repr;
  t->new_instance = nullptr;  // "cannot create 'sys.version_info' instances"
  t->flags &= ~kTypeBaseType;
  return type;
}

Value make_named_tuple_type(Runtime& rt, std::string_view module, std::string_view name,
                            std::initializer_list<const char*> fields) {
  Value type = make_struct_sequence_type(rt, module, name, fields);
  if (type.is_null()) return type;
  type.as<Type>()->repr = named_tuple_repr;
  type.as<Type>()->new_instance = named_tuple_new;
  return type;
}

Value make_struct_sequence(Runtime& rt, const Value& type, std::span<const Value> items) {
  Tuple* tuple = new_object<Tuple>(rt.gc, type.as<Type>(),
                                   items.size() * sizeof(Value) + appended_size(type.as<Type>()));
  tuple->size = items.size();
  for (size_t i = 0; i < items.size(); ++i) ::new (&tuple->items()[i]) Value(items[i]);
  return Value::steal(tuple);
}

}  // namespace pyvm
