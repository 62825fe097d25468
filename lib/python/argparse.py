"""Command-line parsing: ArgumentParser, its actions, groups and help
formatters, with CPython 3.11's usage and help texts and error messages.

How a parse works: each command-line string is classified as an option
('O'), a plain argument ('A') or the '--' separator ('-'); the string of
those letters is matched against a regular expression per action (made
from its nargs) to decide how many strings each action takes. Options and
runs of positionals are consumed alternately, left to right.
"""

import os as _os
import re as _re
import sys as _sys

__all__ = [
    "ArgumentParser", "ArgumentError", "ArgumentTypeError",
    "BooleanOptionalAction", "FileType", "HelpFormatter",
    "ArgumentDefaultsHelpFormatter", "RawDescriptionHelpFormatter",
    "RawTextHelpFormatter", "MetavarTypeHelpFormatter", "Namespace",
    "Action", "ONE_OR_MORE", "OPTIONAL", "PARSER", "REMAINDER", "SUPPRESS",
    "ZERO_OR_MORE",
]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."
# Where a subparser leaves the strings it did not recognise for its parent.
_UNRECOGNIZED_ARGS_ATTR = "_unrecognized_args"


def _plural(count, singular, plural):
    return singular if count == 1 else plural


# ---------------------------------------------------------------- namespaces

class _AttributeHolder(object):
    """A repr listing the object's settings as keyword arguments."""

    def __repr__(self):
        shown = [repr(value) for value in self._get_args()]
        not_identifiers = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                shown.append("%s=%r" % (name, value))
            else:
                not_identifiers[name] = value
        if not_identifiers:
            shown.append("**%r" % (not_identifiers,))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """The object parse_args fills: one attribute per destination."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


def _copy_items(items):
    # append and extend must not change a default list in place.
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


# ---------------------------------------------------------------- errors

def _get_action_name(argument):
    """How error messages name an argument: its option strings joined by
    '/', else its metavar, dest or choices."""
    if argument is None:
        return None
    if argument.option_strings:
        return "/".join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return "{" + ",".join(argument.choices) + "}"
    return None


class ArgumentError(Exception):
    """A command line an argument cannot accept; str() names the argument."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= function: its message becomes the error's."""


# ---------------------------------------------------------------- help

