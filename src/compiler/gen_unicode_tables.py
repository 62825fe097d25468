#!/usr/bin/env python3
"""Write unicode_tables.inc: the Unicode facts the front end needs, taken from
the running CPython's unicodedata so pyvm agrees with it character for
character.

    python3 src/compiler/gen_unicode_tables.py > src/compiler/unicode_tables.inc

Tables (sorted, inclusive code point ranges, ASCII left to the C++ code):
  kNonPrintableRanges   not str.isprintable()   (repr escapes them)
  kIdentifierStartRanges    may start an identifier
  kIdentifierContinueRanges may continue an identifier
  kCharacterNames       \\N{...} names: every character of the common blocks
                        below plus a few emoji (the full table would be ~1 MB)
  kIdentifierNfkc       per-character NFKC forms of identifier characters,
                        which CPython applies to non-ASCII identifiers
"""
import sys
import unicodedata


def ranges(predicate, lowest=0):
    result, start = [], None
    for cp in range(lowest, 0x110000):
        if predicate(cp):
            if start is None:
                start = cp
        elif start is not None:
            result.append((start, cp - 1))
            start = None
    if start is not None:
        result.append((start, 0x10FFFF))
    return result


def emit_ranges(name, table):
    print(f'constexpr CodePointRange {name}[] = {{')
    line = ' '
    for lo, hi in table:
        item = f' {{0x{lo:X}, 0x{hi:X}}},'
        if len(line) + len(item) > 100:
            print(line)
            line = ' '
        line += item
    print(line)
    print('};')
    print()


NAMES = """
NULL;SPACE;CHARACTER TABULATION;LINE FEED;CARRIAGE RETURN;ESCAPE;DELETE;BELL;BACKSPACE;
FORM FEED;LINE TABULATION;NO-BREAK SPACE;EXCLAMATION MARK;QUOTATION MARK;NUMBER SIGN;
DOLLAR SIGN;PERCENT SIGN;AMPERSAND;APOSTROPHE;LEFT PARENTHESIS;RIGHT PARENTHESIS;ASTERISK;
PLUS SIGN;COMMA;HYPHEN-MINUS;FULL STOP;SOLIDUS;COLON;SEMICOLON;LESS-THAN SIGN;EQUALS SIGN;
GREATER-THAN SIGN;QUESTION MARK;COMMERCIAL AT;LEFT SQUARE BRACKET;REVERSE SOLIDUS;
RIGHT SQUARE BRACKET;CIRCUMFLEX ACCENT;LOW LINE;GRAVE ACCENT;LEFT CURLY BRACKET;VERTICAL LINE;
RIGHT CURLY BRACKET;TILDE;INVERTED EXCLAMATION MARK;CENT SIGN;POUND SIGN;CURRENCY SIGN;
YEN SIGN;BROKEN BAR;SECTION SIGN;DIAERESIS;COPYRIGHT SIGN;FEMININE ORDINAL INDICATOR;
LEFT-POINTING DOUBLE ANGLE QUOTATION MARK;NOT SIGN;SOFT HYPHEN;REGISTERED SIGN;MACRON;
DEGREE SIGN;PLUS-MINUS SIGN;SUPERSCRIPT TWO;SUPERSCRIPT THREE;ACUTE ACCENT;MICRO SIGN;
PILCROW SIGN;MIDDLE DOT;CEDILLA;SUPERSCRIPT ONE;MASCULINE ORDINAL INDICATOR;
RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK;VULGAR FRACTION ONE QUARTER;
VULGAR FRACTION ONE HALF;VULGAR FRACTION THREE QUARTERS;INVERTED QUESTION MARK;
MULTIPLICATION SIGN;DIVISION SIGN;LATIN SMALL LETTER SHARP S;LATIN SMALL LETTER A WITH GRAVE;
LATIN SMALL LETTER A WITH ACUTE;LATIN SMALL LETTER A WITH CIRCUMFLEX;
LATIN SMALL LETTER A WITH DIAERESIS;LATIN SMALL LETTER A WITH RING ABOVE;LATIN SMALL LETTER AE;
LATIN SMALL LETTER C WITH CEDILLA;LATIN SMALL LETTER E WITH GRAVE;
LATIN SMALL LETTER E WITH ACUTE;LATIN SMALL LETTER E WITH CIRCUMFLEX;
LATIN SMALL LETTER E WITH DIAERESIS;LATIN SMALL LETTER I WITH ACUTE;
LATIN SMALL LETTER N WITH TILDE;LATIN SMALL LETTER O WITH ACUTE;
LATIN SMALL LETTER O WITH DIAERESIS;LATIN SMALL LETTER O WITH STROKE;
LATIN SMALL LETTER U WITH ACUTE;LATIN SMALL LETTER U WITH DIAERESIS;
LATIN CAPITAL LETTER A WITH DIAERESIS;LATIN CAPITAL LETTER E WITH ACUTE;
LATIN CAPITAL LETTER O WITH DIAERESIS;LATIN CAPITAL LETTER U WITH DIAERESIS;EN DASH;EM DASH;
HORIZONTAL BAR;LEFT SINGLE QUOTATION MARK;RIGHT SINGLE QUOTATION MARK;
LEFT DOUBLE QUOTATION MARK;RIGHT DOUBLE QUOTATION MARK;DAGGER;DOUBLE DAGGER;BULLET;
HORIZONTAL ELLIPSIS;PER MILLE SIGN;PRIME;DOUBLE PRIME;ZERO WIDTH SPACE;ZERO WIDTH NON-JOINER;
ZERO WIDTH JOINER;LEFT-TO-RIGHT MARK;RIGHT-TO-LEFT MARK;LINE SEPARATOR;PARAGRAPH SEPARATOR;
NARROW NO-BREAK SPACE;WORD JOINER;ZERO WIDTH NO-BREAK SPACE;REPLACEMENT CHARACTER;
OBJECT REPLACEMENT CHARACTER;EURO SIGN;INDIAN RUPEE SIGN;TRADE MARK SIGN;NUMERO SIGN;
ESTIMATED SYMBOL;LEFTWARDS ARROW;UPWARDS ARROW;RIGHTWARDS ARROW;DOWNWARDS ARROW;
LEFT RIGHT ARROW;RIGHTWARDS DOUBLE ARROW;FOR ALL;PARTIAL DIFFERENTIAL;THERE EXISTS;EMPTY SET;
INCREMENT;NABLA;ELEMENT OF;NOT AN ELEMENT OF;N-ARY PRODUCT;N-ARY SUMMATION;MINUS SIGN;
SQUARE ROOT;INFINITY;LOGICAL AND;LOGICAL OR;INTERSECTION;UNION;INTEGRAL;ALMOST EQUAL TO;
NOT EQUAL TO;IDENTICAL TO;LESS-THAN OR EQUAL TO;GREATER-THAN OR EQUAL TO;
BOX DRAWINGS LIGHT HORIZONTAL;BOX DRAWINGS LIGHT VERTICAL;BOX DRAWINGS LIGHT DOWN AND RIGHT;
BOX DRAWINGS LIGHT DOWN AND LEFT;BOX DRAWINGS LIGHT UP AND RIGHT;BOX DRAWINGS LIGHT UP AND LEFT;
BOX DRAWINGS DOUBLE HORIZONTAL;BOX DRAWINGS DOUBLE VERTICAL;FULL BLOCK;LIGHT SHADE;
MEDIUM SHADE;DARK SHADE;BLACK SQUARE;WHITE SQUARE;BLACK UP-POINTING TRIANGLE;
BLACK DOWN-POINTING TRIANGLE;BLACK CIRCLE;WHITE CIRCLE;BLACK STAR;WHITE STAR;SNOWMAN;
BLACK SPADE SUIT;BLACK CLUB SUIT;BLACK HEART SUIT;BLACK DIAMOND SUIT;WHITE HEART SUIT;
CHECK MARK;HEAVY CHECK MARK;BALLOT X;HEAVY BALLOT X;WHITE SMILING FACE;BLACK SUN WITH RAYS;
CLOUD;GRINNING FACE;SMILING FACE WITH SMILING EYES;FACE WITH TEARS OF JOY;SNAKE;PILE OF POO;
THUMBS UP SIGN;HEAVY BLACK HEART;SPARKLES;ROCKET;PARTY POPPER;FIRE;WAVING HAND SIGN;CAT FACE;
DOG FACE;IDEOGRAPHIC SPACE;IDEOGRAPHIC FULL STOP;HIRAGANA LETTER A;KATAKANA LETTER A;
CYRILLIC CAPITAL LETTER A;CYRILLIC SMALL LETTER A;HEBREW LETTER ALEF;ARABIC LETTER ALEF
"""


