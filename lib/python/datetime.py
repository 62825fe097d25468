"""Dates, times, durations and time zones.

pyvm's own datetime: CPython writes its datetime in C, so its classes
are named `datetime.date` in messages and reprs (set through _pyvm below)
and their arithmetic, rounding, text forms and errors follow the C
module's. Dates count days from 0001-01-01 (ordinal 1) in the proleptic
Gregorian calendar; durations are whole microseconds.
"""

import time as _time
import math as _math

from _pyvm import set_message_name as _set_message_name

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_MAX_DELTA_DAYS = 999999999
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_ORDINAL = 3652059            # 9999-12-31
_EPOCH_ORDINAL = 719163           # 1970-01-01
_MAX_FOLD_SECONDS = 24 * 3600     # how far apart two readings of a local time can be

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# The names CPython's C types have in messages and reprs, by class (a
# subclass a program defines goes by its own bare name, as in CPython).
_C_TYPE_NAMES = {}


def _type_name(obj):
    cls = type(obj)
    return _C_TYPE_NAMES.get(cls) or cls.__name__


# ---- calendar arithmetic

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    previous = year - 1
    return previous * 365 + previous // 4 - previous // 100 + previous // 400


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ordinal_to_ymd(ordinal):
    # Whole 400-, 100-, 4- and 1-year cycles from 0001-01-01; the last day
    # of a leap cycle (a fourth 100-year or 1-year step) is December 31.
    days = ordinal - 1
    cycles400, days = divmod(days, 146097)
    cycles100, days = divmod(days, 36524)
    cycles4, days = divmod(days, 1461)
    years, days = divmod(days, 365)
    year = cycles400 * 400 + cycles100 * 100 + cycles4 * 4 + years + 1
    if years == 4 or cycles100 == 4:
        return year - 1, 12, 31
    # The year is leap when it ends a 4-year cycle that is not a century's
    # end, unless that century ends a 400-year cycle.
    leap = years == 3 and (cycles4 != 24 or cycles100 == 3)
    month = days // 32 + 1  # no later than the day's month: months have < 32 days
    while month < 12 and days >= _DAYS_BEFORE_MONTH[month + 1] + (leap and month + 1 > 2):
        month += 1
    return year, month, days - (_DAYS_BEFORE_MONTH[month] + (leap and month > 2)) + 1


def _iso_week1_monday(year):
    # The Monday of the week holding the year's first Thursday.
    first = _days_before_year(year) + 1
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _index(value):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % _type_name(value))
    return method(value)


def _check_date_fields(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute = _index(hour), _index(minute)
    second, microsecond = _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    fold = _index(fold)
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % _type_name(tz))


def _argument_type_name(value):
    # How CPython's argument errors name a value's type.
    return "None" if value is None else _type_name(value)


def _missing_argument(name, position):
    raise TypeError("function missing required argument '%s' (pos %d)" % (name, position))


def _divide_round_half_even(numerator, denominator):
    if denominator == 0:
        raise ZeroDivisionError("integer division or modulo by zero")
    quotient, remainder = divmod(numerator, denominator)
    # numerator/denominator = quotient + remainder/denominator, the
    # fraction in [0, 1): round up past a half, or at a half to even.
    twice = 2 * remainder
    above_half = twice > denominator if denominator > 0 else twice < denominator
    if above_half or (twice == denominator and quotient % 2 == 1):
        quotient += 1
    return quotient


# ---- calls to tzinfo methods, with CPython's checks of their results

def _checked_offset(tz, method, arg):
    if tz is None:
        return None
    offset = getattr(tz, method)(arg)
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (method, _type_name(offset)))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return offset


def _checked_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % _type_name(name))
    return name


