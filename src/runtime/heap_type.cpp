// SPDX-License-Identifier: GPL-3.0-or-later
// Classes: type(name, bases, namespace), which the class statement calls
// through the metaclass. Builds the type object (bases, MRO, the instance
// layout: __slots__ members and a __dict__ slot after the built-in base's
// layout), turns its dunder methods into slots, and runs __set_name__ and
// __init_subclass__.
#include <algorithm>
#include <cstdlib>
#include <memory>
#include <span>
#include <vector>

#include "runtime/arguments.h"
#include "runtime/cell.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/object_type.h"
#include "runtime/property.h"
#include "runtime/protocols.h"
#include "runtime/slots.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

// The nearest built-in type in a class's base chain: it owns the C++
// layout of the instances.
Type* builtin_base(Type* type) { return type->layout; }

// A class's instances are its built-in base's C++ layout followed by the
// Values its classes appended: __slots__ members and the __dict__ slot
// (type_new lays them out; __class__ assignment keeps the layout).
std::span<Value> appended_values(Object* self) {
  Type* type = self->type;
  const Type* layout = builtin_base(type);
  const size_t begin = layout->instance_size;
  return {value_at_offset(self, appended_value_offset(layout, begin)),
          (type->instance_size - begin) / sizeof(Value)};
}

void instance_dealloc(Object* self) {
  // __del__ first, while the instance is whole (and still tracked, should
  // it resurrect itself into a cycle).
  if (self->type->finalize && self->type->runtime->gc.finalizer_resurrects(self)) return;
  Type* type = self->type;
  Type* base = builtin_base(type);
  Gc::untrack(self);
  for (Value& value : appended_values(self)) std::destroy_at(&value);
  if (base->dealloc && base != type->runtime->object_type) {
    base->dealloc(self);  // runs the layout's destructor and frees the memory
  } else {
    Gc::free_memory(self, true);
  }
  decref(type);
}

void instance_traverse(Object* self, VisitFn visit, void* context) {
  Type* type = self->type;
  Type* base = builtin_base(type);
  if (base->traverse) base->traverse(self, visit, context);
  for (const Value& value : appended_values(self)) {
    if (value.is_object()) visit(value.as_object(), context);
  }
  visit(type, context);
}

void instance_clear(Object* self) {
  Type* type = self->type;
  Type* base = builtin_base(type);
  if (base->clear) base->clear(self);
  for (Value& value : appended_values(self)) Value dropped = std::move(value);
}

// The class that fixes the layout a type's instances share with all its
// subclasses' (CPython's solid_base): the type itself when it adds storage
// to its base's solid layout, else the base's. A __dict__ slot a class
// appends does not count: any layout can have one appended.
const Type* solid_base(const Type* type) {
  if (type->base == nullptr) return type;  // object
  const Type* base_solid = solid_base(type->base);
  size_t size = type->instance_size;
  if (type->has_flag(kTypeHeapType) && base_solid->dict_offset == 0 && type->dict_offset != 0 &&
      static_cast<size_t>(std::abs(type->dict_offset)) + sizeof(Value) == size) {
    size -= sizeof(Value);
  }
  return size != base_solid->instance_size ? type : base_solid;
}

