// SPDX-License-Identifier: GPL-3.0-or-later
// Weak references: weakref.ref (ReferenceType) and the proxies
// (weakref.ProxyType, weakref.CallableProxyType), and what happens to them
// when their referent dies.
//
// The design costs nothing for objects that are never weakly referenced:
// the object header has no weak-reference field. The runtime keeps a side
// table from each weakly referenced object to the first of its weak
// references, which are linked to each other (newest callback-less `ref`
// and proxy first, as CPython orders them). A container (the usual
// referent: instances, functions, classes, sets) also carries a flag in its
// GcHeader, so its dealloc knows without a table lookup whether there is
// anything to clear; the few weakly referenceable types that are not
// containers (built-in functions, the standard streams) look the table up
// when they die, and only when the table is not empty.
//
// When the referent dies its references are cleared (they return None)
// and their callbacks are called, each with its reference; a callback's
// error is reported as unraisable. For a death by reference count this
// happens after the referent's __del__ (which may resurrect it and keep its
// references alive); for cyclic garbage the collector clears them all before
// any finalizer runs and calls only the callbacks of references that are
// not garbage themselves (clear_garbage_weak_references), as CPython does.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "runtime/object.h"
#include "runtime/type.h"
#include "runtime/value.h"

namespace pyvm {

class Runtime;
struct Type;

// The layout of weakref.ref, its subclasses and the proxy types.
struct WeakReference : Object {
  Object* referent = nullptr;  // not owned; null once the referent died
  Value callback;              // null without one (or once it was called)
  int64_t hash = 0;
  bool hash_known = false;
  // The referent's list (CPython's wr_prev/wr_next).
  WeakReference* previous = nullptr;
  WeakReference* next = nullptr;
};
bool has_layout(const Object* object, const WeakReference*);

// Whether `object` may have weak references (its type allows them).
bool is_weakly_referenceable(const Object* object);
// The "cannot create weak reference to 'int' object" TypeError.
Value raise_not_weakly_referenceable(Runtime& rt, const Value& object);

// weakref.ref(object, callback) made as an instance of `type` (ref or a
// subclass): a callback-less exact ref is shared, as in CPython. A null or
// None callback means none. Raises TypeError for an object that cannot be
// weakly referenced.
Value make_weak_reference(Runtime& rt, Type* type, const Value& object, const Value& callback);
// weakref.proxy(object, callback): a callable proxy for a callable object.
Value make_weak_proxy(Runtime& rt, const Value& object, const Value& callback);
// The referent, or None once it died.
Value weak_reference_target(const WeakReference* reference);

// The live weak references to `object`, in its list's order.
std::vector<WeakReference*> weak_references_to(Runtime& rt, const Object* object);

// Whether a dying object of a weakly referenceable type has weak references
// to clear (the header flag for containers, the table for the rest).
bool has_weak_references_listed(const Object* object);
// Whether a dying object has weak references to clear. (Inline: every
// dealloc asks, and most types cannot be weakly referenced.)
inline bool has_weak_references(const Object* object) {
  return object->type->has_flag(kTypeWeakReferenceable) && has_weak_references_listed(object);
}
// Clears every weak reference to `object`, which is dying, and calls their
// callbacks unless `call_callbacks` is false (at shutdown). The object is
// out of the collector's list while the callbacks run (its count is zero),
// and back in it afterwards.
void clear_weak_references(Object* object, bool call_callbacks);
// The collector found `garbage` unreachable: clears every weak reference to
// those objects; returns the references that are not garbage themselves and
// had a callback, whose callbacks the collector then calls
// (call_weak_reference_callbacks) before running any finalizer.
// `is_garbage` tells whether a weak reference object is among the garbage.
struct WeakCallback {
  Ref<WeakReference> reference;
  Value callback;
};
void detach_weak_references(Object* object, bool (*is_garbage)(Object*),
                            std::vector<WeakCallback>* callbacks);
void call_weak_reference_callbacks(Runtime& rt, std::vector<WeakCallback>& callbacks);
// When `object` is a weak reference, kills it (its referent may still
// live): a weak reference in the collector's garbage never calls back,
// whatever dies while the garbage is finalized and cleared.
void kill_if_weak_reference(Object* object);

void init_weakref_types(Runtime& rt);
void init_weak_proxy_types(Runtime& rt);

}  // namespace pyvm
