"""Parsing of times by strptime formats: what time.strptime and
datetime.strptime call, as in CPython.

A format becomes a regular expression with a named group per directive
(matched ignoring case, whitespace in the format matching any run of
whitespace); the groups' texts then give the fields, with the C locale's
day and month names. pyvm's own code: no locale other than C.
"""

import re as _re
import time as _time
from datetime import date as _date, timedelta as _timedelta, timezone as _timezone

__all__ = []

_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                  "sunday")
_WEEKDAY_ABBREVIATIONS = tuple(name[:3] for name in _WEEKDAY_NAMES)
_MONTH_NAMES = ("", "january", "february", "march", "april", "may", "june", "july",
                "august", "september", "october", "november", "december")
_MONTH_ABBREVIATIONS = tuple(name[:3] for name in _MONTH_NAMES)
_AM_PM = ("am", "pm")

# The C locale's %c, %x and %X, as formats.
_LOCALE_FORMATS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}

_NUMBER_PATTERNS = {
    "d": r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "%": "%",
}

_REGEX_SPECIALS = set("\\.^$*+?(){}[]|")

_ISO_YEAR_ERROR = ("ISO year directive '%G' must be used with the ISO week directive '%V' "
                   "and a weekday directive ('%A', '%a', '%w', or '%u').")
_ISO_WEEK_ERROR = ("ISO week directive '%V' must be used with the ISO year directive '%G' "
                   "and a weekday directive ('%A', '%a', '%w', or '%u').")
_ISO_WEEK_WITH_YEAR_ERROR = ("ISO week directive '%V' is incompatible with the year "
                             "directive '%Y'. Use the ISO year '%G' instead.")
_ISO_YEAR_WITH_JULIAN_ERROR = ("Day of the year directive '%j' is not compatible with ISO "
                               "year directive '%G'. Use '%Y' instead.")


def _zone_names():
    """The names %Z knows: standard ones (UTC, GMT and the local standard
    zone's) and the local summer zone's, lowercase."""
    standard = ["utc", "gmt", _time.tzname[0].lower()]
    return standard, [_time.tzname[1].lower()]


def _alternatives(group, names):
    # Longest first, so that a name is not matched by one of its prefixes.
    unique = []
    for name in names:
        if name and name not in unique:
            unique.append(name)
    unique.sort(key=len, reverse=True)
    return "(?P<%s>%s)" % (group, "|".join(_re.escape(name) for name in unique))


def _directive_pattern(directive):
    pattern = _NUMBER_PATTERNS.get(directive)
    if pattern is not None:
        return pattern
    if directive == "a":
        return _alternatives("a", _WEEKDAY_ABBREVIATIONS)
    if directive == "A":
        return _alternatives("A", _WEEKDAY_NAMES)
    if directive == "b":
        return _alternatives("b", _MONTH_ABBREVIATIONS)
    if directive == "B":
        return _alternatives("B", _MONTH_NAMES)
    if directive == "p":
        return _alternatives("p", _AM_PM)
    if directive == "Z":
        standard, summer = _zone_names()
        return _alternatives("Z", standard + summer)
    if directive in _LOCALE_FORMATS:
        return _format_to_pattern(_LOCALE_FORMATS[directive], _LOCALE_FORMATS[directive])
    return None


def _format_to_pattern(format, whole_format):
    """The regular expression for `format`. A directive CPython's escaping
    would have turned into a backslash is reported as '%'."""
    pieces = []
    i, n = 0, len(format)
    while i < n:
        ch = format[i]
        if ch.isspace():
            while i < n and format[i].isspace():
                i += 1
            pieces.append(r"\s+")
            continue
        i += 1
        if ch != "%":
            pieces.append("\\" + ch if ch in _REGEX_SPECIALS else ch)
            continue
        if i == n:
            raise ValueError("stray %% in format '%s'" % whole_format)
        directive = format[i]
        i += 1
        pattern = None
        if not directive.isspace() and directive not in _REGEX_SPECIALS:
            pattern = _directive_pattern(directive)
        if pattern is None:
            bad = "%" if directive.isspace() or directive in _REGEX_SPECIALS else directive
            raise ValueError("'%s' is a bad directive in format '%s'" % (bad, whole_format))
        pieces.append(pattern)
    return "".join(pieces)


_compiled_formats = {}


def _compile(format):
    regex = _compiled_formats.get(format)
    if regex is None:
        if len(_compiled_formats) > 100:
            _compiled_formats.clear()
        regex = _re.compile(_format_to_pattern(format, format), _re.IGNORECASE)
        _compiled_formats[format] = regex
    return regex


def _utc_offset(text):
    """A %z text as seconds and microseconds east of UTC."""
    if text == "Z":
        return 0, 0
    digits = text
    if digits[3] == ":":
        digits = digits[:3] + digits[4:]
        if len(digits) > 5:
            if digits[5] != ":":
                raise ValueError("Inconsistent use of : in %s" % text)
            digits = digits[:5] + digits[6:]
    seconds = int(digits[1:3]) * 3600 + int(digits[3:5]) * 60 + int(digits[5:7] or 0)
    microseconds = int(digits[8:].ljust(6, "0"))
    if digits[0] == "-":
        return -seconds, -microseconds
    return seconds, microseconds