// Picks the base whose layout extends all others' (CPython's best_base).
Type* best_base(Runtime& rt, const Tuple* bases) {
  Type* winner = nullptr;
  const Type* winner_solid = nullptr;
  for (size_t i = 0; i < bases->size; ++i) {
    Type* base = (*bases)[i].as<Type>();  // type_new checked: every base is a type
    const Type* solid = solid_base(base);
    if (winner != nullptr && is_subtype(winner_solid, solid)) continue;
    if (winner != nullptr && !is_subtype(solid, winner_solid)) {
      rt.raise(Exc::kTypeError, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
    winner = base;
    winner_solid = solid;
  }
  return winner;
}

// What a class adds to its best base's instance layout (CPython's
// type_new_slots): the members its __slots__ name, a __dict__ slot, and
// weak-reference support.
struct LayoutPlan {
  bool has_slots = false;         // the namespace defines __slots__
  std::vector<Ref<Str>> members;  // mangled and sorted, as CPython lays them out
  bool add_dict = false;
  bool add_weakref = false;
};

// Layouts to which a class cannot append Values: a class (the instance of a
// metaclass) is always allocated as a bare Type. (str, tuple and bytes keep
// their items after the header, and the Values follow the items:
// kTypeVariableSize.)
bool layout_is_closed(Runtime&, const Type* layout) { return layout->has_flag(kTypeTypeSubclass); }

// __slots__ as a list of names: a single string, or any iterable of strings.
bool read_slot_names(Runtime& rt, const Value& slots, std::vector<Ref<Str>>* names) {
  if (is_str(slots)) {
    names->push_back(Ref<Str>::borrow(as_str(slots)));
    return true;
  }
  return for_each(rt, slots, [&](Value item) {
    if (!is_str(item)) {
      rt.raise(Exc::kTypeError,
               cat("__slots__ items must be strings, not '", type_name(rt, item), "'"));
      return false;
    }
    names->push_back(Ref<Str>::borrow(as_str(item)));
    return true;
  });
}

// Checks __slots__ and splits '__dict__' and '__weakref__' off the members.
bool plan_slots(Runtime& rt, Str* class_name, Type* base, Dict* namespace_dict,
                const std::vector<Ref<Str>>& names, bool may_add_dict, bool may_add_weakref,
                LayoutPlan* plan) {
  if (!names.empty() &&
      (layout_has_items(rt, base->layout) || layout_is_closed(rt, base->layout))) {
    rt.raise(Exc::kTypeError,
             cat("nonempty __slots__ not supported for subtype of '", base->name->view(), "'"));
    return false;
  }
  for (const Ref<Str>& name : names) {
    if (!is_identifier(name->view())) {
      rt.raise(Exc::kTypeError, "__slots__ must be identifiers");
      return false;
    }
    if (name->view() == "__dict__") {
      if (!may_add_dict || plan->add_dict) {
        rt.raise(Exc::kTypeError, "__dict__ slot disallowed: we already got one");
        return false;
      }
      plan->add_dict = true;
    } else if (name->view() == "__weakref__") {
      if (!may_add_weakref || plan->add_weakref) {
        rt.raise(Exc::kTypeError,
                 "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        return false;
      }
      plan->add_weakref = true;
    }
  }
  for (const Ref<Str>& name : names) {
    if (name->view() == "__dict__" || name->view() == "__weakref__") continue;
    Ref<Str> member = make_str(rt, mangle_private_name(class_name->view(), name->view()));
    // The class statement's own __qualname__ and __classcell__ are not class variables.
    const std::string_view text = member->view();
    if (text != "__qualname__" && text != "__classcell__" &&
        dict_find_str(namespace_dict, rt.intern(member.get())) >= 0) {
      rt.raise(Exc::kValueError,
               cat(str_repr(text), " in __slots__ conflicts with class variable"));
      return false;
    }
    plan->members.push_back(Ref<Str>::borrow(rt.intern(member.get())));
  }
  std::sort(plan->members.begin(), plan->members.end(),
            [](const Ref<Str>& a, const Ref<Str>& b) { return str_compare(a.get(), b.get()) < 0; });
  return true;
}

bool plan_layout(Runtime& rt, Str* class_name, Type* base, const Tuple* bases, Dict* namespace_dict,
                 LayoutPlan* plan) {
  const bool may_add_dict = base->dict_offset == 0 && !layout_is_closed(rt, base->layout);
  const bool may_add_weakref =
      !base->has_flag(kTypeWeakReferenceable) && !layout_has_items(rt, base->layout);
  const Value slots = dict_get_str(namespace_dict, rt.names.dunder_slots);
  if (slots.is_null()) {
    plan->add_dict = may_add_dict;
    plan->add_weakref = may_add_weakref;
    return true;
  }
  plan->has_slots = true;
  std::vector<Ref<Str>> names;
  if (!read_slot_names(rt, slots, &names)) return false;
  if (!plan_slots(rt, class_name, base, namespace_dict, names, may_add_dict, may_add_weakref,
                  plan)) {
    return false;
  }
  // The other bases may bring a __dict__ or weak references the best base lacks.
  for (const Value& other : bases->span()) {
    const Type* other_base = other.as<Type>();  // type_new checked: every base is a type
    if (other_base == base) continue;
    if (may_add_dict && other_base->dict_offset != 0) plan->add_dict = true;
    if (may_add_weakref && other_base->has_flag(kTypeWeakReferenceable)) plan->add_weakref = true;
  }
  return true;
}

// Lays out the class's instances as planned: its best base's layout, then a
// Value per member, then the __dict__ slot; and puts the member descriptors
// and the __dict__/__weakref__ attributes in the class's dict.
void lay_out_instances(Runtime& rt, Type* type, Type* base, const LayoutPlan& plan) {
  type->layout = builtin_base(base);
  type->instance_size = base->instance_size;
  type->dict_offset = base->dict_offset;
  for (const Ref<Str>& member : plan.members) {
    add_member(rt, type, member.get(), appended_value_offset(type->layout, type->instance_size));
    type->instance_size += sizeof(Value);
  }
  if (plan.has_slots) {
    std::vector<Value> names(plan.members.begin(), plan.members.end());
    type->slot_names = make_tuple_from(rt, names);
  }
  if (plan.add_dict) {
    type->dict_offset = appended_value_offset(type->layout, type->instance_size);
    type->instance_size += sizeof(Value);
    add_instance_dict_descriptor(rt, type);
  }
  if (plan.add_weakref) {
    type->flags |= kTypeWeakReferenceable;
    add_instance_weakref_descriptor(rt, type);
  }
}

// The most derived metaclass among the requested one and the bases' types.
Type* calculate_metaclass(Runtime& rt, Type* metatype, const Tuple* bases) {
  Type* winner = metatype;
  for (size_t i = 0; i < bases->size; ++i) {
    Type* base_meta = rt.type_of((*bases)[i]);
    if (is_subtype(winner, base_meta)) continue;
    if (is_subtype(base_meta, winner)) {
      winner = base_meta;
      continue;
    }
    rt.raise(Exc::kTypeError,
             "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
             "subclass of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

// Functions stored under these names are implicitly static/class methods.
void wrap_implicit_methods(Runtime& rt, Dict* dict) {
  Value new_function = dict_get_str(dict, rt.names.dunder_new);
  if (!new_function.is_null() && rt.type_of(new_function)->has_flag(kTypeMethodDescriptor)) {
    dict_set_str(rt, dict, rt.names.dunder_new, make_staticmethod(rt, new_function));
  }
  for (Str* name : {rt.names.dunder_init_subclass, rt.names.dunder_class_getitem}) {
    Value function = dict_get_str(dict, name);
    if (!function.is_null() && rt.type_of(function)->has_flag(kTypeMethodDescriptor)) {
      Value wrapped = call(rt, Value::from_object(rt.classmethod_type), &function, 1);
      if (!wrapped.is_null()) dict_set_str(rt, dict, name, wrapped);
    }
  }
}

bool call_set_name(Runtime& rt, Type* type) {
  // A snapshot: __set_name__ may add attributes.
  std::vector<std::pair<Value, Value>> entries;
  size_t position = 0;
  DictEntry* entry;
  while (dict_next(type->dict.get(), &position, &entry)) entries.emplace_back(entry->key, entry->value);
  for (const auto& [name, value] : entries) {
    if (!lookup_in_mro(rt.type_of(value), rt.names.dunder_set_name)) continue;
    const Value arguments[] = {Value::from_object(type), name};
    if (call_special_method(rt, value, rt.names.dunder_set_name, arguments, 2).is_null()) {
      // CPython 3.11 reports it as a RuntimeError caused by the error.
      Value error = rt.take_error();
      std::string message = cat("Error calling __set_name__ on '", type_name(rt, value), "' instance ");
      if (!repr_text(rt, name, &message)) return false;
      message += cat(" in '", type->name->view(), "'");
      Value wrapper = make_exception(rt, rt.exception_type(Exc::kRuntimeError), make_tuple(rt, {make_str(rt, message)}));
      if (wrapper.is_null()) return false;
      as_exception(wrapper)->cause = error;
      as_exception(wrapper)->context = error;
      as_exception(wrapper)->suppress_context = true;
      rt.raise_exception(wrapper);
      return false;
    }
  }
  return true;
}

bool call_init_subclass(Runtime& rt, Type* type, const Value* kwvalues, Tuple* kwnames) {
  // super(type, type).__init_subclass__(**kwargs): the first definition after
  // the new class in its MRO.
  const Tuple* mro = type->mro.get();
  for (size_t i = 1; i < mro->size; ++i) {
    Type* candidate = (*mro)[i].as<Type>();
    Value hook = dict_get_str(candidate->dict.get(), rt.names.dunder_init_subclass);
    if (hook.is_null()) continue;
    Type* hook_type = rt.type_of(hook);
    Value bound = hook_type->descr_get ? hook_type->descr_get(rt, hook, Value(), type) : hook;
    if (bound.is_null()) return false;
    return !call(rt, bound, kwvalues, tuple_size(kwnames), kwnames).is_null();
  }
  return true;
}

}  // namespace

Value type_new(Runtime& rt, Type* metatype, const Value* args, size_t nargs, Tuple* kwnames) {
  const size_t positional = nargs - tuple_size(kwnames);
  if (positional == 1 && tuple_size(kwnames) == 0) return Value::from_object(rt.type_of(args[0]));
  if (positional != 3) return rt.raise(Exc::kTypeError, "type() takes 1 or 3 arguments");
  if (!is_str(args[0])) {
    return rt.raise(Exc::kTypeError, cat("type.__new__() argument 1 must be str, not ",
                                         type_name(rt, args[0])));
  }
  if (!is_tuple(args[1])) {
    return rt.raise(Exc::kTypeError, cat("type.__new__() argument 2 must be tuple, not ",
                                         type_name(rt, args[1])));
  }
  if (!is_dict(args[2])) {
    return rt.raise(Exc::kTypeError, cat("type.__new__() argument 3 must be dict, not ",
                                         type_name(rt, args[2])));
  }
  Ref<Tuple> bases = Ref<Tuple>::borrow(as_tuple(args[1]));
  for (const Value& base : bases->span()) {
    if (!rt.type_of(base)->has_flag(kTypeTypeSubclass)) {
      return rt.raise(Exc::kTypeError,
                      "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                      "subclass of the metaclasses of all its bases");
    }
    if (!base.as<Type>()->has_flag(kTypeBaseType)) {
      return rt.raise(Exc::kTypeError, cat("type '", base.as<Type>()->name->view(),
                                           "' is not an acceptable base type"));
    }
  }
  for (size_t i = 0; i < bases->size; ++i) {
    for (size_t j = 0; j < i; ++j) {
      if ((*bases)[i].is((*bases)[j])) {
        return rt.raise(Exc::kTypeError,
                        cat("duplicate base class ", (*bases)[i].as<Type>()->name->view()));
      }
    }
  }
  Type* winner = calculate_metaclass(rt, metatype, bases.get());
  if (winner == nullptr) return Value();
  if (winner != metatype && winner->new_instance != type_new) {
    return winner->new_instance(rt, winner, args, nargs, kwnames);
  }
  metatype = winner;
  if (bases->size == 0) bases = make_tuple(rt, {Value::from_object(rt.object_type)});
  Type* base = best_base(rt, bases.get());
  if (base == nullptr) return Value();
  LayoutPlan layout_plan;
  if (!plan_layout(rt, as_str(args[0]), base, bases.get(), as_dict(args[2]), &layout_plan)) {
    return Value();
  }

  Type* type = allocate_type(rt, metatype);
  if (metatype->has_flag(kTypeHeapType)) incref(metatype);
  Value result = Value::steal(type);
  type->flags = kTypeHeapType | kTypeBaseType | kTypeHasGc;
  type->name = Ref<Str>::borrow(rt.intern(as_str(args[0])));
  type->qualname = type->name;
  type->base = base;
  type->bases = bases;
  link_to_bases(type);
  type->dict = dict_copy(rt, as_dict(args[2]));
  Dict* dict = type->dict.get();

  // __qualname__ and __classcell__ are instructions to type(), not attributes.
  Value qualname = dict_get_str(dict, rt.names.dunder_qualname);
  if (!qualname.is_null()) {
    if (!is_str(qualname)) {
      return rt.raise(Exc::kTypeError, cat("type __qualname__ must be a str, not ",
                                           type_name(rt, qualname)));
    }
    type->qualname = Ref<Str>::borrow(as_str(qualname));
    dict_delete(rt, dict, Value::from_object(rt.names.dunder_qualname));
  }
  Value module = dict_get_str(dict, rt.names.dunder_module);
  if (module.is_null()) {
    module = rt.current_module_name ? rt.current_module_name(rt) : Value();
    if (!module.is_null()) dict_set_str(rt, dict, rt.names.dunder_module, module);
  }
  type->module_name = !module.is_null() && is_str(module) ? Ref<Str>::borrow(as_str(module))
                                                          : Ref<Str>::borrow(rt.names.builtins);
  Value class_cell = dict_get_str(dict, rt.names.dunder_classcell);
  if (!class_cell.is_null()) {
    if (rt.type_of(class_cell) != rt.cell_type) {
      return rt.raise(Exc::kTypeError, cat("__classcell__ must be a nonlocal cell, not ",
                                           type_name(rt, class_cell)));
    }
    class_cell.as<Cell>()->contents = result;
    dict_delete(rt, dict, Value::from_object(rt.names.dunder_classcell));
  }
  wrap_implicit_methods(rt, dict);
  lay_out_instances(rt, type, base, layout_plan);
  if (dict_find_str(dict, rt.names.dunder_doc) < 0)
    dict_set_str(rt, dict, rt.names.dunder_doc, Value::none());
  // Defining __eq__ without __hash__ makes instances unhashable.
  if (dict_find_str(dict, rt.names.dunder_eq) >= 0 && dict_find_str(dict, rt.names.dunder_hash) < 0) {
    dict_set_str(rt, dict, rt.names.dunder_hash, Value::none());
  }
  type->dealloc = instance_dealloc;
  type->traverse = instance_traverse;
  type->clear = instance_clear;

  if (!compute_mro(rt, type)) return Value();
  set_slots_from_dunders(rt, type);
  const Tuple* mro = type->mro.get();
  for (size_t i = 1; i < mro->size; ++i) inherit_type_slots(type, (*mro)[i].as<Type>());
  type->version = rt.next_type_version();

  if (!call_set_name(rt, type)) return Value();
  if (!call_init_subclass(rt, type, args + positional, kwnames)) return Value();
  return result;
}

}  // namespace pyvm
