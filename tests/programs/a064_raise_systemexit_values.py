# raise SystemExit with a value larger than 255 or negative, after normal output: exit status is the value modulo 256 (here 256+7 -> 7)
print('about to raise SystemExit(263)')
raise SystemExit(263)
