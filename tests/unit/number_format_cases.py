# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints the expected-value tables of number_format_test.cpp, computed by CPython.

Run with python3 3.11 and paste each printed table over the one of the same
name in number_format_test.cpp. Kept so the expectations can be regenerated
(or extended) from the real interpreter instead of typed by hand.
"""
import math

INF = float("inf")
NAN = float("nan")


def cpp_string(text):
    """A C++ UTF-8 std::string_view literal for text (it may hold NULs)."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32 or ord(ch) == 127:
            out.append("\\x%02x\" \"" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"sv'


def cpp_double(value):
    if math.isnan(value):
        return "-kNan" if math.copysign(1, value) < 0 else "kNan"
    if math.isinf(value):
        return "-kInf" if value < 0 else "kInf"
    return repr(value)


def outcome(thunk):
    """(True, result) or (False, 'Kind: message')."""
    try:
        return True, thunk()
    except (ValueError, OverflowError) as error:
        return False, "%s: %s" % (type(error).__name__, error)


def table(name, rows):
    print("// %s" % name)
    for row in rows:
        print("    {%s}," % ", ".join(row))
    print()


REPR = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 1e16, 1e15, 9999999999999998.0, 1e-05, 0.0001,
        1.5e-07, 123456789.0, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 1e22, 1e23,
        9.999999999999999e22, 0.30000000000000004, 1 / 3, 2.0 ** 53, 2.0 ** 53 + 2, 123.456, 1e100,
        -1.25e-10, 2e16 + 8, INF, -INF, NAN, 4.35, 100.0, 1e-7, 3.141592653589793]

FLOAT_SPECS = [
    (1.5, ""), (1e16, ""), (1.5, "10"), (1e16, ".3"), (100.0, ".3"), (1.5, ".0"), (0.0, ".3"),
    (123456789.0, ".3"), (1.0, "#"), (1e16, "#"), (-0.0, "z"), (-0.0, "z.1f"), (-0.001, "z.1f"),
    (-0.001, ".1f"), (-1.5, "z"), (NAN, "+"), (NAN, "F"), (INF, "F"), (-INF, "e"), (INF, "010"),
    (INF, "010,"), (-INF, "=+8"), (3.14159, "f"), (3.14159, ".2f"), (2.675, ".2f"),
    (0.5, ".0f"), (1.5, ".0f"), (2.5, ".0f"), (0.125, ".2f"), (1e100, "f"), (1e22, "f"),
    (1e23, "f"), (9.999999999999999e22, "f"), (0.1, ".30f"), (5e-324, ".30e"), (5e-324, "f"),
    (5e-324, "g"), (1e-7, "g"), (1e-5, "g"), (0.0001, "g"), (123456.0, "g"), (1234567.0, "g"),
    (1234567.0, "G"), (1e-10, "G"), (1.0, "#g"), (1.0, "#.0f"), (1.0, "#.0e"), (0.0, "#.3g"),
    (123456789.0, "e"), (12345.678, "E"), (0.0, "e"), (-0.0, "e"), (1e300, ".2e"),
    (5e-324, ".0e"), (12.0, "%"), (0.5, ".1%"), (-0.25, "+.0%"), (1234567.891, ",.2f"),
    (1234567.891, "_.2f"), (1234567.891, ","), (1234.5, "012,.1f"), (1234.5, "0=12,.1f"),
    (-1234.5, "012,.1f"), (1234.5, "*^15,.2f"), (1e16, ","), (1.5, "=+10"), (1.5, "010"),
    (-1.5, "010"), (1.5, "<010"), (1.5, "^9"), (1.5, "x^10.3f"), (-1.5, " "), (1.5, " "),
    (1.5, "+"), (1.5, "-"), (1.5, "é>8"), (1e16, "n"), (1234567.0, "n"), (1.5, "n"),
    (0.1, ".17g"), (0.1, ".55g"), (1e-4, ".3"), (1e-5, ".3"), (1234.0, ".2"), (12.0, ".2"),
    (1.0, ".1"), (9.5, ".1"), (1.5, "30"), (1.5, "1000"), (2.0 ** 60, "f"), (123.0, "_"),
    (1.5, "\x00"), (1.5, ".3000000000f"), (1.5, "d"), (1.5, "c"), (1.5, "s"), (1.5, "é"),
    (1.5, ".f"), (1.5, "abc"), (1.5, ",_"), (1.5, "_,"), (1.5, ",,"), (1.5, ",n"),
    (1.5, "_n"), (-0.0001, "z.1%"), (-0.0, "z%"), (-1e-9, "z.2e"), (-0.0, "+z08.3f"),
    (1.5, "99999999999999999999"), (1.5, ".99999999999999999999"), (1.5, "\x01"),
]

