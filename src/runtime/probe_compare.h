// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing a probe key with a key stored in a hash table (dict, set) when
// the comparison is user code.
//
// The rule, shared by dict and set: a stored key's __eq__ may clear, resize
// or refill the very table being probed, or drop the table's last reference
// to the key being compared. So a probe that must call __eq__ does it through
// compare_during_probe, which
//   - holds a strong reference to the stored key for the duration of the
//     call, and one to the table's owner in `owner_alive`, which the caller
//     keeps until its whole operation is done (the call may drop the last
//     other reference: `obj.__dict__ = {}` while obj's old dict is probed);
//   - afterwards asks the probe, through `still_valid`, whether what it took
//     before the call still holds: the same table at the same size, with the
//     entry still holding the key just compared (CPython's test in lookdict
//     and set_lookkey).
// When the table changed, the probe forgets every pointer and index it took into the
// table and starts again from the top, as CPython does. The probe key is the
// caller's to keep alive.
#pragma once

#include "runtime/object.h"
#include "runtime/protocols.h"
#include "runtime/value.h"

namespace pyvm {

struct ProbeCompare {
  int equal;           // 1, 0, or -1 when the comparison failed
  bool table_changed;  // the probe's pointers are stale: it must start again
};

template <class StillValid>
ProbeCompare compare_during_probe(Runtime& rt, Object* owner, Ref<Object>& owner_alive,
                                  const Value& stored_key, const Value& key,
                                  const StillValid& still_valid) {
  if (!owner_alive) owner_alive = Ref<Object>::borrow(owner);
  const Value stored = stored_key;  // the entry may be overwritten during the call
  const int equal = equals(rt, stored, key);
  return {equal, equal >= 0 && !still_valid(stored)};
}

}  // namespace pyvm
