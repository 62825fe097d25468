# SPDX-License-Identifier: GPL-3.0-or-later
"""string: character-class constants, capwords, Template and Formatter.

Template does $-substitution; Formatter is str.format's machinery as
overridable methods. pyvm has no `re` and no `_string`, so the template
scanner and the format-string parser are written out here, following the
rules (and the error messages) of CPython's.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words, capitalize each, and join them with sep (or a space)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# --- Template --------------------------------------------------------------

_IDENTIFIER_START = frozenset('_' + ascii_letters)
_IDENTIFIER_REST = frozenset('_' + ascii_letters + digits)


class _ChainedMapping:
    """Looks keys up in the keyword arguments, then in the mapping."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


class Template:
    """A string with $-placeholders: $name, ${name}, and $$ for a dollar.

    Subclasses may change `delimiter`; pyvm has no regular expressions, so
    `idpattern`, `braceidpattern`, `flags` and `pattern` are not consulted
    (identifiers are always ASCII letters, digits and underscores).
    """

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _identifier_end(self, start):
        text = self.template
        if start >= len(text) or text[start] not in _IDENTIFIER_START:
            return -1
        end = start + 1
        while end < len(text) and text[end] in _IDENTIFIER_REST:
            end += 1
        return end

    def _placeholders(self):
        """(start, end, kind, name) for each placeholder, in order.

        kind is 'escaped', 'named', 'braced' or 'invalid'.
        """
        text = self.template
        delimiter = self.delimiter
        index = text.find(delimiter)
        while index >= 0:
            after = index + len(delimiter)
            if text.startswith(delimiter, after):
                found = (index, after + len(delimiter), 'escaped', None)
            else:
                end = self._identifier_end(after)
                if end >= 0:
                    found = (index, end, 'named', text[after:end])
                else:
                    end = self._identifier_end(after + 1)
                    if (text.startswith('{', after) and end >= 0
                            and text.startswith('}', end)):
                        found = (index, end + 1, 'braced', text[after + 1:end])
                    else:
                        found = (index, after, 'invalid', None)
            yield found
            index = text.find(delimiter, found[1])

    def _invalid(self, index):
        # index is just past the delimiter, where CPython's pattern matched
        # the empty 'invalid' group.
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            column, line = 1, 1
        else:
            column = index - len(''.join(lines[:-1]))
            line = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (line, column))

    def _substitute(self, mapping, safe):
        text = self.template
        pieces = []
        position = 0
        for start, end, kind, name in self._placeholders():
            pieces.append(text[position:start])
            position = end
            if kind == 'escaped':
                pieces.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                pieces.append(text[start:end])
            elif safe:
                try:
                    pieces.append('%s' % (mapping[name],))
                except KeyError:
                    pieces.append(text[start:end])
            else:
                pieces.append('%s' % (mapping[name],))
        pieces.append(text[position:])
        return ''.join(pieces)

    def substitute(self, mapping=None, /, **kws):
        """The template with every placeholder replaced; KeyError if one is missing."""
        return self._substitute(self._mapping(mapping, kws), safe=False)

    def safe_substitute(self, mapping=None, /, **kws):
        """Like substitute, but missing or invalid placeholders stay as they are."""
        return self._substitute(self._mapping(mapping, kws), safe=True)

    @staticmethod
    def _mapping(mapping, kws):
        if mapping is None:
            return kws
        if kws:
            return _ChainedMapping(kws, mapping)
        return mapping

    def is_valid(self):
        """Whether the template has no invalid placeholders."""
        return all(kind != 'invalid' for _, _, kind, _ in self._placeholders())

    def get_identifiers(self):
        """The names of the placeholders, each once, in order."""
        names = []
        for _, _, kind, name in self._placeholders():
            if name is not None and name not in names:
                names.append(name)
        return names


# --- Formatter -------------------------------------------------------------

def _parse_field(text, index):
    """Parse the field whose '{' is just before text[index].

    Returns (field_name, format_spec, conversion, next index).
    """
    length = len(text)
    start = index
    ch = ''
    ended_field_name = False
    while index < length:
        ch = text[index]
        index += 1
        if ch == '{':
            raise ValueError("unexpected '{' in field name")
        if ch == '[':
            while index < length and text[index] != ']':
                index += 1
            continue
        if ch in '}:!':
            ended_field_name = True
            break
    if not ended_field_name:
        raise ValueError("expected '}' before end of string")
    field_name = text[start:index - 1]
    if ch == '}':
        return field_name, '', None, index
    conversion = None
    if ch == '!':
        if index >= length:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = text[index]
        index += 1
        if index < length:
            ch = text[index]
            index += 1
            if ch == '}':
                return field_name, '', conversion, index
            if ch != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = index
    depth = 1
    while index < length:
        ch = text[index]
        index += 1
        if ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
            if depth == 0:
                return field_name, text[spec_start:index - 1], conversion, index
    raise ValueError("unmatched '{' in format spec")


def _parse_format_string(text):
    """Yield (literal_text, field_name, format_spec, conversion) as str.format sees them."""
    length = len(text)
    index = 0
    while index < length:
        start = index
        ch = ''
        brace = False
        while index < length:
            ch = text[index]
            index += 1
            if ch in '{}':
                brace = True
                break
        at_end = index >= length
        literal_end = index
        if ch == '}' and (at_end or text[index] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and ch == '{':
            raise ValueError("Single '{' encountered in format string")
        if brace and not at_end:
            if text[index] == ch:
                index += 1      # a doubled brace stands for itself
                brace = False
            else:
                literal_end -= 1
        literal = text[start:literal_end]
        if not brace:
            yield literal, None, None, None
            continue
        field_name, format_spec, conversion, index = _parse_field(text, index)
        yield literal, field_name, format_spec, conversion


def _split_field_name(field_name):
    """(first, rest): first is an int when all digits; rest yields
    (is_attribute, key) for each .attribute and [key] that follows."""
    end = 0
    while end < len(field_name) and field_name[end] not in '.[':
        end += 1
    first = field_name[:end]
    if first.isdigit():
        first = int(first)
    return first, _field_accessors(field_name, end)


def _field_accessors(field_name, index):
    length = len(field_name)
    while index < length:
        ch = field_name[index]
        index += 1
        if ch == '.':
            start = index
            while index < length and field_name[index] not in '.[':
                index += 1
            name = field_name[start:index]
            if not name:
                raise ValueError('Empty attribute in format string')
            yield True, name
        elif ch == '[':
            start = index
            while index < length and field_name[index] != ']':
                index += 1
            if index >= length:
                raise ValueError("Missing ']' in format string")
            key = field_name[start:index]
            index += 1
            if index < length and field_name[index] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            yield False, int(key) if key.isdigit() else key
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    """str.format as a class: override a step (get_value, format_field, ...)
    to change how fields are found or formatted."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # Automatic numbering ({}) and manual numbering ({0}) do not mix;
            # auto_arg_index is False once a manual number was seen.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each piece."""
        return _parse_format_string(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object field_name designates, and the key used to find it."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attribute, key in rest:
            obj = getattr(obj, key) if is_attribute else obj[key]
        return obj, first
