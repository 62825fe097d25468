# A re tokenizer: an arithmetic expression scanned into tokens and evaluated.
import re

TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d*)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|[-+*/()=])
  | (?P<SPACE>\s+)
  | (?P<ERROR>.)
""", re.VERBOSE)


def tokenize(text):
    for match in TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "SPACE":
            continue
        if kind == "ERROR":
            raise SyntaxError(f"unexpected {match.group()!r} at {match.start()}")
        yield kind, match.group(), match.span()


for kind, value, span in tokenize("rate = 2.5 * (hours + 10) ** 2"):
    print(f"{kind:<7} {value!r:<8} {span}")
try:
    list(tokenize("a $ b"))
except SyntaxError as error:
    print("SyntaxError:", error)

print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail bob@example.com or amy@test.com"))
print(re.split(r"\s*[,;]\s*", "a , b;c ;  d"))
print(re.findall(r"\b(\w)(\w*)\1\b", "anna bob civic deed level noon"))
date = re.fullmatch(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", "2026-12-04")
print(date.groupdict(), date.group("year", "day"), date.span("month"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.search(r"(?<=\$)\d+(?=\.)", "cost: $42.50").group())
for pattern in ("(", "a{2,1}", "[z-a]"):
    try:
        re.compile(pattern)
    except re.error as error:
        print("re.error:", error)