def _terminal_columns():
    try:
        import shutil
    except ImportError:
        pass
    else:
        return shutil.get_terminal_size().columns
    environment = getattr(_os, "environ", {})
    try:
        columns = int(environment.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    return columns if columns > 0 else 80


class HelpFormatter(object):
    """Lays out usage and help text. The items are collected first and
    rendered at the end, since the column where help text starts depends
    on the longest invocation of them all."""

    class _Section(object):
        def __init__(self, formatter, parent, heading=None):
            self.formatter = formatter
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            formatter = self.formatter
            nested = self.parent is not None
            if nested:
                formatter._indent()
            body = formatter._join_parts([render(*args) for render, args in self.items])
            if nested:
                formatter._dedent()
            if not body:
                return ""
            heading = ""
            if self.heading is not SUPPRESS and self.heading is not None:
                heading = "%*s%s:\n" % (formatter._current_indent, "", self.heading)
            return formatter._join_parts(["\n", heading, body, "\n"])

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = self._Section(self, None)
        self._current_section = self._root_section
        self._whitespace_matcher = _re.compile(r"\s+", _re.ASCII)
        self._long_break_matcher = _re.compile(r"\n\n\n+")

    # ---- building

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, "Indent decreased below 0."
        self._level -= 1

    def _add_item(self, render, args):
        self._current_section.items.append((render, args))

    def start_section(self, heading):
        self._indent()
        section = self._Section(self, self._current_section, heading)
        self._add_item(section.format_help, [])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        invocations = [self._format_action_invocation(action)]
        for subaction in self._iter_indented_subactions(action):
            invocations.append(self._format_action_invocation(subaction))
        longest = max(len(invocation) for invocation in invocations)
        self._action_max_length = max(self._action_max_length,
                                      longest + self._current_indent)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            text = self._long_break_matcher.sub("\n\n", text)
            text = text.strip("\n") + "\n"
        return text

    def _join_parts(self, part_strings):
        return "".join(part for part in part_strings
                       if part and part is not SUPPRESS)

    # ---- usage

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = "usage: "
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = "%(prog)s" % dict(prog=self._prog)
        else:
            usage = self._generated_usage(actions, groups, prefix)
        return "%s%s\n\n" % (prefix, usage)

    def _generated_usage(self, actions, groups, prefix):
        prog = "%(prog)s" % dict(prog=self._prog)
        optionals = [action for action in actions if action.option_strings]
        positionals = [action for action in actions if not action.option_strings]
        usage = " ".join(part for part in
                         [prog, self._format_actions_usage(optionals + positionals, groups)]
                         if part)
        text_width = self._width - self._current_indent
        if len(prefix) + len(usage) <= text_width:
            return usage

        # Too long for one line: wrap it between whole bracketed groups.
        part_pattern = r"\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+"
        optional_parts = _re.findall(part_pattern, self._format_actions_usage(optionals, groups))
        positional_parts = _re.findall(part_pattern, self._format_actions_usage(positionals, groups))

        def wrap(parts, indent, after_prefix=False):
            # Lines of parts joined by spaces; the first line of a usage
            # follows "usage: " rather than the indent.
            lines = []
            line = []
            length = (len(prefix) if after_prefix else len(indent)) - 1
            for part in parts:
                if line and length + 1 + len(part) > text_width:
                    lines.append(indent + " ".join(line))
                    line = []
                    length = len(indent) - 1
                line.append(part)
                length += len(part) + 1
            if line:
                lines.append(indent + " ".join(line))
            if after_prefix:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            # A short prog: the parts continue beside it.
            indent = " " * (len(prefix) + len(prog) + 1)
            if optional_parts:
                lines = wrap([prog] + optional_parts, indent, True)
                lines.extend(wrap(positional_parts, indent))
            elif positional_parts:
                lines = wrap([prog] + positional_parts, indent, True)
            else:
                lines = [prog]
        else:
            # A long prog stands alone on the first line.
            indent = " " * len(prefix)
            lines = wrap(optional_parts + positional_parts, indent)
            if len(lines) > 1:
                lines = wrap(optional_parts, indent) + wrap(positional_parts, indent)
            lines = [prog] + lines
        return "\n".join(lines)

    def _group_brackets(self, actions, groups):
        """Where mutually exclusive groups put their brackets and bars:
        {index in actions: text before that action}, and the grouped
        actions."""
        inserts = {}
        grouped = set()
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f"empty group {group}")
            try:
                start = actions.index(members[0])
            except ValueError:
                continue
            end = start + len(members)
            if actions[start:end] != members:
                continue
            grouped.update(members)
            shown = sum(1 for action in members if action.help is not SUPPRESS)
            if not group.required:
                opening, closing = "[", "]"
            elif shown > 1:
                opening, closing = "(", ")"
            else:
                opening = closing = None
            if opening is not None:
                inserts[start] = inserts[start] + " " + opening if start in inserts else opening
                inserts[end] = inserts[end] + closing if end in inserts else closing
            for index in range(start + 1, end):
                inserts[index] = "|"
        return inserts, grouped

    def _format_actions_usage(self, actions, groups):
        inserts, grouped = self._group_brackets(actions, groups)
        parts = []
        for index, action in enumerate(actions):
            if action.help is SUPPRESS:
                # Hidden: its bar goes too.
                parts.append(None)
                if inserts.get(index) == "|":
                    inserts.pop(index)
                elif inserts.get(index + 1) == "|":
                    inserts.pop(index + 1)
            elif not action.option_strings:
                part = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in grouped and part[0] == "[" and part[-1] == "]":
                    part = part[1:-1]
                parts.append(part)
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    metavar = self._get_default_metavar_for_optional(action)
                    part = "%s %s" % (action.option_strings[0],
                                      self._format_args(action, metavar))
                if not action.required and action not in grouped:
                    part = "[%s]" % part
                parts.append(part)
        for index in sorted(inserts, reverse=True):
            parts[index:index] = [inserts[index]]
        text = " ".join(part for part in parts if part is not None)
        # No space inside brackets, and no empty brackets.
        text = _re.sub(r"([\[(]) ", r"\1", text)
        text = _re.sub(r" ([\])])", r"\1", text)
        text = _re.sub(r"[\[(] *[\])]", r"", text)
        return text.strip()

    # ---- text and actions

    def _format_text(self, text):
        if "%(prog)" in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        indent = " " * self._current_indent
        return self._fill_text(text, width, indent) + "\n\n"

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        invocation_width = help_position - self._current_indent - 2
        invocation = self._format_action_invocation(action)
        indent = self._current_indent

        if not action.help:
            header = "%*s%s\n" % (indent, "", invocation)
        elif len(invocation) <= invocation_width:
            # The help starts on the same line, two spaces after the column.
            header = "%*s%-*s  " % (indent, "", invocation_width, invocation)
            first_indent = 0
        else:
            header = "%*s%s\n" % (indent, "", invocation)
            first_indent = help_position
        parts = [header]

        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                lines = self._split_lines(help_text, help_width)
                parts.append("%*s%s\n" % (first_indent, "", lines[0]))
                for line in lines[1:]:
                    parts.append("%*s%s\n" % (help_position, "", line))
        elif not header.endswith("\n"):
            parts.append("\n")

        for subaction in self._iter_indented_subactions(action):
            parts.append(self._format_action(subaction))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            metavar, = self._metavar_formatter(action, default)(1)
            return metavar
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        arguments = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ", ".join("%s %s" % (option, arguments) for option in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = "{%s}" % ",".join(str(choice) for choice in action.choices)
        else:
            result = default_metavar

        def metavars(count):
            # A tuple metavar names each value itself.
            if isinstance(result, tuple):
                return result
            return (result,) * count
        return metavars

    def _format_args(self, action, default_metavar):
        metavars = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return "%s" % metavars(1)
        if nargs == OPTIONAL:
            return "[%s]" % metavars(1)
        if nargs == ZERO_OR_MORE:
            names = metavars(1)
            if len(names) == 2:
                return "[%s [%s ...]]" % names
            return "[%s ...]" % names
        if nargs == ONE_OR_MORE:
            return "%s [%s ...]" % metavars(2)
        if nargs == REMAINDER:
            return "..."
        if nargs == PARSER:
            return "%s ..." % metavars(1)
        if nargs == SUPPRESS:
            return ""
        try:
            slots = ["%s"] * nargs
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return " ".join(slots) % metavars(nargs)

    def _expand_help(self, action):
        values = dict(vars(action), prog=self._prog)
        for name in list(values):
            if values[name] is SUPPRESS:
                del values[name]
        for name, value in list(values.items()):
            if hasattr(value, "__name__"):
                values[name] = value.__name__
        if values.get("choices") is not None:
            values["choices"] = ", ".join(str(choice) for choice in values["choices"])
        return self._get_help_string(action) % values

    def _iter_indented_subactions(self, action):
        try:
            subactions = action._get_subactions
        except AttributeError:
            return
        self._indent()
        yield from subactions()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        text = self._whitespace_matcher.sub(" ", text).strip()
        return textwrap.wrap(text, width)

    def _fill_text(self, text, width, indent):
        import textwrap
        text = self._whitespace_matcher.sub(" ", text).strip()
        return textwrap.fill(text, width, initial_indent=indent,
                             subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description's and epilog's line breaks."""

    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the line breaks of every help text."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds "(default: ...)" to the help of arguments that have one."""

    def _get_help_string(self, action):
        text = action.help if action.help is not None else ""
        if "%(default)" in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += " (default: %(default)s)"
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names values after their type= function."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------- actions

class Action(_AttributeHolder):
    """What to do with an argument's strings: a subclass's __call__ stores
    the converted values in the namespace."""

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ["option_strings", "dest", "nargs", "const", "default",
                 "type", "choices", "required", "help", "metavar"]
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class BooleanOptionalAction(Action):
    """--flag sets True, --no-flag sets False."""

    def __init__(self, option_strings, dest, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        both_forms = []
        for option in option_strings:
            both_forms.append(option)
            if option.startswith("--"):
                both_forms.append("--no-" + option[2:])
        super().__init__(option_strings=both_forms, dest=dest, nargs=0,
                         default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for store actions must be != 0; if you "
                             "have nothing to store, actions such as store "
                             "true or store const may be more appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default,
                         type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         const=True, default=default, required=required,
                         help=help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         const=False, default=default, required=required,
                         help=help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for append actions must be != 0; if arg "
                             "strings are not supplying the value to append, "
                             "the append const action may be more appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default,
                         type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if count is None else count + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version if self.version is not None else parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    """The positional that chooses a subcommand; the rest of the command
    line goes to that subcommand's parser."""

    class _ChoicesPseudoAction(Action):
        # Stands for one subcommand in the help's list of them.
        def __init__(self, name, aliases, help):
            metavar = name
            if aliases:
                metavar += " (%s)" % ", ".join(aliases)
            super().__init__(option_strings=[], dest=name, help=help,
                             metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.pop("aliases", ())
        if name in self._name_parser_map:
            raise ArgumentError(self, "conflicting subparser: %s" % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, "conflicting subparser alias: %s" % alias)
        if "help" in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop("help")))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name, arguments = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            subparser = self._name_parser_map[name]
        except KeyError:
            raise ArgumentError(self, "unknown parser %r (choices: %s)"
                                % (name, ", ".join(self._name_parser_map)))
        # The subparser parses into a namespace of its own, so that its
        # defaults replace the parent's.
        subnamespace, rest = subparser.parse_known_args(arguments, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(rest)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class FileType(object):
    """A type= that opens the named file ('-' is stdin or stdout)."""

    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == "-":
            binary = "b" in self._mode
            if "r" in self._mode:
                return _sys.stdin.buffer if binary else _sys.stdin
            if any(mode in self._mode for mode in "wax"):
                return _sys.stdout.buffer if binary else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding,
                        self._errors)
        except OSError as error:
            raise ArgumentTypeError("can't open '%s': %s" % (string, error))

    def __repr__(self):
        shown = [repr(value) for value in (self._mode, self._bufsize) if value != -1]
        shown += ["%s=%r" % (name, value)
                  for name, value in (("encoding", self._encoding), ("errors", self._errors))
                  if value is not None]
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))


# ---------------------------------------------------------------- containers

class _ActionsContainer(object):
    """What parsers and argument groups share: add_argument and the
    registries that map action= and type= names to classes."""

    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler):
        super().__init__()
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler

        self._registries = {}
        for name, action_class in ((None, _StoreAction),
                                   ("store", _StoreAction),
                                   ("store_const", _StoreConstAction),
                                   ("store_true", _StoreTrueAction),
                                   ("store_false", _StoreFalseAction),
                                   ("append", _AppendAction),
                                   ("append_const", _AppendConstAction),
                                   ("count", _CountAction),
                                   ("help", _HelpAction),
                                   ("version", _VersionAction),
                                   ("parsers", _SubParsersAction),
                                   ("extend", _ExtendAction)):
            self.register("action", name, action_class)
        self._get_handler()  # refuses an unknown conflict_handler now

        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._negative_number_matcher = _re.compile(r"^-\d+$|^-\d*\.\d+$")
        # Non-empty when an option looks like a negative number (a list,
        # shared with the groups).
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...) or
        add_argument(option_string, option_string, ..., name=value, ...)"""
        if not args or len(args) == 1 and args[0][0] not in self.prefix_chars:
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)

        if "default" not in kwargs:
            dest = kwargs["dest"]
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default

        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)

        type_func = self._registry_get("type", action.type, action.type)
        if not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        if type_func is FileType:
            raise ValueError("%r is a FileType class object, instance of it"
                             " must be passed" % (type_func,))
        if hasattr(self, "_get_formatter"):
            # A metavar tuple must have as many names as nargs takes.
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs")
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option in action.option_strings:
            self._option_string_actions[option] = action
        for option in action.option_strings:
            if (self._negative_number_matcher.match(option)
                    and not self._has_negative_number_optionals):
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        """Copies a parent parser's arguments and groups (parents=)."""
        groups_by_title = {}
        for group in self._action_groups:
            if group.title in groups_by_title:
                raise ValueError("cannot merge actions - two groups are named %r"
                                 % (group.title,))
            groups_by_title[group.title] = group
        destination = {}
        for group in container._action_groups:
            if group.title not in groups_by_title:
                groups_by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                destination[action] = groups_by_title[group.title]
        for group in container._mutually_exclusive_groups:
            exclusive = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                destination[action] = exclusive
        for action in container._actions:
            destination.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if "required" in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get("nargs")
        # A positional is required unless it may take no strings ('?', or
        # '*' with a default).
        if nargs not in (OPTIONAL, ZERO_OR_MORE):
            kwargs["required"] = True
        if nargs == ZERO_OR_MORE and "default" not in kwargs:
            kwargs["required"] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option in args:
            if not option[0] in self.prefix_chars:
                raise ValueError("invalid option string %r: must start with a "
                                 "character %r" % (option, self.prefix_chars))
            option_strings.append(option)
            if len(option) > 1 and option[1] in self.prefix_chars:
                long_option_strings.append(option)
        dest = kwargs.pop("dest", None)
        if dest is None:
            # --foo-bar gives foo_bar; -x gives x.
            named_after = (long_option_strings or option_strings)[0]
            dest = named_after.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError("dest= is required for options like %r" % option)
            dest = dest.replace("-", "_")
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop("action", default)
        return self._registry_get("action", action, action)

    def _get_handler(self):
        try:
            return getattr(self, "_handle_conflict_%s" % self.conflict_handler)
        except AttributeError:
            raise ValueError("invalid conflict_resolution value: %r"
                             % self.conflict_handler)

    def _check_conflict(self, action):
        conflicts = [(option, self._option_string_actions[option])
                     for option in action.option_strings
                     if option in self._option_string_actions]
        if conflicts:
            self._get_handler()(action, conflicts)

    def _handle_conflict_error(self, action, conflicting_actions):
        message = _plural(len(conflicting_actions), "conflicting option string: %s",
                          "conflicting option strings: %s")
        names = ", ".join(option for option, _ in conflicting_actions)
        raise ArgumentError(action, message % names)

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # The newer argument wins: the older loses those option strings,
        # and goes when it has none left.
        for option, older in conflicting_actions:
            older.option_strings.remove(option)
            self._option_string_actions.pop(option, None)
            if not older.option_strings:
                older.container._remove_action(older)


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its arguments are the parser's."""

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault("conflict_handler", container.conflict_handler)
        kwargs.setdefault("prefix_chars", container.prefix_chars)
        kwargs.setdefault("argument_default", container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # Arguments added here are added to the parser too.
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        from warnings import warn
        warn("Nesting argument groups is deprecated.",
             category=DeprecationWarning, stacklevel=2)
        return super().add_argument_group(*args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which at most one (exactly one if required) is given;
    they show in the help of the group that holds them."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        from warnings import warn
        warn("Nesting mutually exclusive groups is deprecated.",
             category=DeprecationWarning, stacklevel=2)
        return super().add_mutually_exclusive_group(*args, **kwargs)


# ---------------------------------------------------------------- the parser

class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Parses command lines into Namespace objects."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars="-",
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler="error", add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group("positional arguments")
        self._optionals = self.add_argument_group("options")
        self._subparsers = None
        self.register("type", None, _identity)

        if self.add_help:
            prefix = "-" if "-" in prefix_chars else prefix_chars[0]
            # An explicit default: argument_default does not apply to it.
            self.add_argument(prefix + "h", prefix * 2 + "help",
                              action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            self._add_container_actions(parent)
            defaults = getattr(parent, "_defaults", None)
            if defaults is not None:
                self._defaults.update(defaults)

    def _get_kwargs(self):
        names = ["prog", "usage", "description", "formatter_class",
                 "conflict_handler", "add_help"]
        return [(name, getattr(self, name)) for name in names]

    # ---- building

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        kwargs.setdefault("parser_class", type(self))
        if "title" in kwargs or "description" in kwargs:
            title = kwargs.pop("title", "subcommands")
            description = kwargs.pop("description", None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get("prog") is None:
            # The subcommands' prog: this parser's usage without its
            # options, and without "usage: ".
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, "")
            kwargs["prog"] = formatter.format_help().strip()
        action_class = self._pop_action_class(kwargs, "parsers")
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # ---- parsing

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: %s" % " ".join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if (action.dest is not SUPPRESS and not hasattr(namespace, action.dest)
                    and action.default is not SUPPRESS):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as error:
                self.error(str(error))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        return _Parse(self, arg_strings, namespace).run()

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: %s" % " ".join(extras))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Positionals may come anywhere between the options: the options
        are parsed first with the positionals switched off, then what was
        left over is parsed for the positionals."""
        positionals = self._get_positional_actions()
        unsupported = [action for action in positionals
                       if action.nargs in (PARSER, REMAINDER)]
        if unsupported:
            raise TypeError("parse_intermixed_args: positional arg with nargs=%s"
                            % unsupported[0].nargs)
        if any(action in positionals
               for group in self._mutually_exclusive_groups
               for action in group._group_actions):
            raise TypeError("parse_intermixed_args: positional in "
                            "mutuallyExclusiveGroup")
        saved_usage = self.usage
        try:
            if self.usage is None:
                # Errors show the whole usage, positionals included.
                self.usage = self.format_usage()[len("usage: "):]
            namespace, remaining = self._parse_options_only(positionals, args, namespace)
            namespace, extras = self._parse_positionals_only(remaining, namespace)
        finally:
            self.usage = saved_usage
        return namespace, extras

    def _parse_options_only(self, positionals, args, namespace):
        for action in positionals:
            action.save_nargs = action.nargs
            action.nargs = SUPPRESS
            action.save_default = action.default
            action.default = SUPPRESS
        try:
            namespace, remaining = self.parse_known_args(args, namespace)
            for action in positionals:
                if getattr(namespace, action.dest, None) == []:
                    from warnings import warn
                    warn("Do not expect %s in %s" % (action.dest, namespace))
                    delattr(namespace, action.dest)
        finally:
            for action in positionals:
                action.nargs = action.save_nargs
                action.default = action.save_default
        return namespace, remaining

    def _parse_positionals_only(self, remaining, namespace):
        # Options were parsed already: none is required now.
        optionals = self._get_optional_actions()
        for action in optionals:
            action.save_required = action.required
            action.required = False
        for group in self._mutually_exclusive_groups:
            group.save_required = group.required
            group.required = False
        try:
            return self.parse_known_args(remaining, namespace)
        finally:
            for action in optionals:
                action.required = action.save_required
            for group in self._mutually_exclusive_groups:
                group.required = group.save_required

    def _read_args_from_files(self, arg_strings):
        """Replaces each @file argument with the arguments in the file."""
        expanded = []
        for arg_string in arg_strings:
            if not arg_string or arg_string[0] not in self.fromfile_prefix_chars:
                expanded.append(arg_string)
                continue
            try:
                with open(arg_string[1:]) as args_file:
                    from_file = []
                    for line in args_file.read().splitlines():
                        from_file.extend(self.convert_arg_line_to_args(line))
                    expanded.extend(self._read_args_from_files(from_file))
            except OSError as error:
                self.error(str(error))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        match = _re.match(self._get_nargs_pattern(action), arg_strings_pattern)
        if match is None:
            messages = {None: "expected one argument",
                        OPTIONAL: "expected at most one argument",
                        ONE_OR_MORE: "expected at least one argument"}
            message = messages.get(action.nargs)
            if message is None:
                message = _plural(action.nargs, "expected %s argument",
                                  "expected %s arguments") % action.nargs
            raise ArgumentError(action, message)
        return len(match.group(1))

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # As many of the actions as the strings can satisfy, the first ones.
        for count in range(len(actions), 0, -1):
            pattern = "".join(self._get_nargs_pattern(action)
                              for action in actions[:count])
            match = _re.match(pattern, arg_strings_pattern)
            if match is not None:
                return [len(group) for group in match.groups()]
        return []

    def _parse_optional(self, arg_string):
        """(action, option string, explicit argument) when arg_string is
        an option (action None: an option this parser does not know), or
        None when it is a positional argument."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            return self._option_string_actions[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if "=" in arg_string:
            option, explicit_arg = arg_string.split("=", 1)
            if option in self._option_string_actions:
                return self._option_string_actions[option], option, explicit_arg
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            names = ", ".join(option for _, option, _ in candidates)
            self.error("ambiguous option: %s could match %s" % (arg_string, names))
        elif len(candidates) == 1:
            return candidates[0]
        if (self._negative_number_matcher.match(arg_string)
                and not self._has_negative_number_optionals):
            return None
        if " " in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        """The options arg_string may stand for: abbreviations of long
        options, and a short option with its argument attached."""
        found = []
        chars = self.prefix_chars
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                if "=" in option_string:
                    prefix, explicit_arg = option_string.split("=", 1)
                else:
                    prefix, explicit_arg = option_string, None
                for option, action in self._option_string_actions.items():
                    if option.startswith(prefix):
                        found.append((action, option, explicit_arg))
        elif option_string[0] in chars and option_string[1] not in chars:
            short_prefix = option_string[:2]
            attached = option_string[2:]
            for option, action in self._option_string_actions.items():
                if option == short_prefix:
                    found.append((action, option, attached))
                elif option.startswith(option_string):
                    found.append((action, option, None))
        else:
            self.error("unexpected option string: %s" % option_string)
        return found

    def _get_nargs_pattern(self, action):
        nargs = action.nargs
        if nargs is None:
            pattern = "(-*A-*)"
        elif nargs == OPTIONAL:
            pattern = "(-*A?-*)"
        elif nargs == ZERO_OR_MORE:
            pattern = "(-*[A-]*)"
        elif nargs == ONE_OR_MORE:
            pattern = "(-*A[A-]*)"
        elif nargs == REMAINDER:
            pattern = "([-AO]*)"
        elif nargs == PARSER:
            pattern = "(-*A[-AO]*)"
        elif nargs == SUPPRESS:
            pattern = "(-*-*)"
        else:
            pattern = "(-*%s-*)" % "-*".join("A" * nargs)
        if action.option_strings:
            # An option's values never include a '--'.
            pattern = pattern.replace("-*", "").replace("-", "")
        return pattern

    def _get_values(self, action, arg_strings):
        """The value an action receives for its strings."""
        if action.nargs not in (PARSER, REMAINDER):
            try:
                arg_strings.remove("--")
            except ValueError:
                pass
        nargs = action.nargs
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif nargs == REMAINDER:
            value = [self._get_value(action, string) for string in arg_strings]
        elif nargs == PARSER:
            value = [self._get_value(action, string) for string in arg_strings]
            self._check_value(action, value[0])
        elif nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, string) for string in arg_strings]
            for item in value:
                self._check_value(action, item)
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registry_get("type", action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, "%r is not callable" % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as error:
            raise ArgumentError(action, str(error))
        except (TypeError, ValueError):
            name = getattr(action.type, "__name__", repr(action.type))
            raise ArgumentError(action, "invalid %s value: %r" % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ", ".join(map(repr, action.choices))
            raise ArgumentError(action, "invalid choice: %r (choose from %s)"
                                % (value, choices))

    # ---- help and errors

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        file = file or _sys.stderr
        try:
            file.write(message)
        except (AttributeError, OSError):
            pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and the message to stderr and exits with 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))