def _day_of_year_from_week(year, week, weekday, week_starts_monday):
    """The day of the year (1 = January 1; possibly outside the year) of a
    %U (weeks from Sunday) or %W (weeks from Monday) week and weekday
    (Monday is 0). Week 0 is the days before the year's first week start."""
    january_first = _date(year, 1, 1).weekday()
    if not week_starts_monday:  # count days from Sunday
        january_first = (january_first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - january_first
    days_before_week_1 = (7 - january_first) % 7
    return 1 + days_before_week_1 + 7 * (week - 1) + weekday


def _year_and_day_from_iso_week(iso_year, iso_week, iso_weekday):
    # January 4 is always in ISO week 1.
    correction = _date(iso_year, 1, 4).isoweekday() + 3
    day_of_year = iso_week * 7 + iso_weekday - correction
    if day_of_year < 1:
        day_of_year += _date(iso_year, 1, 1).toordinal()
        iso_year -= 1
        day_of_year -= _date(iso_year, 1, 1).toordinal()
    return iso_year, day_of_year


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """The fields of data_string read by format: the 11 fields of a
    struct_time (with the zone name and UTC offset, or None), the
    microseconds, and the microseconds of the UTC offset."""
    for index, argument in enumerate((data_string, format)):
        if not isinstance(argument, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (index, type(argument)))
    found = _compile(format).match(data_string)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if found.end() != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])

    year = iso_year = None
    month = day = 1
    hour = minute = second = fraction = 0
    isdst = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = weekday = julian = None
    week_starts_monday = False
    groups = found.groupdict()
    # In the order of the format: a later directive wins over an earlier.
    for key, text in groups.items():
        if key == "y":
            year = int(text)
            year += 2000 if year <= 68 else 1900  # POSIX's pivot
        elif key == "Y":
            year = int(text)
        elif key == "G":
            iso_year = int(text)
        elif key == "m":
            month = int(text)
        elif key == "B":
            month = _MONTH_NAMES.index(text.lower())
        elif key == "b":
            month = _MONTH_ABBREVIATIONS.index(text.lower())
        elif key == "d":
            day = int(text)
        elif key == "H":
            hour = int(text)
        elif key == "I":
            hour = int(text)
            meridian = (groups.get("p") or "").lower()
            if meridian in ("", "am"):
                if hour == 12:
                    hour = 0
            elif meridian == "pm" and hour != 12:
                hour += 12
        elif key == "M":
            minute = int(text)
        elif key == "S":
            second = int(text)
        elif key == "f":
            fraction = int(text.ljust(6, "0"))
        elif key == "A":
            weekday = _WEEKDAY_NAMES.index(text.lower())
        elif key == "a":
            weekday = _WEEKDAY_ABBREVIATIONS.index(text.lower())
        elif key == "w":
            weekday = (int(text) + 6) % 7
        elif key == "u":
            weekday = int(text) - 1
        elif key == "j":
            julian = int(text)
        elif key in ("U", "W"):
            week_of_year = int(text)
            week_starts_monday = key == "W"
        elif key == "V":
            iso_week = int(text)
        elif key == "z":
            gmtoff, gmtoff_fraction = _utc_offset(text)
        elif key == "Z":
            isdst = _zone_isdst(text.lower(), isdst)

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError(_ISO_YEAR_ERROR)
        if julian is not None:
            raise ValueError(_ISO_YEAR_WITH_JULIAN_ERROR)
    elif iso_week is not None and week_of_year is None:
        raise ValueError(_ISO_WEEK_ERROR if weekday is None else _ISO_WEEK_WITH_YEAR_ERROR)

    # Without a year, February 29 is read in a leap year, reported as 1900.
    february_29 = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if february_29 else 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _day_of_year_from_week(year, week_of_year, weekday, week_starts_monday)
        elif iso_year is not None and iso_week is not None:
            year, julian = _year_and_day_from_iso_week(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365

    if julian is None:
        julian = _date(year, month, day).toordinal() - _date(year, 1, 1).toordinal() + 1
    else:
        result = _date.fromordinal(julian - 1 + _date(year, 1, 1).toordinal())
        year, month, day = result.year, result.month, result.day
    if weekday is None:
        weekday = _date(year, month, day).weekday()
    if february_29:
        year = 1900

    fields = (year, month, day, hour, minute, second, weekday, julian, isdst,
              groups.get("Z"), gmtoff)
    return fields, fraction, gmtoff_fraction


def _zone_isdst(name, isdst):
    # 0 for a standard zone, 1 for the local summer zone; -1 (unknown)
    # when the local zone has one name for both but keeps summer time.
    standard, summer = _zone_names()
    for value, names in enumerate((standard, summer)):
        if name in names:
            if (_time.tzname[0] == _time.tzname[1] and _time.daylight
                    and name not in ("utc", "gmt")):
                return isdst
            return value
    return isdst


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a struct_time."""
    fields = _strptime(data_string, format)[0]
    return _time.struct_time(fields[:9])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """datetime.strptime: an instance of cls, aware when the format has %z."""
    fields, fraction, gmtoff_fraction = _strptime(data_string, format)
    zone_name, gmtoff = fields[-2:]
    arguments = fields[:6] + (fraction,)
    if gmtoff is not None:
        offset = _timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        zone = _timezone(offset, zone_name) if zone_name else _timezone(offset)
        arguments += (zone,)
    return cls(*arguments)
