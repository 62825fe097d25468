# Every pattern node of the match statement, and the soft keywords.
match command.split():
    case [action]:
        pass
    case [action, obj] if obj != "":
        pass
    case ["go", ("north" | "south") as direction, *_]:
        pass
    case [1, -2, 3.5, 4 + 5j, -6 - 7j, "s" "t", b"u", None, True, False]:
        pass
    case {"x": x, Color.RED: red, 8: _, **rest}:
        pass
    case Point(0, y=yy) | Point(x=0, y=yy) | module.Cls():
        pass
    case (a, b, *c) | [*c, a, b]:
        pass
    case ():
        pass
    case _:
        pass

match = case = _ = 1
match(match, case)
match[0] = match.case
match -match
print(_ )