def _identity(string):
    return string


class _Parse(object):
    """One run of parse_known_args over a list of strings."""

    def __init__(self, parser, arg_strings, namespace):
        self.parser = parser
        if parser.fromfile_prefix_chars is not None:
            arg_strings = parser._read_args_from_files(arg_strings)
        self.arg_strings = arg_strings
        self.namespace = namespace
        self.extras = []
        self.seen_actions = set()
        self.seen_non_default_actions = set()
        self.positionals = parser._get_positional_actions()
        # Each action of a mutually exclusive group conflicts with the
        # group's others.
        self.conflicts = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for index, action in enumerate(members):
                others = self.conflicts.setdefault(action, [])
                others.extend(members[:index])
                others.extend(members[index + 1:])
        self._classify()

    def _classify(self):
        # One letter per string: 'O' an option, 'A' an argument, '-' the
        # '--' after which every string is an argument.
        self.option_indices = {}
        letters = []
        after_separator = False
        for index, arg_string in enumerate(self.arg_strings):
            if after_separator:
                letters.append("A")
            elif arg_string == "--":
                letters.append("-")
                after_separator = True
            else:
                option = self.parser._parse_optional(arg_string)
                if option is None:
                    letters.append("A")
                else:
                    self.option_indices[index] = option
                    letters.append("O")
        self.pattern = "".join(letters)

    def run(self):
        start = 0
        last_option = max(self.option_indices) if self.option_indices else -1
        while start <= last_option:
            next_option = min(index for index in self.option_indices if index >= start)
            if start != next_option:
                positionals_end = self._consume_positionals(start)
                if positionals_end > start:
                    # The positionals may have taken the option strings too
                    # (nargs=REMAINDER or PARSER).
                    start = positionals_end
                    continue
                start = positionals_end
            if start not in self.option_indices:
                self.extras.extend(self.arg_strings[start:next_option])
                start = next_option
            start = self._consume_optional(start)
        stop = self._consume_positionals(start)
        self.extras.extend(self.arg_strings[stop:])
        self._check_required()
        return self.namespace, self.extras

    def _take_action(self, action, argument_strings, option_string=None):
        parser = self.parser
        self.seen_actions.add(action)
        values = parser._get_values(action, argument_strings)
        # An argument that got its default value does not count as given
        # for mutual exclusion.
        if values is not action.default:
            self.seen_non_default_actions.add(action)
            for other in self.conflicts.get(action, []):
                if other in self.seen_non_default_actions:
                    raise ArgumentError(action, "not allowed with argument %s"
                                        % _get_action_name(other))
        if values is not SUPPRESS:
            action(parser, self.namespace, values, option_string)

    def _consume_optional(self, start):
        parser = self.parser
        action, option_string, explicit_arg = self.option_indices[start]
        to_take = []
        while True:
            if action is None:
                self.extras.append(self.arg_strings[start])
                return start + 1
            if explicit_arg is None:
                # The values are the strings that follow.
                first = start + 1
                count = parser._match_argument(action, self.pattern[first:])
                stop = first + count
                to_take.append((action, self.arg_strings[first:stop], option_string))
                break
            count = parser._match_argument(action, "A")
            if (count == 0 and option_string[1] not in parser.prefix_chars
                    and explicit_arg != ""):
                # -xyz: a flag -x, then -y and -z (or -y with value z).
                to_take.append((action, [], option_string))
                option_string = option_string[0] + explicit_arg[0]
                rest = explicit_arg[1:] or None
                if option_string not in parser._option_string_actions:
                    raise ArgumentError(action, "ignored explicit argument %r"
                                        % explicit_arg)
                action = parser._option_string_actions[option_string]
                explicit_arg = rest
            elif count == 1:
                stop = start + 1
                to_take.append((action, [explicit_arg], option_string))
                break
            else:
                raise ArgumentError(action, "ignored explicit argument %r" % explicit_arg)
        for action, values, option_string in to_take:
            self._take_action(action, values, option_string)
        return stop

    def _consume_positionals(self, start):
        counts = self.parser._match_arguments_partial(self.positionals, self.pattern[start:])
        for action, count in zip(self.positionals, counts):
            strings = self.arg_strings[start:start + count]
            start += count
            self._take_action(action, strings)
        del self.positionals[:len(counts)]
        return start

    def _check_required(self):
        parser = self.parser
        namespace = self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen_actions:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (action.default is not None and isinstance(action.default, str)
                  and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                # A string default is converted by type= only when used.
                setattr(namespace, action.dest, parser._get_value(action, action.default))
        if missing:
            parser.error("the following arguments are required: %s" % ", ".join(missing))
        for group in parser._mutually_exclusive_groups:
            if not group.required:
                continue
            if any(action in self.seen_non_default_actions for action in group._group_actions):
                continue
            names = [_get_action_name(action) for action in group._group_actions
                     if action.help is not SUPPRESS]
            parser.error("one of the arguments %s is required" % " ".join(names))