def _format_offset(offset, separator):
    # +HH:MM, with :SS and .ffffff only when not zero.
    if offset is None:
        return ""
    sign = "+"
    if offset.days < 0:
        sign = "-"
        offset = -offset
    minutes, seconds = divmod(offset.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = "%s%02d%s%02d" % (sign, hours, separator, minutes)
    if seconds or offset.microseconds:
        text += "%s%02d" % (separator, seconds)
        if offset.microseconds:
            text += ".%06d" % offset.microseconds
    return text


def _format_time(hour, minute, second, microsecond, timespec, position):
    if not isinstance(timespec, str):
        raise TypeError("isoformat() argument %d must be str, not %s"
                        % (position, _argument_type_name(timespec)))
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, microsecond // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, microsecond)
    raise ValueError("Unknown timespec value")


def _check_format_argument(fmt, function, position):
    if not isinstance(fmt, str):
        raise TypeError("%s() argument %d must be str, not %s"
                        % (function, position, _argument_type_name(fmt)))


def _strftime(obj, fmt, fields):
    # %z, %Z and %f are the object's own (CPython replaces them before the
    # C library's strftime sees the format); the rest is time.strftime's.
    _check_format_argument(fmt, "strftime", 1)
    zoned = isinstance(obj, (time, datetime))  # a plain date has no time zone
    pieces = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != "%" or i + 1 == n:
            pieces.append(ch)
            i += 1
            continue
        directive = fmt[i + 1]
        i += 2
        if directive == "z":
            pieces.append(_format_offset(obj.utcoffset() if zoned else None, ""))
        elif directive == "Z":
            name = obj.tzname() if zoned else None
            pieces.append("" if name is None else name.replace("%", "%%"))
        elif directive == "f":
            pieces.append("%06d" % getattr(obj, "microsecond", 0))
        else:
            pieces.append("%" + directive)
    return _time.strftime("".join(pieces), fields)


def _check_format_spec(fmt):
    if not isinstance(fmt, str):
        raise TypeError("__format__() argument 1 must be str, not %s" % _argument_type_name(fmt))


def _read_only_field(name):
    """The property of a field kept in the slot `_name` (assigning it fails
    with CPython's message: see _make_read_only)."""
    private = "_" + name
    return property(lambda self: getattr(self, private))


# ---- ISO 8601 text (what CPython 3.11's fromisoformat methods accept)


class _IsoError(Exception):
    pass


def _digits(text, start, count):
    piece = text[start:start + count]
    if len(piece) != count or not all("0" <= c <= "9" for c in piece):
        raise _IsoError
    return int(piece)


def _char_at(text, index):
    # Past the end reads as "" (where CPython's parser reads the NUL).
    return text[index] if index < len(text) else ""


def _parse_iso_date(text):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]; CPython's parser stops
    # once it has a date, so what follows is not looked at.
    year = _digits(text, 0, 4)
    pos = 4
    extended = _char_at(text, pos) == "-"
    if extended:
        pos += 1
    if _char_at(text, pos) == "W":
        week = _digits(text, pos + 1, 2)
        pos += 3
        day = 1
        if pos < len(text):
            if extended:
                if text[pos] != "-":
                    raise _IsoError
                pos += 1
            day = _digits(text, pos, 1)
        if not 1 <= day <= 7:
            raise _IsoError
        if not 1 <= week <= 52 and not (week == 53 and _has_week_53(year)):
            raise _IsoError
        return _ordinal_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)
    month = _digits(text, pos, 2)
    pos += 2
    if extended:
        if _char_at(text, pos) != "-":
            raise _IsoError
        pos += 1
    return year, month, _digits(text, pos, 2)


def _has_week_53(year):
    first_weekday = (_days_before_year(year) + 1 + 6) % 7
    return first_weekday == 3 or (first_weekday == 2 and _is_leap(year))


def _parse_clock(text, start, end):
    """HH[:MM[:SS[.f+]]] or HHMMSS in text[start:end]: the four fields, and
    whether something other than the end of the text follows."""
    fields = [0, 0, 0]
    pos = start
    colons = True
    fraction = False
    for i in range(3):
        fields[i] = _digits(text, pos, 2)
        pos += 2
        ch = _char_at(text, pos)
        pos += 1
        if i == 0:
            colons = ch == ":"
        if pos >= end:
            return fields + [0], ch != ""
        if colons and ch == ":":
            continue
        if ch in (".", ","):
            fraction = True
            break
        if colons:
            raise _IsoError
        pos -= 1
    microsecond = 0
    if fraction or pos < end:
        count = min(end - pos, 6)
        if count == 0:
            raise _IsoError
        microsecond = _digits(text, pos, count) * 10 ** (6 - count)
        pos += count
        while "0" <= _char_at(text, pos) <= "9":
            pos += 1
    return fields + [microsecond], _char_at(text, pos) != ""


