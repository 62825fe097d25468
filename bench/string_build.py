# Hot path: building strings piece by piece: `+=` in loops, str.join, f-strings and %-formatting of numbers, str * n, slicing the result.
import sys


class Report:
    """A plain-text table built line by line."""

    def __init__(self, title):
        self.text = title + "\n" + "=" * len(title) + "\n"
        self.lines = 0

    def add_row(self, cells, widths):
        line = ""
        for cell, width in zip(cells, widths):
            text = str(cell)
            line += text + " " * (width - len(text)) + "|"
        self.text += line + "\n"
        self.lines += 1


def digits_text(count):
    """The decimal digits of 0, 1, 2, ... concatenated until `count` characters."""
    text = ""
    number = 0
    while len(text) < count:
        text += str(number)
        number += 1
    return text[:count]


def csv_line(values):
    line = ""
    for index, value in enumerate(values):
        if index:
            line += ","
        line += "%d:%.2f" % (value, value / 7)
    return line


def joined_words(count):
    words = []
    for i in range(count):
        words.append(f"w{i % 97:02d}-{i * 31 % 1000:03d}")
    return " ".join(words)


def caesar(text, shift):
    out = ""
    for ch in text:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - 97 + shift) % 26 + 97)
        else:
            out += ch
    return out


def checksum(text):
    total = 0
    for i in range(0, len(text), 7):
        total = (total * 131 + ord(text[i])) % 1000000007
    return total


def main():
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    sums = []
    for round_number in range(60 * scale):
        report = Report("Round %d" % round_number)
        widths = (6, 12, 10)
        for i in range(3000):
            report.add_row((i, "item%d" % (i * 7 % 1000), f"{i / 3:.3f}"), widths)
        digits = digits_text(60000)
        lines = [csv_line(range(i, i + 20)) for i in range(0, 1500, 3)]
        words = joined_words(8000)
        secret = caesar(words[:30000], round_number + 3)
        document = report.text + digits + "\n".join(lines) + secret
        sums.append((len(document), checksum(document), document.count("|"), secret[-25:-1]))
    for length, total, bars, tail in sums[-3:]:
        print(length, total, bars, tail)


main()
