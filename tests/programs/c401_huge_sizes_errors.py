# Sizes too big for memory or for a C size: the exception CPython raises
# for each (OverflowError for a size beyond the largest ssize_t or a
# precision beyond a C int, ValueError for such a width written in the
# format, MemoryError for one that fits but cannot be allocated).
import sys


def attempt(label, make):
    try:
        result = make()
        print(label, "made", len(result))
    except (OverflowError, ValueError, MemoryError) as e:
        print(label, type(e).__name__, e)


attempt("to_bytes(maxsize)", lambda: (0).to_bytes(sys.maxsize))
attempt("to_bytes(maxsize - 33)", lambda: (0).to_bytes(sys.maxsize - 33))
attempt("2**100 to_bytes(maxsize)", lambda: (2**100).to_bytes(sys.maxsize))
attempt("to_bytes(2**63)", lambda: (0).to_bytes(2**63))
attempt("to_bytes(2**62)", lambda: (0).to_bytes(2**62))
attempt("-1 to_bytes(2**62)", lambda: (-1).to_bytes(2**62, "big", signed=True))
attempt("2**100 to_bytes(2)", lambda: (2**100).to_bytes(2, "little"))
attempt("to_bytes(3)", lambda: (-2).to_bytes(3, "little", signed=True))
attempt("%1000000000000d", lambda: "%1000000000000d" % 1)
attempt("%-1000000000000s", lambda: "%-1000000000000s" % "a")
attempt("%9223372036854775807d", lambda: "%9223372036854775807d" % 1)
attempt("%9223372036854775808d", lambda: "%9223372036854775808d" % 1)
attempt("%.2147483648f", lambda: "%.2147483648f" % 1.0)
attempt("%.1000000000000f", lambda: "%.1000000000000f" % 1.0)
attempt("%*d 2**63", lambda: "%*d" % (2**63, 1))
attempt("%*d -2**63", lambda: "%*d" % (-2**63, 1))
attempt("%*d 10**12", lambda: "%*d" % (10**12, 1))
attempt("%.*f 2**31", lambda: "%.*f" % (2**31, 1.0))
attempt("%5.*d", lambda: "%5.*d" % (3, 7))
attempt("format >1000000000000", lambda: format(1, ">1000000000000"))
attempt("format str <1000000000000", lambda: format("a", "<1000000000000"))
attempt("format float ^1000000000000", lambda: format(1.5, "^1000000000000"))
attempt("str.format", lambda: "{:>1000000000000}".format(1))
print("still running")