def _parse_iso_time(text, start):
    """The time fields and the UTC offset (a timedelta or None) of
    text[start:]."""
    end = start
    while end < len(text) and text[end] not in "Z+-":
        end += 1
    clock, more = _parse_clock(text, start, end)
    if end == len(text):
        if more:
            raise _IsoError
        return clock, None
    if text[end] == "Z":
        if end + 1 != len(text):
            raise _IsoError
        return clock, timedelta(0)
    sign = -1 if text[end] == "-" else 1
    zone, more = _parse_clock(text, end + 1, len(text))
    if more:
        raise _IsoError
    hours, minutes, seconds, microseconds = zone
    return clock, timedelta(seconds=sign * (hours * 3600 + minutes * 60 + seconds),
                            microseconds=sign * microseconds)


def _zone_from_offset(offset):
    if offset is None:
        return None
    if not offset:
        return timezone.utc
    return timezone(offset)


def _date_separator_position(text):
    # Where the date of a datetime string ends: dates take 7, 8 or 10
    # characters, guessed from the shape of the text as CPython does.
    if len(text) == 7:
        return 7
    if _char_at(text, 4) == "-":
        if _char_at(text, 5) != "W":
            return 10
        if len(text) < 8:
            return -1
        if len(text) > 8 and text[8] == "-":
            if len(text) == 9:
                return -1
            if len(text) > 10 and "0" <= text[10] <= "9":
                return 8
            return 10
        return 8
    if _char_at(text, 4) == "W":
        end = 7
        while end < len(text) and "0" <= text[end] <= "9":
            end += 1
        if end < 9:
            return end
        return 7 if end % 2 == 0 else 8
    return 8


def _check_isoformat_argument(text):
    if not isinstance(text, str):
        raise TypeError("fromisoformat: argument must be str")


def _invalid_isoformat(text):
    return ValueError("Invalid isoformat string: %r" % (text,))


# ---- local time, from the time module

def _seconds_of_fields(year, month, day, hour, minute, second):
    # The fields read as UTC: seconds since 1970.
    days = _ymd_to_ordinal(year, month, day) - _EPOCH_ORDINAL
    return days * 86400 + hour * 3600 + minute * 60 + second


def _local_reading(seconds):
    # The local wall clock at `seconds` since 1970, as seconds read as UTC.
    fields = _time.localtime(seconds)
    return _seconds_of_fields(fields[0], fields[1], fields[2], fields[3], fields[4],
                              min(fields[5], 59))


def _local_to_seconds(year, month, day, hour, minute, second, fold):
    """The moment (seconds since 1970) at which the local clock reads the
    given fields: of two such moments the first (fold 0) or the second
    (fold 1); in a gap, the reading past it with the offset before
    (fold 0) or after (fold 1)."""
    wall = _seconds_of_fields(year, month, day, hour, minute, second)
    offset_a = _local_reading(wall) - wall
    guess_a = wall - offset_a
    reading_a = _local_reading(guess_a)
    if reading_a == wall:
        probe = guess_a + (_MAX_FOLD_SECONDS if fold else -_MAX_FOLD_SECONDS)
        offset_b = _local_reading(probe) - probe
        if offset_a == offset_b:
            return guess_a
    else:
        offset_b = reading_a - guess_a
    guess_b = wall - offset_b
    if _local_reading(guess_b) == wall:
        return guess_b
    if reading_a == wall:
        return guess_a
    return min(guess_a, guess_b) if fold else max(guess_a, guess_b)


def _local_timezone_at(seconds):
    # The local zone's offset and name at that moment, as a fixed zone.
    offset = timedelta(seconds=_local_reading(seconds) - seconds)
    return timezone(offset, _time.strftime("%Z", _time.localtime(seconds)))


def _split_timestamp(t):
    """A timestamp as whole seconds and microseconds (rounded half to even)."""
    if isinstance(t, int):
        if not -2 ** 63 <= t < 2 ** 63:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(t), 0
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        fraction, whole = _math.modf(t)
        microsecond = round(fraction * 1e6)
        if microsecond >= 1000000:
            microsecond -= 1000000
            whole += 1
        elif microsecond < 0:
            microsecond += 1000000
            whole -= 1
        if not -9.2e18 <= whole <= 9.2e18:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(whole), int(microsecond)
    return _split_timestamp(_index(t))


