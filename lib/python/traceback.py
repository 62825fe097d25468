"""Extracting, formatting and printing stack traces and exceptions.

The text is CPython 3.11's, the same pyvm's own printer writes for an
uncaught exception: each entry's source line and, when the failing
expression is only part of the line, a marker line under it (`^^^^`, or
`~~~^^^~~` around a binary operator or a subscript).

pyvm specifics: a traceback's tb_lasti counts instructions (CPython's
counts bytes), so it indexes code.co_positions() directly; finding the
operator of a binary operation or the brackets of a subscript needs the
parser, which the private _pyvm module lends (`caret_anchors`). As in
CPython 3.11, the "Did you mean" suggestions of NameError and
AttributeError are the interpreter's alone (this module has none).
"""

import sys
import linecache
import _pyvm

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3  # identical entries shown before "[Previous line repeated ...]"

_CAUSE_MESSAGE = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_CONTEXT_MESSAGE = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


class _Implicit:
    """The default of print_exception's value and tb: not given."""

    def __repr__(self):
        return '<implicit>'


_implicit = _Implicit()


# -- Printing and formatting lists of entries --------------------------------

def print_list(extracted_list, file=None):
    """Print the entries of extract_tb() or extract_stack() (or tuples of
    (filename, lineno, name, line)) as a traceback shows them."""
    if file is None:
        file = sys.stderr
    for text in StackSummary.from_list(extracted_list).format():
        print(text, file=file, end="")


def format_list(extracted_list):
    """The strings print_list() would print, one per entry."""
    return StackSummary.from_list(extracted_list).format()


# -- Tracebacks ---------------------------------------------------------------

def print_tb(tb, limit=None, file=None):
    """Print the entries of a traceback object (up to `limit` of them)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """The strings print_tb() would print."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of a traceback object's entries, outermost first."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_positions(tb), limit=limit)


# -- Exceptions ---------------------------------------------------------------

def _value_and_traceback(exc, value, tb):
    """print_exception's arguments as (exception, traceback): the old form
    (type, value, tb), or the exception alone."""
    if (value is _implicit) != (tb is _implicit):
        raise ValueError("Both or neither of value and tb must be given")
    if value is not _implicit:
        return value, tb
    if exc is None:
        return None, None
    if isinstance(exc, BaseException):
        return exc, exc.__traceback__
    raise TypeError(f'Exception expected for value, '
                    f'{type(exc).__name__} found')


