"""Issuing warnings and controlling which are shown.

The filters list, the default action and the "once" registry are the ones
the native `_warnings` module holds, and `_warnings.warn` (what the VM and
the native modules use) runs this module's `warn`: every warning passes
the same filters and the same `showwarning`.
"""

import sys
from _warnings import (filters, _defaultaction as defaultaction,
                       _onceregistry as onceregistry, warn, warn_explicit)

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings",
           "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# Bumped whenever the filters change: a module's __warningregistry__ made
# under other filters is forgotten (its "version" entry tells).
_filters_version = 0


def _filters_mutated():
    global _filters_version
    _filters_version += 1


class WarningMessage(object):
    """What one warning was: showwarning's arguments, as catch_warnings
    records them."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


# ---------------------------------------------------------------- output

def _source_line(filename, lineno):
    """Line `lineno` of the file (linecache's job, when there is one)."""
    try:
        import linecache
    except ImportError:
        pass
    else:
        return linecache.getline(filename, lineno)
    if lineno < 1 or filename.startswith("<"):
        return ""
    try:
        with open(filename, encoding="utf-8", errors="replace") as file:
            for number, line in enumerate(file, 1):
                if number == lineno:
                    return line
    except OSError:
        pass
    return ""


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    text = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    line = msg.line
    if line is None:
        try:
            line = _source_line(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        text += "  %s\n" % line.strip()
    if msg.source is not None:
        # pyvm has no tracemalloc: CPython says this when it is not tracing.
        text += (f"{category}: Enable tracemalloc to get the object "
                 f"allocation traceback\n")
    return text


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes for a warning."""
    return _formatwarnmsg_impl(
        WarningMessage(message, category, filename, lineno, None, line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to `file` (sys.stderr by default)."""
    _showwarnmsg_impl(
        WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    # A program's own formatwarning is called with the classic arguments
    # (a program may also have deleted the name).
    format_function = globals().get("formatwarning", _formatwarning_orig)
    if format_function is not _formatwarning_orig:
        return format_function(msg.message, msg.category, msg.filename,
                               msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    # A program's own showwarning is called with the classic arguments
    # (a program may also have deleted the name).
    show_function = globals().get("showwarning", _showwarning_orig)
    if show_function is not _showwarning_orig:
        if not callable(show_function):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        show_function(msg.message, msg.category, msg.filename, msg.lineno,
                      msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


# ---------------------------------------------------------------- filters

def _add_filter(*item, append):
    # A filter added again moves to the front (or stays where it is when
    # appended).
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Adds a filter: `message` (case-insensitive) and `module` are regular
    expressions matched at the start of the text and module name."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter for every warning of `category` (at `lineno`)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Removes every filter, the default ones too."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    if type(pattern) is str:
        # The default filters name their module as plain text.
        return pattern == text
    return bool(pattern.match(text))


def _find_action(category, text, lineno, module):
    """The action of the first filter that matches, and that filter."""
    if not isinstance(filters, list):
        raise TypeError("_warnings.filters must be a list")
    for index, item in enumerate(filters):
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple"
                             % index)
        action, message, filter_category, filter_module, filter_lineno = item
        if (_matches(message, text) and issubclass(category, filter_category)
                and _matches(filter_module, module)
                and (filter_lineno == 0 or filter_lineno == lineno)):
            return action, item
    return defaultaction, None


def _already_warned(registry, key, remember):
    """Whether `registry` has `key`; a registry made under other filters
    is emptied first."""
    if registry.get("version") != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if registry.get(key):
        return True
    if remember:
        registry[key] = True
    return False


# ---------------------------------------------------------------- warn

def _as_int(value):
    # As the C arguments do: ints and objects with __index__ only.
    if type(value) is int:
        return value
    import operator
    return operator.index(value)


# warn and warn_explicit are _warnings' native functions, which call these
# and raise the exception they return (a filter's "error"), so that its
# traceback starts at the line that warned, as in CPython.

def _warn_impl(message, category, stacklevel, source):
    """Issues a warning, attributed to the code `stacklevel` calls up."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    stacklevel = _as_int(stacklevel)
    try:
        frame = sys._getframe(max(stacklevel, 1))
    except ValueError:
        frame = None
    if frame is None:
        namespace = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        namespace = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    # A module named None is named after its file by warn_explicit.
    module = namespace.get("__name__", "<string>")
    if module is not None and not isinstance(module, str):
        module = "<string>"
    registry = namespace.get("__warningregistry__")
    if registry is None:
        registry = namespace["__warningregistry__"] = {}
    return _warn_explicit_impl(message, category, filename, lineno, module,
                               registry, namespace, source)


def _warn_explicit_impl(message, category, filename, lineno, module,
                        registry, module_globals, source):
    """Issues a warning for the given place; returns the exception to
    raise if it is an error."""
    lineno = _as_int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return None

    action, item = _find_action(category, text, lineno, module)
    if not isinstance(action, str):
        raise TypeError("action must be a string, not '%s'"
                        % type(action).__name__)
    if action == "error":
        return message
    if action == "ignore":
        return None
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            place = registry
            if place is None:
                place = onceregistry
            if _already_warned(place, (text, category), True):
                return None
        elif action == "module":
            if registry is not None and _already_warned(
                    registry, (text, category), True):
                return None
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:"
                               "\n %r" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None,
                                None, source))
    return None


# ---------------------------------------------------------------- catch_warnings

class catch_warnings(object):
    """A context manager that restores the filters and showwarning on exit;
    with record=True, `as` gives the list the warnings are recorded in
    (WarningMessage objects) instead of shown."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        arguments = []
        if self._record:
            arguments.append("record=True")
        if self._module is not sys.modules["warnings"]:
            arguments.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(arguments))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._saved_filters = module.filters
        module.filters = self._saved_filters[:]
        module._filters_mutated()
        self._saved_showwarning = module.showwarning
        self._saved_showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        module._showwarnmsg_impl = log.append
        # Recording needs the standard showwarning, which calls
        # _showwarnmsg_impl.
        module.showwarning = module._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._saved_filters
        module._filters_mutated()
        module.showwarning = self._saved_showwarning
        module._showwarnmsg_impl = self._saved_showwarnmsg_impl


# ---------------------------------------------------------------- -W options

class _OptionError(Exception):
    """A -W option or PYTHONWARNINGS entry that makes no filter."""


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for name in ("default", "always", "ignore", "module", "once", "error"):
        if name.startswith(action):
            return name
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if "." not in category:
        import builtins as module
        name = category
    else:
        module_name, _, name = category.rpartition(".")
        try:
            module = __import__(module_name, None, None, [name])
        except ImportError:
            raise _OptionError("invalid module name: %r"
                               % (module_name,)) from None
    try:
        result = getattr(module, name)
    except AttributeError:
        raise _OptionError("unknown warning category: %r"
                           % (category,)) from None
    if not issubclass(result, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return result


def _setoption(option):
    """Adds the filter of one "action:message:category:module:lineno"."""
    parts = option.split(":")
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (option,))
    parts += [""] * (5 - len(parts))
    action, message, category, module, lineno = [part.strip()
                                                 for part in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
    if message:
        message = re.escape(message)
    if module:
        module = re.escape(module) + r"\Z"
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _processoptions(options):
    for option in options:
        try:
            _setoption(option)
        except _OptionError as error:
            print("Invalid -W option ignored:", error, file=sys.stderr)


_processoptions(getattr(sys, "warnoptions", ()))