def _utc_fields(seconds):
    days, second_of_day = divmod(seconds, 86400)
    year, month, day = _ordinal_to_ymd(days + _EPOCH_ORDINAL)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    hour, rest = divmod(second_of_day, 3600)
    minute, second = divmod(rest, 60)
    return year, month, day, hour, minute, second


def _local_fields(seconds):
    fields = _time.localtime(seconds)
    if not MINYEAR <= fields[0] <= MAXYEAR:
        raise ValueError("year %d is out of range" % fields[0])
    return fields[0], fields[1], fields[2], fields[3], fields[4], min(fields[5], 59)


def _local_fold(seconds, fields):
    # 1 when the local clock already read these fields earlier (the second
    # of two readings after the clocks were put back).
    reading = _seconds_of_fields(*fields)
    transition = reading - _local_reading(seconds - _MAX_FOLD_SECONDS) - _MAX_FOLD_SECONDS
    if transition < 0 and _local_reading(seconds + transition) == reading:
        return 1
    return 0


def _rebuild(cls, fields):
    # What copy and pickle call for a time or datetime (with its fold).
    return cls(*fields[:-1], fold=fields[-1])


# ---- timedelta

class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ("_days", "_seconds", "_microseconds")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                hours=0, weeks=0):
        # Integers count exactly; each float's fraction of a microsecond is
        # gathered and rounded once at the end, half to even.
        total = 0
        leftover = 0.0
        for name, value, scale in (("microseconds", microseconds, 1),
                                   ("milliseconds", milliseconds, 1000),
                                   ("seconds", seconds, _US_PER_SECOND),
                                   ("minutes", minutes, 60 * _US_PER_SECOND),
                                   ("hours", hours, 3600 * _US_PER_SECOND),
                                   ("days", days, _US_PER_DAY),
                                   ("weeks", weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                total += value * scale
            elif isinstance(value, float):
                fraction, whole = _math.modf(value)
                total += int(whole) * scale
                if fraction:
                    fraction, whole = _math.modf(scale * fraction)
                    total += int(whole)
                    leftover += fraction
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, _type_name(value)))
        if leftover:
            rounded = round(leftover)
            if abs(rounded - leftover) == 0.5 and (total + int(rounded)) % 2:
                rounded = _math.floor(leftover) if rounded > leftover else _math.ceil(leftover)
            total += int(rounded)
        return _timedelta_from_microseconds(total, cls)

    days = _read_only_field("days")
    seconds = _read_only_field("seconds")
    microseconds = _read_only_field("microseconds")

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / _US_PER_SECOND

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_type_name(self), ", ".join(parts) or "0")

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            text = "%d day%s, %s" % (self._days, plural, text)
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _timedelta_from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _timedelta_from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _timedelta_from_microseconds(other._to_microseconds() - self._to_microseconds())
        return NotImplemented

    def __neg__(self):
        return _timedelta_from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return _timedelta_from_microseconds(self._to_microseconds())

    def __abs__(self):
        return _timedelta_from_microseconds(abs(self._to_microseconds()))

    def __mul__(self, other):
        if isinstance(other, int):
            return _timedelta_from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            return _timedelta_from_microseconds(
                _divide_round_half_even(self._to_microseconds() * numerator, denominator))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, int):
            return _timedelta_from_microseconds(
                _divide_round_half_even(self._to_microseconds(), other))
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            return _timedelta_from_microseconds(
                _divide_round_half_even(self._to_microseconds() * denominator, numerator))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_microseconds() // divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _timedelta_from_microseconds(self._to_microseconds() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _timedelta_from_microseconds(self._to_microseconds() % divisor)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            quotient, remainder = divmod(self._to_microseconds(), divisor)
            return quotient, _timedelta_from_microseconds(remainder)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())