def print_exception(exc, /, value=_implicit, tb=_implicit, limit=None,
                    file=None, chain=True):
    """Print an exception with its traceback and the exceptions it was
    chained from (unless chain is false), to file or sys.stderr."""
    value, tb = _value_and_traceback(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    report.print(file=file, chain=chain)


def format_exception(exc, /, value=_implicit, tb=_implicit, limit=None,
                     chain=True):
    """The strings print_exception() would print (each may hold several
    lines)."""
    value, tb = _value_and_traceback(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(report.format(chain=chain))


def format_exception_only(exc, /, value=_implicit):
    """The last lines of an exception's report: "Type: message" (and, for
    a SyntaxError, the place and the marked source line before it)."""
    if value is _implicit:
        value = exc
    report = TracebackException(type(value), value, None, compact=True)
    return list(report.format_exception_only())


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


def _final_line(type_name, value):
    """ "Type: message\\n", or "Type\\n" when the message is empty."""
    text = _safe_string(value, 'exception')
    if value is None or not text:
        return f"{type_name}\n"
    return f"{type_name}: {text}\n"


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled, as print_exception() does."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The text print_exc() would print, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_type and friends, set
    by the interactive interpreter)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# -- The stack ----------------------------------------------------------------

def _caller_frame(frame):
    return sys._getframe(2) if frame is None else frame


def print_stack(f=None, limit=None, file=None):
    """Print the stack from its outermost frame down to f (default: the
    caller)."""
    print_list(extract_stack(_caller_frame(f), limit=limit), file=file)


def format_stack(f=None, limit=None):
    """The strings print_stack() would print."""
    return format_list(extract_stack(_caller_frame(f), limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack down to f (default: the caller),
    outermost frame first."""
    stack = StackSummary.extract(walk_stack(_caller_frame(f)), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the local variables of every frame of a traceback."""
    while tb is not None:
        frame = tb.tb_frame
        clear = getattr(frame, 'clear', None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                pass  # (a frame still running keeps its variables)
        tb = tb.tb_next


def walk_stack(f):
    """(frame, line number) from f outwards along f_back; with None,
    from a frame above the caller's, as CPython 3.11 counts."""
    if f is None:
        f = sys._getframe()
        for _ in range(4):
            if f is None:
                break
            f = f.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """(frame, line number) for each entry of a traceback, along tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_positions(tb):
    """(frame, (line, end line, column, end column)) for each entry; the
    columns are None when unknown or when the failing instruction starts
    on another line than the entry's (as pyvm's printer decides)."""
    while tb is not None:
        frame = tb.tb_frame
        line = tb.tb_lineno
        positions = _instruction_position(frame.f_code, tb.tb_lasti)
        if positions[0] == line:
            yield frame, positions
        else:
            yield frame, (line, None, None, None)
        tb = tb.tb_next


def _instruction_position(code, index):
    if index < 0:
        return None, None, None, None
    for i, position in enumerate(code.co_positions()):
        if i == index:
            return position
    return None, None, None, None


# -- FrameSummary and StackSummary --------------------------------------------

class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name, line (the
    stripped source line, read lazily) and, from a traceback, end_lineno,
    colno and end_colno (columns in UTF-8 bytes). Unpacks and indexes as
    (filename, lineno, name, line)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        if locals:
            self.locals = {key: _safe_string(value, 'local', func=repr)
                           for key, value in locals.items()}
        else:
            self.locals = None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, index):
        return (self.filename, self.lineno, self.name, self.line)[index]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return (f"<FrameSummary file {self.filename}, "
                f"line {self.lineno} in {self.name}>")

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        """The source line as in the file, indentation and newline kept."""
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def _character_offset(text, byte_offset):
    """The code-point index of a UTF-8 byte offset within text."""
    return len(text.encode('utf-8')[:byte_offset].decode('utf-8', errors='replace'))


def _marker_line(summary):
    """The "    ~~~^^^" line under an entry's source line, or None when the
    failing expression is the whole line (or its columns are unknown)."""
    if summary.colno is None or summary.end_colno is None:
        return None
    original = summary._original_line.rstrip('\r\n')
    stripped = summary.line
    indent = len(original) - len(original.lstrip())
    start = _character_offset(original, summary.colno)
    end = _character_offset(original, summary.end_colno)
    anchors = None
    if summary.lineno == summary.end_lineno:
        anchors = _pyvm.caret_anchors(original[start:end])
    else:
        end = indent + len(stripped)  # to the line's last non-blank
    if anchors is None and end - start >= len(stripped):
        return None
    markers = []
    for column in range(indent, end):
        if column < start:
            markers.append(' ')
        elif anchors is None:
            markers.append('^')
        elif anchors[0] <= column - start < anchors[1]:
            markers.append('^')
        else:
            markers.append('~')
    return '    ' + ''.join(markers) + '\n'


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """A StackSummary of (frame, line number) pairs, as walk_stack()
        and walk_tb() give them; the first `limit` of them (the last
        -limit if negative, sys.tracebacklimit if None)."""
        def with_positions():
            for frame, lineno in frame_gen:
                yield frame, (lineno, None, None, None)

        return klass._extract_from_extended_frame_gen(
            with_positions(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        entries = _limited(frame_gen, limit)
        result = klass()
        filenames = set()
        for frame, (lineno, end_lineno, colno, end_colno) in entries:
            code = frame.f_code
            filename = code.co_filename
            filenames.add(filename)
            linecache.lazycache(filename, frame.f_globals)
            frame_locals = frame.f_locals if capture_locals else None
            result.append(FrameSummary(
                filename, lineno, code.co_name, lookup_line=False,
                locals=frame_locals, end_lineno=end_lineno, colno=colno,
                end_colno=end_colno))
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary of FrameSummary objects or (filename, lineno,
        name, line) tuples."""
        result = StackSummary()
        for entry in a_list:
            if isinstance(entry, FrameSummary):
                result.append(entry)
            else:
                filename, lineno, name, line = entry
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry: its "  File" line, source line, marker
        line and, if captured, its local variables."""
        parts = [f'  File "{frame_summary.filename}", line '
                 f'{frame_summary.lineno}, in {frame_summary.name}\n']
        if frame_summary.line:
            parts.append(f'    {frame_summary.line}\n')
            markers = _marker_line(frame_summary)
            if markers is not None:
                parts.append(markers)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                parts.append(f'    {name} = {value}\n')
        return ''.join(parts)

    def format(self):
        """One string per entry, runs of more than three identical entries
        (recursion) cut to three and a "[Previous line repeated N more
        times]" line."""
        result = []
        last = None
        count = 0
        for summary in self:
            text = self.format_frame_summary(summary)
            if text is None:
                continue
            place = (summary.filename, summary.lineno, summary.name)
            if last is None or place != last or None in place:
                _append_repeats(result, count)
                last = place
                count = 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(text)
        _append_repeats(result, count)
        return result


def _append_repeats(result, count):
    if count > _RECURSIVE_CUTOFF:
        more = count - _RECURSIVE_CUTOFF
        result.append(f'  [Previous line repeated {more} more '
                      f'time{"s" if more > 1 else ""}]\n')


def _limited(entries, limit):
    """The first `limit` entries, or the last -limit ones if negative;
    sys.tracebacklimit (0 if negative) when limit is None."""
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return entries
    if limit >= 0:
        return _first(entries, limit)
    kept = list(entries)
    return kept[len(kept) + limit:] if -limit < len(kept) else kept


def _first(entries, count):
    if count <= 0:
        return
    for entry in entries:
        yield entry
        count -= 1
        if count == 0:
            return


# -- TracebackException -------------------------------------------------------

class _PrintContext:
    """Where format() stands in the boxes of nested exception groups."""

    def __init__(self):
        self.group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.group_depth)

    def emit(self, texts, margin_char=None):
        """Each line of the texts after the box's margin (none outside a
        group)."""
        if isinstance(texts, str):
            texts = [texts]
        prefix = self.indent()
        if self.group_depth:
            prefix += (margin_char or '|') + ' '
        for text in texts:
            yield ''.join(prefix + line for line in text.splitlines(True))


def _is_sequence_of_notes(notes):
    # (A str is a sequence too: CPython 3.11 shows each character as a note.)
    return isinstance(notes, (list, tuple)) or _is_abc_sequence(notes)


def _is_abc_sequence(value):
    try:
        from collections.abc import Sequence
    except ImportError:
        return False
    return isinstance(value, Sequence)


class TracebackException:
    """An exception captured for formatting later: its type, message,
    stack (a StackSummary), notes, the TracebackExceptions of its
    __cause__ and __context__ and, for an exception group, of its
    exceptions. Holds no reference to the exception or its frames."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        nested = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as error:
            self.__notes__ = [f'Ignored error getting __notes__: '
                              f'{_safe_string(error, "__notes__", repr)}']
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self._capture_syntax_error(exc_value)
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if not nested:
            self._capture_related(exc_value, _seen, compact, dict(
                limit=limit, lookup_lines=lookup_lines,
                capture_locals=capture_locals, max_group_width=max_group_width,
                max_group_depth=max_group_depth, _seen=_seen))

    def _capture_syntax_error(self, error):
        # (Line numbers are kept as strings, as CPython's are.)
        self.filename = error.filename
        self.lineno = None if error.lineno is None else str(error.lineno)
        self.end_lineno = None if error.end_lineno is None else str(error.end_lineno)
        self.text = error.text
        self.offset = error.offset
        self.end_offset = error.end_offset
        self.msg = error.msg

    def _capture_related(self, exc_value, seen, compact, options):
        """The TracebackExceptions of the causes, contexts and group members
        of the whole chain, each exception once, without recursion."""
        def capture(exception):
            return TracebackException(type(exception), exception,
                                      exception.__traceback__, **options)

        pending = [(self, exc_value)]
        while pending:
            report, exception = pending.pop()
            if exception is None:
                continue
            cause = exception.__cause__
            if cause is not None and id(cause) not in seen:
                report.__cause__ = capture(cause)
            need_context = (report.__cause__ is None and
                            not exception.__suppress_context__) if compact else True
            context = exception.__context__
            if context is not None and need_context and id(context) not in seen:
                report.__context__ = capture(context)
            if isinstance(exception, BaseExceptionGroup):
                report.exceptions = [capture(member) for member in exception.exceptions]
            if report.__cause__ is not None:
                pending.append((report.__cause__, cause))
            if report.__context__ is not None:
                pending.append((report.__context__, context))
            if report.exceptions:
                pending.extend(zip(report.exceptions, exception.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of an exception and its own traceback."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for summary in self.stack:
            summary.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The exception's last lines: "Type: message\\n" (with the place
        and marked source of a SyntaxError before it) and its notes."""
        if self.exc_type is None:
            yield _final_line(None, self._str)
            return
        type_name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module not in ("__main__", "builtins"):
            if not isinstance(module, str):
                module = "<unknown>"
            type_name = module + '.' + type_name
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(type_name)
        else:
            yield _final_line(type_name, self._str)
        notes = self.__notes__
        if _is_sequence_of_notes(notes):
            for note in notes:
                note = _safe_string(note, 'note')
                yield from [line + '\n' for line in note.split('\n')]
        elif notes is not None:
            yield _safe_string(notes, '__notes__', func=repr)

    def _format_syntax_error(self, type_name):
        """A SyntaxError's "  File" line, source line with carets under the
        error and "Type: message", as CPython's traceback module shows them."""
        place = ''
        if self.lineno is not None:
            yield f'  File "{self.filename or "<string>"}", line {self.lineno}\n'
        elif self.filename is not None:
            place = f' ({self.filename})'
        text = self.text
        if text is not None:
            line = text.rstrip('\n')
            content = line.lstrip(' \n\f')
            indent = len(line) - len(content)
            yield f'    {content}\n'
            if self.offset is not None:
                yield from _syntax_carets(content, indent, self.offset, self.end_offset)
        yield f"{type_name}: {self.msg or '<no detail available>'}{place}\n"

    def print(self, *, file=None, chain=True):
        """Print format()'s text to file (default sys.stderr)."""
        if file is None:
            file = sys.stderr
        for text in self.format(chain=chain):
            print(text, file=file, end="")

    def format(self, *, chain=True, _ctx=None):
        """The report's text in pieces: the exceptions it was chained from
        (unless chain is false), each with the line linking it to the next,
        then its own traceback and last lines; an exception group's members
        in boxes."""
        context = _PrintContext() if _ctx is None else _ctx
        for message, report in reversed(self._chain(chain)):
            if message is not None:
                yield from context.emit(message)
            if report.exceptions is None:
                if report.stack:
                    yield from context.emit('Traceback (most recent call last):\n')
                    yield from context.emit(report.stack.format())
                yield from context.emit(report.format_exception_only())
            elif context.group_depth > self.max_group_depth:
                yield from context.emit(
                    f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from report._format_group(context, chain)

    def _chain(self, chain):
        """[(message linking it to the next, report)] from this report back
        to the first exception of its chain."""
        links = []
        report = self
        while report is not None:
            if not chain:
                links.append((None, report))
                break
            if report.__cause__ is not None:
                message, following = _CAUSE_MESSAGE, report.__cause__
            elif report.__context__ is not None and not report.__suppress_context__:
                message, following = _CONTEXT_MESSAGE, report.__context__
            else:
                message, following = None, None
            links.append((message, report))
            report = following
        return links

    def _format_group(self, context, chain):
        toplevel = context.group_depth == 0
        if toplevel:
            context.group_depth += 1
        if self.stack:
            yield from context.emit('Exception Group Traceback (most recent call last):\n',
                                    margin_char='+' if toplevel else None)
            yield from context.emit(self.stack.format())
        yield from context.emit(self.format_exception_only())
        count = len(self.exceptions)
        width = self.max_group_width
        shown = count if count <= width else width + 1
        context.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                context.need_close = True  # (a nested group may draw it instead)
            truncated = i >= width
            title = '...' if truncated else f'{i + 1}'
            yield (context.indent() + ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
            context.group_depth += 1
            if truncated:
                remaining = count - width
                yield from context.emit(
                    f"and {remaining} more exception{'s' if remaining > 1 else ''}\n")
            else:
                yield from self.exceptions[i].format(chain=chain, _ctx=context)
            if last and context.need_close:
                yield context.indent() + "+------------------------------------\n"
                context.need_close = False
            context.group_depth -= 1
        if toplevel:
            context.group_depth = 0


def _syntax_carets(content, indent, offset, end_offset):
    """The caret line under a SyntaxError's stripped source line."""
    if end_offset in (None, 0):
        end_offset = offset
    if offset == end_offset or end_offset == -1:
        end_offset = offset + 1
    column = offset - 1 - indent
    end_column = end_offset - 1 - indent
    if column >= 0:
        spaces = ''.join(c if c.isspace() else ' ' for c in content[:column])
        yield f"    {spaces}{'^' * (end_column - column)}\n"