NAMED_BLOCKS = [
    (0x0000, 0x024F),  # Latin
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x04FF),  # Cyrillic
    (0x2000, 0x206F),  # General Punctuation
    (0x20A0, 0x20CF),  # Currency Symbols
    (0x2100, 0x218F),  # Letterlike Symbols, Number Forms
    (0x2190, 0x23FF),  # Arrows, Mathematical Operators, Miscellaneous Technical
    (0x2500, 0x27BF),  # Box Drawing .. Dingbats
]


def character_names():
    names = [n.strip() for n in NAMES.replace('\n', '').split(';') if n.strip()]
    for first, last in NAMED_BLOCKS:
        for cp in range(first, last + 1):
            name = unicodedata.name(chr(cp), '')
            if name:
                names.append(name)
    for letter in 'ABCDEFGHIJKLMNOPQRSTUVWXYZ':
        names += ['LATIN CAPITAL LETTER ' + letter, 'LATIN SMALL LETTER ' + letter]
    for digit in 'ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE'.split():
        names.append('DIGIT ' + digit)
    for letter in ('ALPHA BETA GAMMA DELTA EPSILON ZETA ETA THETA IOTA KAPPA LAMDA MU NU XI '
                   'OMICRON PI RHO SIGMA TAU UPSILON PHI CHI PSI OMEGA').split():
        names += ['GREEK CAPITAL LETTER ' + letter, 'GREEK SMALL LETTER ' + letter]
    return sorted({(n, ord(unicodedata.lookup(n))) for n in names})


def main():
    print('// Generated by gen_unicode_tables.py from CPython %s (Unicode %s). Do not edit.'
          % (sys.version.split()[0], unicodedata.unidata_version))
    print()
    emit_ranges('kNonPrintableRanges', ranges(lambda c: not chr(c).isprintable()))
    emit_ranges('kIdentifierStartRanges', ranges(lambda c: chr(c).isidentifier(), 128))
    emit_ranges('kIdentifierContinueRanges',
                ranges(lambda c: ('a' + chr(c)).isidentifier(), 128))
    print('constexpr CharacterName kCharacterNames[] = {')
    for name, cp in character_names():
        print(f'    {{"{name}", 0x{cp:04X}}},')
    print('};')
    print()
    print('constexpr NfkcMapping kIdentifierNfkc[] = {')
    for cp in range(0x80, 0x110000):
        c = chr(cp)
        if not ('a' + c).isidentifier():
            continue
        normal = unicodedata.normalize('NFKC', c)
        if normal != c:
            escaped = ''.join('\\x%02X' % b for b in normal.encode('utf-8'))
            print(f'    {{0x{cp:X}, "{escaped}"}},')
    print('};')


if __name__ == '__main__':
    main()