def _timedelta_from_microseconds(total, cls=timedelta):
    seconds, microseconds = divmod(total, _US_PER_SECOND)
    days, seconds = divmod(seconds, 86400)
    if not -2 ** 31 <= days < 2 ** 31:  # CPython's C int
        raise OverflowError("Python int too large to convert to C int")
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DELTA_DAYS))
    self = object.__new__(cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = microseconds
    return self


timedelta.min = _timedelta_from_microseconds(-_MAX_DELTA_DAYS * _US_PER_DAY)
timedelta.max = _timedelta_from_microseconds((_MAX_DELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _timedelta_from_microseconds(1)


# ---- date

class date:
    """A day of the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year, month=None, day=None):
        if month is None:
            _missing_argument("month", 2)
        if day is None:
            _missing_argument("day", 3)
        year, month, day = _check_date_fields(year, month, day)
        return _new_date(cls, year, month, day)

    # -- other constructors

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        fields = _time.localtime(t)
        return cls(fields[0], fields[1], fields[2])

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        year, month, day = _ordinal_to_ymd(n)
        return cls(year, month, day)

    @classmethod
    def fromisoformat(cls, date_string):
        _check_isoformat_argument(date_string)
        if len(date_string) not in (7, 8, 10):
            raise _invalid_isoformat(date_string)
        try:
            year, month, day = _parse_iso_date(date_string)
        except _IsoError:
            raise _invalid_isoformat(date_string) from None
        return cls(year, month, day)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        year, week, day = _index(year), _index(week), _index(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        if not 1 <= week <= 52 and not (week == 53 and _has_week_53(year)):
            raise ValueError("Invalid week: %d" % week)
        if not 1 <= day <= 7:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        ymd = _ordinal_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)
        return cls(*ymd)

    # -- fields

    year = _read_only_field("year")
    month = _read_only_field("month")
    day = _read_only_field("day")

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        year = self._year
        ordinal = self.toordinal()
        monday = _iso_week1_monday(year)
        if ordinal < monday:
            year -= 1
            monday = _iso_week1_monday(year)
        elif ordinal >= _iso_week1_monday(year + 1):
            year += 1
            monday = _iso_week1_monday(year)
        week, day = divmod(ordinal - monday, 7)
        return _IsoCalendarDate(year, week + 1, day + 1)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), self._day_of_year(), -1))

    def _day_of_year(self):
        return _days_before_month(self._year, self._month) + self._day

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    # -- text

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):  # through a subclass's own isoformat, as CPython
        return self.isoformat()

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.weekday()],
                                            _MONTH_NAMES[self._month], self._day, self._year)

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        _check_format_spec(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # -- arithmetic

    def _plus_days(self, days):
        ordinal = self.toordinal() + days
        if not 1 <= ordinal <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        return _same_kind_date(self, *_ordinal_to_ymd(ordinal))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._plus_days(other.days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._plus_days(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    # -- comparisons: a date is neither equal to nor ordered with a datetime

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if self._comparable(other):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __ne__(self, other):
        if self._comparable(other):
            return self._date_key() != other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __hash__(self):
        return hash(self._date_key())

    def __reduce__(self):
        return (type(self), self._date_key())


def _new_date(cls, year, month, day):
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    return self


def _same_kind_date(original, year, month, day):
    # Arithmetic keeps a subclass, calling its constructor as CPython does.
    if type(original) is date:
        return _new_date(date, year, month, day)
    return type(original)(year, month, day)


date.min = _new_date(date, 1, 1, 1)
date.max = _new_date(date, 9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    """What date.isocalendar() returns: (year, week, weekday)."""

    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_type_name(self), self[0], self[1], self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))


# Not one of the module's names, as in CPython.
_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


# ---- tzinfo and timezone

class tzinfo:
    """The base of time zones: subclasses define utcoffset, dst, tzname."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        # The standard offset is utcoffset - dst; after applying it, the
        # local time's own dst settles which side of a transition it is on.
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        standard = offset - dst
        if standard:
            dt += standard
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        state = getattr(self, "__dict__", None) or None
        return (type(self), args, state)


_OMITTED = object()


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ("_offset", "_name")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __new__(cls, offset, name=_OMITTED):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % _argument_type_name(offset))
        if name is _OMITTED:
            if not offset and _UTC is not None:
                return _UTC
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _argument_type_name(name))
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24)"
                             " and timedelta(hours=24), not %r." % (offset,))
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def _check_argument(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (method, _type_name(dt)))

    def utcoffset(self, dt):
        self._check_argument(dt, "utcoffset")
        return self._offset

    def dst(self, dt):
        self._check_argument(dt, "dst")
        return None

    def tzname(self, dt):
        self._check_argument(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC


# ---- time

class time:
    """A time of day, possibly with a time zone."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        fields = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _new_time(cls, *fields[:4], tzinfo, fields[4])

    @classmethod
    def fromisoformat(cls, time_string):
        _check_isoformat_argument(time_string)
        start = 1 if time_string[:1] == "T" else 0
        try:
            clock, offset = _parse_iso_time(time_string, start)
        except _IsoError:
            raise _invalid_isoformat(time_string) from None
        return cls(*clock, _zone_from_offset(offset))

    hour = _read_only_field("hour")
    minute = _read_only_field("minute")
    second = _read_only_field("second")
    microsecond = _read_only_field("microsecond")
    tzinfo = _read_only_field("tzinfo")
    fold = _read_only_field("fold")

    def utcoffset(self):
        return _checked_offset(self._tzinfo, "utcoffset", None)

    def dst(self):
        return _checked_offset(self._tzinfo, "dst", None)

    def tzname(self):
        return _checked_tzname(self._tzinfo, None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    # -- text

    def __repr__(self):
        text = "%s(%d, %d" % (_type_name(self), self._hour, self._minute)
        if self._microsecond:
            text += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            text += ", %d" % self._second
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def isoformat(self, timespec="auto"):
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec, 1)
        return text + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        fields = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(self, format, fields)

    def __format__(self, fmt):
        _check_format_spec(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # -- comparisons

    def _clock_key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _compare(self, other, naive_aware_result):
        """-1, 0 or 1; naive_aware_result when one has an offset and the
        other not (None: they cannot be ordered)."""
        if self._tzinfo is other._tzinfo:
            mine, theirs = self._clock_key(), other._clock_key()
        else:
            my_offset, their_offset = self.utcoffset(), other.utcoffset()
            if my_offset == their_offset:
                mine, theirs = self._clock_key(), other._clock_key()
            elif my_offset is None or their_offset is None:
                if naive_aware_result is None:
                    raise TypeError("can't compare offset-naive and offset-aware times")
                return naive_aware_result
            else:
                mine = (self._hour * 3600 + self._minute * 60 + self._second
                        - my_offset.days * 86400 - my_offset.seconds, self._microsecond)
                theirs = (other._hour * 3600 + other._minute * 60 + other._second
                          - their_offset.days * 86400 - their_offset.seconds,
                          other._microsecond)
        return (mine > theirs) - (mine < theirs)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, 1) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._compare(other, 1) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, None) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, None) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, None) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, None) >= 0
        return NotImplemented

    def __hash__(self):
        this = self.replace(fold=0) if self._fold else self
        offset = this.utcoffset()
        if offset is None:
            return hash(this._clock_key())
        seconds = this._hour * 3600 + this._minute * 60 + this._second
        return hash(timedelta(seconds=seconds, microseconds=this._microsecond) - offset)

    def __reduce__(self):
        return (_rebuild, (type(self), self._clock_key() + (self._tzinfo, self._fold)))


def _new_time(cls, hour, minute, second, microsecond, tz, fold):
    self = object.__new__(cls)
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    return self


time.min = _new_time(time, 0, 0, 0, 0, None, 0)
time.max = _new_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = timedelta(microseconds=1)


# ---- datetime

class datetime(date):
    """A date and a time of day, possibly with a time zone."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        if month is None:
            _missing_argument("month", 2)
        if day is None:
            _missing_argument("day", 3)
        year, month, day = _check_date_fields(year, month, day)
        clock = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _new_datetime(cls, year, month, day, *clock[:4], tzinfo, clock[4])

    # -- other constructors

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        seconds, microsecond = _split_timestamp(t)
        if tz is not None:
            result = cls(*_utc_fields(seconds), microsecond, tz)
            return tz.fromutc(result)
        fields = _local_fields(seconds)
        return cls(*fields, microsecond, fold=_local_fold(seconds, fields))

    @classmethod
    def utcfromtimestamp(cls, t):
        seconds, microsecond = _split_timestamp(t)
        return cls(*_utc_fields(seconds), microsecond)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % _argument_type_name(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % _argument_type_name(time))
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        _check_isoformat_argument(date_string)
        separator = _date_separator_position(date_string)
        try:
            if separator < 0:
                raise _IsoError
            year, month, day = _parse_iso_date(date_string[:separator])
            clock, offset = [0, 0, 0, 0], None
            if len(date_string) > separator:
                clock, offset = _parse_iso_time(date_string, separator + 1)
        except _IsoError:
            raise _invalid_isoformat(date_string) from None
        return cls(year, month, day, *clock, _zone_from_offset(offset))

    @classmethod
    def strptime(cls, date_string, format):
        _check_format_argument(date_string, "strptime", 1)
        _check_format_argument(format, "strptime", 2)
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    # -- fields

    hour = _read_only_field("hour")
    minute = _read_only_field("minute")
    second = _read_only_field("second")
    microsecond = _read_only_field("microsecond")
    tzinfo = _read_only_field("tzinfo")
    fold = _read_only_field("fold")

    def date(self):
        return _new_date(_date_class, self._year, self._month, self._day)

    def time(self):
        return _new_time(_time_class, self._hour, self._minute, self._second,
                         self._microsecond, None, self._fold)

    def timetz(self):
        return _new_time(_time_class, self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, self._fold)

    def utcoffset(self):
        return _checked_offset(self._tzinfo, "utcoffset", self)

    def dst(self):
        return _checked_offset(self._tzinfo, "dst", self)

    def tzname(self):
        return _checked_tzname(self._tzinfo, self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else int(bool(dst))
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(),
                                  self._day_of_year(), isdst))

    def utctimetuple(self):
        moment = self
        offset = self.utcoffset()
        if offset:
            moment = self - offset
        return _time.struct_time((moment._year, moment._month, moment._day, moment._hour,
                                  moment._minute, moment._second, moment.weekday(),
                                  moment._day_of_year(), 0))

    def _local_seconds(self):
        return _local_to_seconds(self._year, self._month, self._day, self._hour,
                                 self._minute, self._second, self._fold)

    def timestamp(self):
        if self.utcoffset() is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        _check_tzinfo(tz)
        my_zone = self._tzinfo
        offset = None
        if my_zone is not None:
            offset = _checked_offset(my_zone, "utcoffset", self)
        if offset is None:
            my_zone = _local_timezone_at(self.replace(tzinfo=None)._local_seconds())
            offset = my_zone.utcoffset(self)
        if tz is my_zone:
            return self
        utc_moment = (self - offset).replace(tzinfo=_UTC)
        if tz is None:
            tz = _local_timezone_at((utc_moment - _EPOCH) // timedelta(seconds=1))
        return tz.fromutc(utc_moment.replace(tzinfo=tz))

    # -- text

    def __repr__(self):
        text = "%s(%d, %d, %d, %d, %d" % (_type_name(self), self._year, self._month,
                                          self._day, self._hour, self._minute)
        if self._microsecond:
            text += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            text += ", %d" % self._second
        if self._fold:  # before the tzinfo here, after it in time's repr
            text += ", fold=1"
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        return text + ")"

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % _argument_type_name(sep))
        text = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        text += _format_time(self._hour, self._minute, self._second, self._microsecond,
                             timespec, 2)
        return text + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(" ")

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def strftime(self, format):
        return _strftime(self, format, self.timetuple())

    # -- arithmetic

    def _plus(self, delta):
        seconds = (self._hour * 3600 + self._minute * 60 + self._second
                   + delta.days * 86400 + delta.seconds)
        microsecond = self._microsecond + delta.microseconds
        seconds += microsecond // _US_PER_SECOND
        microsecond %= _US_PER_SECOND
        days, seconds = divmod(seconds, 86400)
        ordinal = self.toordinal() + days
        if not 1 <= ordinal <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        year, month, day = _ordinal_to_ymd(ordinal)
        hour, seconds = divmod(seconds, 3600)
        minute, second = divmod(seconds, 60)
        if type(self) is datetime:
            return _new_datetime(datetime, year, month, day, hour, minute, second,
                                 microsecond, self._tzinfo, 0)
        return type(self)(year, month, day, hour, minute, second, microsecond, self._tzinfo)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._plus(other)
        return NotImplemented

    __radd__ = __add__

    def _microseconds_since_year_1(self):
        seconds = self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second
        return seconds * _US_PER_SECOND + self._microsecond

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._plus(-other)
        if not isinstance(other, datetime):
            return NotImplemented
        difference = self._microseconds_since_year_1() - other._microseconds_since_year_1()
        if self._tzinfo is not other._tzinfo:
            my_offset, their_offset = self.utcoffset(), other.utcoffset()
            if (my_offset is None) != (their_offset is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if my_offset is not None:
                difference -= my_offset._to_microseconds() - their_offset._to_microseconds()
        return _timedelta_from_microseconds(difference)

    # -- comparisons

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _offset_with_other_fold(self):
        return self.replace(fold=1 - self._fold).utcoffset()

    def _compare(self, other, naive_aware_result):
        """-1, 0 or 1 (naive_aware_result, or a TypeError if None, for a
        naive datetime and an aware one)."""
        if self._tzinfo is other._tzinfo:
            mine, theirs = self._key(), other._key()
            return (mine > theirs) - (mine < theirs)
        my_offset, their_offset = self.utcoffset(), other.utcoffset()
        if my_offset == their_offset:
            mine, theirs = self._key(), other._key()
            result = (mine > theirs) - (mine < theirs)
        elif my_offset is None or their_offset is None:
            if naive_aware_result is None:
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            return naive_aware_result
        else:
            difference = (self - other)._to_microseconds()
            result = (difference > 0) - (difference < 0)
        # Times in a fold (whose offset depends on fold) equal nothing in
        # another zone (PEP 495).
        if result == 0 and naive_aware_result is not None and my_offset is not None:
            if (self._offset_with_other_fold() != my_offset
                    or other._offset_with_other_fold() != their_offset):
                return 1
        return result

    def _other_kind(self, other, op):
        # A datetime against a plain date: unequal, and not ordered.
        if op == "==":
            return False
        if op == "!=":
            return True
        raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, 1) == 0
        if isinstance(other, date):
            return self._other_kind(other, "==")
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, 1) != 0
        if isinstance(other, date):
            return self._other_kind(other, "!=")
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, None) < 0
        if isinstance(other, date):
            return self._other_kind(other, "<")
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, None) <= 0
        if isinstance(other, date):
            return self._other_kind(other, "<=")
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, None) > 0
        if isinstance(other, date):
            return self._other_kind(other, ">")
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, None) >= 0
        if isinstance(other, date):
            return self._other_kind(other, ">=")
        return NotImplemented

    def __hash__(self):
        this = self.replace(fold=0) if self._fold else self
        offset = this.utcoffset()
        if offset is None:
            return hash(this._key())
        return hash(_timedelta_from_microseconds(this._microseconds_since_year_1())
                    - offset)

    def __reduce__(self):
        return (_rebuild, (type(self), self._key() + (self._tzinfo, self._fold)))


