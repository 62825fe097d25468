# Probes for costs that grow with the data (docs/performance.md, "Costs that
# grow with the data"): times 20,000 operations on containers of 10**4, 10**5
# and 10**6 items. A ratio near 1 is a constant cost per operation, near 100
# a linear one. Run with python3 and with pyvm and compare:
#   python3 tools/growth_probes.py [NAME ...]
import time, sys
from collections import deque, OrderedDict

M = 20000
def t(f, n):
    setup = f(n)
    t0 = time.perf_counter()
    setup()
    return time.perf_counter() - t0

def p_len_dict_after_del(n):
    d = {i: i for i in range(n)}
    for i in range(n - 10):
        del d[i]
    def run():
        for _ in range(M): len(d)
    return run
def p_dict_iter_after_del(n):
    d = {i: i for i in range(n)}
    for i in range(n - 10):
        del d[i]
    def run():
        for _ in range(200):
            for k in d: pass
    return run
def p_bytes_index(n):
    b = bytes(range(256)) * (n // 256)
    def run():
        for i in range(M): b[(i * 7919) % len(b)]
    return run
def p_bytearray_index(n):
    b = bytearray(range(256)) * (n // 256)
    def run():
        for i in range(M): b[(i * 7919) % len(b)]
    return run
def p_list_insert_end(n):
    l = list(range(n))
    def run():
        for i in range(M): l.insert(len(l), i)
    return run
def p_list_pop_end(n):
    l = list(range(n + M))
    def run():
        for i in range(M): l.pop()
    return run
def p_set_pop(n):
    s = set(range(n + M))
    def run():
        for i in range(M): s.pop()
    return run
def p_dict_popitem(n):
    d = {i: i for i in range(n + M)}
    def run():
        for i in range(M): d.popitem()
    return run
def p_deque_ends(n):
    d = deque(range(n))
    def run():
        for i in range(M):
            d.append(i); d.pop(); d.appendleft(i); d.popleft(); d[-1]; d[0]
    return run
def p_range_in(n):
    r = range(n * 10**12)
    def run():
        for i in range(M): (n * 10**11 + i) in r
    return run
def p_range_index_len(n):
    r = range(0, n * 10**12, 3)
    def run():
        for i in range(M): r[-i - 1]; len(r) if n < 10**6 else r.__len__()
    return run
def p_str_iadd(n):
    def run():
        s = "x" * n
        for i in range(M): s += "y"
    return run
def p_str_iadd_nonascii(n):
    def run():
        s = "é" * n
        for i in range(M): s += "y"
    return run
def p_bytes_iadd(n):
    def run():
        s = b"x" * n
        for i in range(M): s += b"y"
    return run
def p_bytearray_del_front(n):
    b = bytearray(n + M)
    def run():
        for i in range(M): del b[0]
    return run
def p_bytearray_append(n):
    b = bytearray(n)
    def run():
        for i in range(M): b.append(1)
    return run
def p_odict_popitem_first(n):
    d = OrderedDict((i, i) for i in range(n + M))
    def run():
        for i in range(M): d.popitem(last=False)
    return run
def p_odict_move_to_end(n):
    d = OrderedDict((i, i) for i in range(n + M))
    def run():
        for i in range(M): d.move_to_end(i)
    return run
def p_dict_del_first_next(n):
    d = {i: i for i in range(n)}
    def run():
        for i in range(2000):
            k = next(iter(d)); del d[k]
    return run
def p_list_neg_index(n):
    l = list(range(n))
    def run():
        for i in range(M): l[-1]; l[n // 2]
    return run
def p_tuple_hash_eq(n):
    a = tuple(range(n)); 
    def run():
        for i in range(M): len(a); a[-1]
    return run
def p_str_ascii_index(n):
    s = "a" * n
    def run():
        for i in range(M): s[(i * 7919) % n]; s[i:i + 5]
    return run
def p_str_nonascii_index(n):
    s = "é" * n
    def run():
        for i in range(M): s[(i * 7919) % n]; s[i:i + 5]
    return run
def p_str_nonascii_len_in(n):
    s = "é" * n
    def run():
        for i in range(M): len(s); s.startswith("é", n - 3); s.endswith("é")
    return run
def p_set_discard_add(n):
    s = set(range(n))
    def run():
        for i in range(M): s.discard(i); s.add(i + n)
    return run
def p_list_del_end_slice(n):
    l = list(range(n + M))
    def run():
        for i in range(M): del l[-1:]
    return run
def p_list_copy_small_slice(n):
    l = list(range(n))
    def run():
        for i in range(M): l[n - 5:]
    return run
def p_int_bit_length(n):
    x = 1 << n
    def run():
        for i in range(M): x.bit_length(); x & 1; x > 5
    return run
def p_memoryview_index(n):
    m = memoryview(bytes(n))
    def run():
        for i in range(M): m[(i * 7919) % n]; m[i:i+5]
    return run
def p_dict_keys_in(n):
    d = {i: i for i in range(n)}
    ks = d.keys(); it = d.items()
    def run():
        for i in range(M): (i in ks); ((i, i) in it)
    return run
def p_enumerate_reversed(n):
    l = list(range(n))
    def run():
        for i in range(M): next(reversed(l)); next(iter(l))
    return run

names = [k for k in list(globals()) if k.startswith("p_")]
only = sys.argv[1:] 
for name in names:
    if only and name[2:] not in only: continue
    f = globals()[name]
    try:
        times = [t(f, n) for n in (10**4, 10**5, 10**6)]
    except Exception as e:
        print(f"{name[2:]:28} error {type(e).__name__}: {e}"); continue
    print(f"{name[2:]:28} " + " ".join(f"{x*1000:9.2f}ms" for x in times) + f"   ratio 1e6/1e4 = {times[2]/max(times[0],1e-9):7.1f}")
