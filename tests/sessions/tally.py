# Reads commands from standard input until EOF, as a scripted debugger
# session will: "add N", "show", anything else is refused.
total = 0
while True:
    try:
        line = input('tally> ')
    except EOFError:
        print()
        break
    command, _, argument = line.partition(' ')
    if command == 'add':
        total += int(argument)
    elif command == 'show':
        print('total', total)
    else:
        print('unknown command:', repr(line))
print('final', total)