def _new_datetime(cls, year, month, day, hour, minute, second, microsecond, tz, fold):
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    return self


# datetime's methods named date and time hide the classes in its body.
_date_class = date
_time_class = time

datetime.min = _new_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _new_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = _new_datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, _UTC, 0)



def _make_read_only(cls, names, message):
    # The fields cannot be set or deleted, with CPython's messages.
    for name in names:
        text = message % (name, _C_TYPE_NAMES[cls]) if "%" in message else message

        def refuse(self, value=None, text=text):
            raise AttributeError(text)
        setattr(cls, name, property(cls.__dict__[name].fget, refuse, refuse))


for _cls in (date, time, datetime, timedelta, tzinfo, timezone, _IsoCalendarDate):
    _C_TYPE_NAMES[_cls] = "datetime." + _cls.__name__
    _set_message_name(_cls, "datetime." + _cls.__name__)
del _cls

_make_read_only(timedelta, ("days", "seconds", "microseconds"), "readonly attribute")
_make_read_only(date, ("year", "month", "day"), "attribute '%s' of '%s' objects is not writable")
_make_read_only(time, ("hour", "minute", "second", "microsecond", "tzinfo", "fold"),
                "attribute '%s' of '%s' objects is not writable")
_make_read_only(datetime, ("hour", "minute", "second", "microsecond", "tzinfo", "fold"),
                "attribute '%s' of '%s' objects is not writable")