INT_SPECS = [
    ("0", ""), ("1234", ""), ("-1234", ""), ("1234", "d"), ("1234", ","), ("1234567", ","),
    ("1234567", "_"), ("-1234567", ",d"), ("1234", "012,"), ("1234", "09,"), ("1234", "010,"),
    ("1234", "0=12,"), ("1234", "0>12,"), ("1234", "<012,"), ("1234", "x=12,"),
    ("1234", "08_x"), ("-1234", "_x"), ("255", "#010b"), ("255", "#b"), ("255", "_b"),
    ("8", "#o"), ("255", "#x"), ("255", "#X"), ("255", "X"), ("-255", "#010X"),
    ("3", "=+5"), ("3", "+"), ("-3", "+"), ("3", " "), ("-3", " "), ("3", "-"), ("42", "^7"),
    ("42", "*<6"), ("42", "é>6"), ("65", "c"), ("65", "05c"), ("65", ">5c"), ("128512", "^5c"),
    ("233", "c"), ("0", "c"), ("1234", "n"), ("1234", "010n"), ("123456789012345678901234567890", ","),
    ("-123456789012345678901234567890", "_x"), ("1", "%"), ("1", ".2%"), ("1234567", ",.2f"),
    ("3", "e"), ("123456789", "e"), ("10", "g"), ("10", ".0f"), ("-7", "F"), ("0", "#x"), ("0", "#o"),
    ("9", "1000"), ("1", "z"), ("5", ".2"), ("5", "+c"), ("5", "#c"), ("5", ",c"),
    ("-1", "c"), ("1114112", "c"), ("9223372036854775808", "c"), ("-9223372036854775808", "c"),
    ("1", "s"), ("1", "#s"), ("1", "\x00"), ("1", "é"), ("1", "x,"), ("1", "_n"), ("1", ",n"),
    ("1", ",,"), ("1", "__"), ("1", ",b"), ("1", "abc"), ("1", "."),
]

STR_SPECS = [
    ("ab", ""), ("ab", "^7"), ("ab", "*>5.1"), ("ab", "05"), ("ab", "<5"), ("ab", ">5"),
    ("abc", "^6"), ("abcdef", ".3"), ("abcdef", "10.3"), ("é", "x^6"), ("ab", "é>5"),
    ("日本語", ".2"), ("日本語", "*^7"), ("😀x", ".1"), ("ab", "s"), ("ab", "1"), ("", "3"),
    ("ab", "+"), ("ab", " "), ("ab", "z"), ("ab", "#"), ("ab", "="), ("ab", "0="), ("ab", ","),
    ("ab", "_"), ("ab", "d"), ("ab", ",d"), ("ab", "+d"), ("ab", "x,"),
]

PRINTF_INT = [
    ("%d", "42"), ("%i", "-42"), ("%u", "7"), ("%5d", "42"), ("%-5d|", "42"), ("%05d", "-42"),
    ("%+d", "5"), ("% d", "5"), ("% d", "-5"), ("%+05d", "42"), ("% 05d", "42"), ("%-05d|", "3"),
    ("%.5d", "3"), ("%.0d", "0"), ("%+.3d", "-7"), ("%05.3d", "7"), ("%8.3d", "-7"),
    ("%x", "255"), ("%X", "255"), ("%#x", "255"), ("%#X", "255"), ("%#o", "8"), ("%o", "8"),
    ("%#08x", "-255"), ("%#8x", "255"), ("%-#8x|", "255"), ("%#.3x", "5"), ("%#05o", "8"),
    ("%+x", "255"), ("% x", "255"), ("%#.3o", "0"), ("%x", "-255"),
    ("%d", "123456789012345678901234567890"),
]

PRINTF_FLOAT = [
    ("%f", 3.14159), ("%.3g", 3.14159), ("%08.2f", -3.14159), ("%e", 12345.678), ("%g", 1e-5),
    ("%g", 1e-4), ("%g", 1e16), ("%g", 123456.0), ("%g", 1234567.0), ("%G", 1e-10), ("%#g", 1.0),
    ("%#.0f", 1.0), ("%#.0e", 1.0), ("%.0g", 123.0), ("%.0f", 0.5), ("%.0f", 1.5),
    ("%.2f", 2.675), ("%-8.3f|", -1.5), ("%+f", 1.5), ("% f", 1.5), ("%+.1e", -0.0),
    ("%f", INF), ("%F", INF), ("%E", -INF), ("%F", NAN), ("%+f", NAN), ("% f", INF),
    ("%05f", INF), ("%-6f|", NAN), ("%.30f", 0.1), ("%f", 1e100), ("%10.4E", 0.000123),
    ("%.1f", 0.05), ("%.1f", 0.25), ("%.1f", 0.35),
]

