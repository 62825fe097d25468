// Struct sequences (see struct_sequence.h), built as classes deriving from
// tuple: each field is a property reading one item, and the repr names the
// fields.
#include "runtime/struct_sequence.h"

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

Value struct_sequence_repr(Runtime& rt, const Value& self) {
  Type* type = rt.type_of(self);
  // The class is mutable: _fields may have been replaced by anything.
  Value fields = dict_get_str(type->dict.get(), rt.intern(kFieldsAttribute));
  const Tuple* items = as_tuple(self);
  if (fields.is_null() || !is_tuple(fields) || as_tuple(fields)->size < items->size) {
    return rt.raise(Exc::kTypeError,
                    cat(type_display_name(type), "._fields is not a tuple of the field names"));
  }
  std::string text = cat(type_display_name(type), "(");
  for (size_t i = 0; i < items->size; ++i) {
    if (i > 0) text += ", ";
    if (!str_text(rt, (*as_tuple(fields))[i], &text)) return Value();
    text += "=";
    if (!repr_text(rt, (*items)[i], &text)) return Value();
  }
  text += ")";
  return make_str(rt, text);
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
  const Value arguments[] = {str_value(rt, name), Value(make_tuple(rt, {Value::from_object(rt.tuple_type)})),
                             Value(namespace_dict)};
  Value type = call(rt, Value::from_object(rt.type_type), arguments, 3);
  if (type.is_null()) return type;
  Type* t = type.as<Type>();
  t->repr = struct_sequence_repr;
  t->new_instance = nullptr;  // "cannot create 'sys.version_info' instances"
  t->flags &= ~kTypeBaseType;
  return type;
}

Value make_struct_sequence(Runtime& rt, const Value& type, std::span<const Value> items) {
  Tuple* tuple = new_object<Tuple>(rt.gc, type.as<Type>(), items.size() * sizeof(Value));
  tuple->size = items.size();
  for (size_t i = 0; i < items.size(); ++i) ::new (&tuple->items()[i]) Value(items[i]);
  return Value::steal(tuple);
}

}  // namespace pyvm
