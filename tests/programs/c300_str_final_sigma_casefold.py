# str.lower() turns 'Σ' into final 'ς' at the end of a word (Unicode's
# Final_Sigma: a cased letter before it, none after it, case-ignorable
# characters skipped); title, capitalize and swapcase lower-case the same way.
# casefold() never does, and folds some characters differently from lower().
words = ['ΟΔΟΣ', 'ΣΑ', 'Σ', 'aΣ', 'AΣ.', 'AΣ b', "O'Σ'", 'ΣΣΣ', 'ΑΣ\u0345', 'a\u00adΣ',
         'Σ\u00ad', 'ab.Σ', 'x\u02b0Σ', 'ΑΣ ΑΣ', '1Σ', 'ΑΣ1']
for word in words:
    print(ascii(word), ascii(word.lower()), ascii(word.title()), ascii(word.capitalize()),
          ascii(word.swapcase()), ascii(word.casefold()))
for text in ['Straße', 'ﬁne', 'µ', 'ſ', 'ᏸ', 'Ꭰ', 'ꭰ', 'İ', 'ŉ', 'ΐ', '\u0345', 'ϐ', 'ẞ']:
    print(ascii(text), ascii(text.lower()), ascii(text.casefold()), text.casefold() == text.lower())
print('ΣΊΣΥΦΟΣ'.casefold() == 'σίσυφοσ', 'ΣΊΣΥΦΟΣ'.lower())
