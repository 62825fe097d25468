# SPDX-License-Identifier: GPL-3.0-or-later
"""textwrap: wrap and fill paragraphs, shorten, dedent and indent text.

TextWrapper splits text into chunks (words, runs of whitespace, and the
pieces of hyphenated words), then packs the chunks into lines no wider than
width. pyvm has no `re`, so the chunking is a small scanner that follows the
rules of CPython's word-separator pattern exactly: where a word may break
after a hyphen, where an em-dash (--) stands alone, and what counts as a
letter.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_WHITESPACE = '\t\n\x0b\x0c\r '
_WORD_PUNCTUATION = '!"\'&.,?'


def _is_word_char(ch):
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    # A word character that is not a digit, as regular expressions see it.
    return _is_word_char(ch) and not ch.isdigit() and not ch.isdecimal()


def _is_word_punct(ch):
    return _is_word_char(ch) or ch in _WORD_PUNCTUATION


def _char(text, index):
    """text[index], or '' outside the text (so tests on it are simply false)."""
    if 0 <= index < len(text):
        return text[index]
    return ''


def _letter_at(text, index):
    ch = _char(text, index)
    return ch != '' and _is_letter(ch)


def _em_dash_end(text, index):
    """The end of an em-dash (two or more hyphens before a word character)
    starting at index, or -1."""
    end = index
    while end < len(text) and text[end] == '-':
        end += 1
    if end - index >= 2 and end < len(text) and _is_word_char(text[end]):
        return end
    return -1


def _breaks_after_hyphen(text, index):
    """Whether a word may break after the hyphen at text[index]."""
    after_two_letters = _letter_at(text, index - 2) and _letter_at(text, index - 1)
    after_letter_hyphen_letter = (_letter_at(text, index - 3)
                                  and _char(text, index - 2) == '-'
                                  and _letter_at(text, index - 1))
    if not (after_two_letters or after_letter_hyphen_letter):
        return False
    if not _letter_at(text, index + 1):
        return False
    return (_letter_at(text, index + 2)
            or (_char(text, index + 2) == '-' and _letter_at(text, index + 3)))


def _word_end(text, start):
    """The end of the word chunk starting at text[start] (not whitespace)."""
    end = start + 1
    while True:
        if end >= len(text) or text[end] in _WHITESPACE:
            return end
        if text[end] == '-' and _breaks_after_hyphen(text, end):
            return end + 1
        if _is_word_punct(text[end - 1]) and _em_dash_end(text, end) >= 0:
            return end
        end += 1


def _split_on_hyphens(text):
    chunks = []
    index = 0
    length = len(text)
    while index < length:
        if text[index] in _WHITESPACE:
            end = index + 1
            while end < length and text[end] in _WHITESPACE:
                end += 1
        else:
            end = -1
            if index > 0 and _is_word_punct(text[index - 1]):
                end = _em_dash_end(text, index)
            if end < 0:
                end = _word_end(text, index)
        chunks.append(text[index:end])
        index = end
    return chunks


def _split_on_whitespace(text):
    chunks = []
    index = 0
    length = len(text)
    while index < length:
        is_space = text[index] in _WHITESPACE
        end = index + 1
        while end < length and (text[end] in _WHITESPACE) == is_space:
            end += 1
        chunks.append(text[index:end])
        index = end
    return chunks


def _ends_sentence(chunk):
    """A lowercase letter, then . ! or ?, then maybe a quote, at the end."""
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wraps paragraphs of text to a width; the options are its attributes.

    width, initial_indent, subsequent_indent, expand_tabs, replace_whitespace,
    fix_sentence_endings, break_long_words, drop_whitespace,
    break_on_hyphens, tabsize, max_lines and placeholder mean what they mean
    for CPython's TextWrapper.
    """

    unicode_whitespace_trans = {ord(ch): ord(' ') for ch in _WHITESPACE}

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return _split_on_hyphens(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        """Make the space after a sentence's end two spaces."""
        index = 0
        while index < len(chunks) - 1:
            if chunks[index + 1] == ' ' and _ends_sentence(chunks[index]):
                chunks[index + 1] = '  '
                index += 2
            else:
                index += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put (part of) a chunk too long for any line on the current line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen that fits, unless only hyphens precede it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _check_width(self):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')

    def _wrap_chunks(self, chunks):
        """Pack chunks into lines; the last allowed line may get the placeholder."""
        self._check_width()
        lines = []
        chunks = chunks[::-1]   # take from the end: pop() is cheap
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and not chunks[-1].strip():
                chunks.pop()
            line = []
            line_len = 0
            while chunks and line_len + len(chunks[-1]) <= width:
                line_len += len(chunks[-1])
                line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, line_len, width)
                line_len = sum(len(piece) for piece in line)
            if self.drop_whitespace and line and not line[-1].strip():
                line_len -= len(line[-1])
                line.pop()
            if not line:
                continue
            if self._line_fits(lines, chunks, line_len, width):
                lines.append(indent + ''.join(line))
                continue
            self._end_with_placeholder(lines, line, line_len, width, indent)
            break
        return lines

    def _line_fits(self, lines, chunks, line_len, width):
        """Whether the line may be kept as it is under max_lines."""
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        rest_is_blank = (not chunks or (self.drop_whitespace and len(chunks) == 1
                                        and not chunks[0].strip()))
        return rest_is_blank and line_len <= width

    def _end_with_placeholder(self, lines, line, line_len, width, indent):
        while line:
            if line[-1].strip() and line_len + len(self.placeholder) <= width:
                line.append(self.placeholder)
                lines.append(indent + ''.join(line))
                return
            line_len -= len(line[-1])
            line.pop()
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of text wrapped to the width, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """text wrapped, as one string with its lines joined by newlines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into a list of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph and join its lines into one string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and truncate it to fit width."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def _is_blank_line(line):
    """A line of spaces and tabs only (at least one)."""
    return line != '' and line.strip(' \t') == ''


def _common_margin(margin, indent):
    if margin is None or indent.startswith(margin):
        return indent if margin is None else margin
    if margin.startswith(indent):
        return indent
    length = 0
    for a, b in zip(margin, indent):
        if a != b:
            break
        length += 1
    return margin[:length]


def dedent(text):
    """Remove the whitespace that every non-blank line starts with.

    Lines of only spaces and tabs become empty; tabs and spaces are not
    equivalent (a tab does not match eight spaces).
    """
    lines = ['' if _is_blank_line(line) else line for line in text.split('\n')]
    margin = None
    for line in lines:
        content = line.lstrip(' \t')
        if content == '':
            continue
        margin = _common_margin(margin, line[:len(line) - len(content)])
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text that predicate accepts
    (by default, the lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