PRINTF_STR = [
    ("%s", "abc"), ("%5s", "ab"), ("%-5s|", "ab"), ("%05s", "ab"), ("%-05s|", "ab"),
    ("%.2s", "abc"), ("%010.3s", "abcdef"), ("%.0s", "abc"), ("%4s", "é"), ("%.1s", "日本"),
    ("%5c", "a"), ("%-5c|", "a"), ("%.0c", "a"),
]

ROUND = [
    (2.675, 2), (0.125, 2), (0.375, 2), (1.005, 2), (1234.5678, -2), (2.5, 0), (3.5, 0),
    (-0.4, 0), (-2.5, 0), (0.5, 0), (50.0, -2), (150.0, -2), (250.0, -2), (14.6, -1),
    (15.0, -1), (25.0, -1), (5e-324, 323), (5e-324, 324), (1.7976931348623157e308, -308),
    (1e300, -300), (1e300, -301), (123.456, 1), (123.456, 5), (0.1, 20), (-123.456, -1),
    (1e22, -22), (4.35, 1), (0.285, 2), (1.15, 1), (INF, 2), (-INF, -2), (NAN, 0),
    (123.456, -309), (-123.456, -309), (123.456, 400), (0.0, 2), (-0.0, -3), (5.5e-300, 300),
    (9.5, -1), (999.9, -3), (2.0 ** 70, -5),
]

ROUND_HALF_EVEN = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4, 2.6, -2.6, 0.49999999999999994,
                   4503599627370497.0, 1e300, -0.0]

PARSE = [
    "1.5", " 1.5\n", "-0", "  -0  ", "+1e5", "1e-5", "1E+05", ".5", "5.", "1.e5", "1_000.5",
    " 1_0 ", "1e1_0", "1_2.3_4e5_6", "inf", "-iNF", "+infinity", "InFiNiTy", "nan", "-nan", "NaN",
    "1e5000", "-1e5000", "1e-5000", "1e99999999999999999999", "-1e-99999999999999999999",
    "2.4703282292062328e-324", "2.4703282292062327e-324", "1.7976931348623158e308",
    "1.7976931348623159e308", "0.1", "9007199254740993", "0.30000000000000004",
    "１２.５", "١٢٣", "\u20001.5\u3000", "\t\n\x0b\x0c\r 7",
    "00000000000000000000000000001.5", "0." + "0" * 400 + "1e400",
    "1__0", "_1", "1_", "1_.5", "1._5", "1e_10", "1_e5", ".e5", ".", "", "  ", "+-1", "--1",
    "- 1", "infinit", "infinityy", "nan(1)", "0x10", "1e", "1e+", "1e5.5", "1.5.5", "1\x00",
    "\x1c1", "1 2", "é", "+", "e5", "in f", "1,5",
]


def main():
    table("kReprCases", [(cpp_double(v), cpp_string(repr(v))) for v in REPR])

    rows = []
    for value, spec in FLOAT_SPECS:
        ok, result = outcome(lambda: format(value, spec))
        rows.append((cpp_double(value), cpp_string(spec), cpp_string(result)))
    table("kFloatFormatCases", rows)

    rows = []
    for value, spec in INT_SPECS:
        ok, result = outcome(lambda: format(int(value), spec))
        rows.append((cpp_string(value), cpp_string(spec), cpp_string(result)))
    table("kIntegerFormatCases", rows)

    rows = []
    for value, spec in STR_SPECS:
        ok, result = outcome(lambda: format(value, spec))
        rows.append((cpp_string(value), cpp_string(spec), cpp_string(result)))
    table("kStringFormatCases", rows)

    table("kPrintfIntegerCases",
          [(cpp_string(f), cpp_string(v), cpp_string(f % int(v))) for f, v in PRINTF_INT])
    table("kPrintfFloatCases",
          [(cpp_string(f), cpp_double(v), cpp_string(f % v)) for f, v in PRINTF_FLOAT])
    table("kPrintfStringCases",
          [(cpp_string(f), cpp_string(v), cpp_string(f % v)) for f, v in PRINTF_STR])

    rows = []
    for value, ndigits in ROUND:
        ok, result = outcome(lambda: round(value, ndigits))
        rows.append((cpp_double(value), str(ndigits), cpp_string(repr(result) if ok else result)))
    table("kRoundCases", rows)
    table("kRoundHalfEvenCases",
          [(cpp_double(v), cpp_double(float(round(v)))) for v in ROUND_HALF_EVEN])

    rows = []
    for text in PARSE:
        ok, result = outcome(lambda: float(text))
        # A plain literal: the column is a const char* so that it can be nullptr.
        rows.append((cpp_string(text), cpp_string(repr(result))[:-2] if ok else "nullptr"))
    table("kParseFloatCases", rows)


if __name__ == "__main__":
    main()
