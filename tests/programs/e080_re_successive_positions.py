# A tokenizer matching one long text at successive positions: each call
# sees the same text (pyvm decodes it once), and a new text is seen anew.
import re

text = "alpha 12 beta 345 γάμμα 6 " * 20000
token = re.compile(r"\s*(?:(\d+)|(\w+))")
pos, numbers, words = 0, 0, 0
while True:
    match = token.match(text, pos)
    if match is None:
        break
    if match.group(1):
        numbers += int(match.group(1))
    else:
        words += len(match.group(2))
    pos = match.end()
print(pos == len(text.rstrip()), numbers, words)

# Another text of the same length, and an edited copy, give their own answers.
other = text.replace("beta", "zeta")
print(token.match(other, 9).group(2), token.match(text, 9).group(2))
built = "x1"
for i in range(3):
    print(token.match(built).groups(), token.search(built, 1).groups())
    built += "y"
data = b"key=value; " * 1000
field = re.compile(rb"(\w+)=(\w+);\s*")
print(field.match(data, 11).groups(), len(field.findall(data)), field.match(bytearray(b"a=b;")).group(2))
try:
    field.match("a=b;")
except TypeError as error:
    print("TypeError:", error)
