# comparisons among small ints, big ints and floats: exactness near 2**53 and 2**63, huge ints vs inf, nan, equality across types
M = 9223372036854775807
print(M == 2 ** 63 - 1, M < 2 ** 63, M + 1 > M, -M - 1 < -M, 2 ** 64 > 2 ** 63, -(2 ** 64) < -(2 ** 63))
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 < 2.0 ** 53 + 2)
print(M == 9.223372036854776e18, M < 9.223372036854776e18, M + 1 == 9.223372036854776e18, M + 2 > 9.223372036854776e18)
print(2 ** 1000 > 1e300, 2 ** 1024 > 1.7976931348623157e308, 10 ** 400 < float('inf'), -(10 ** 400) > float('-inf'))
print(10 ** 400 == float('inf'), 10 ** 400 != float('inf'), 10 ** 400 > 1e308)
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, 1 == nan, 2 ** 100 < nan, 2 ** 100 > nan)
print(1 == 1.0, 0 == -0.0, -1 == -1.0, 1 == 1.0000000000000002, 3 < 3.1, 3 > 2.9999999999999996)
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 1e16 + 1 == 1e16, 10 ** 16 + 1 == 1e16)
print(True == 1, False == 0, True == 1.0, True > 0.5, False < 0.1, (True == 1) is True)
print(max(2 ** 100, 1e30), min(2 ** 100, 1e31), max(3, 3.0), max(3.0, 3), min(0, -0.0), min(-0.0, 0))
print(sorted([2 ** 64, 1.5e19, 18446744073709551615, 1e19, -1e19, -(2 ** 64), 0, -0.0]))
print(sorted([3, 2.5, True, False, -1, 2 ** 70, 1.2e21]))
print(1 < 2 < 3.5 < 2 ** 70, 1 < 2 > 1.5 < 2 ** 70 > 2 ** 69)
print([x for x in (1, 1.0, 2 ** 63, 2.0 ** 63, 2 ** 63 + 1) if x == 2 ** 63])
print(2 ** 63 in [9.223372036854775808e18], 1.0 in {1: 'a'}, 2 ** 64 in {1.8446744073709552e19})
print({1: 'int', 1.0: 'float', True: 'bool'})
print({2 ** 53: 'a', 2.0 ** 53: 'b', 2 ** 53 + 1: 'c'})
print(float(2 ** 53 + 1), float(2 ** 63 - 1), float(-(2 ** 63)), float(2 ** 64 + 2 ** 11), float(2 ** 64 + 2 ** 11 + 1))
print(int(1e18), int(-1e18), int(9.223372036854776e18), int(1.8446744073709552e19), int(2.5e30))
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
try:
    float(2 ** 1024)
except OverflowError as e:
    print('OverflowError:', e)
print(float(2 ** 1024 - 2 ** 971), float(2 ** 1024 - 2 ** 970 - 1))
try:
    float(2 ** 1024 - 2 ** 970)
except OverflowError as e:
    print('OverflowError (rounds up):', e)
try:
    2 ** 1024 + 0.5
except OverflowError as e:
    print('OverflowError:', e)
print(2 ** 1023 * 1.0, 2 ** -1074 if False else 5e-324)
