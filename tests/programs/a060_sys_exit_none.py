# sys.exit() with no argument exits with status 0; output before exit is kept, code after exit does not run, finally blocks still run
import sys
print('before exit')
try:
    sys.exit()
finally:
    print('finally runs during SystemExit')
print('never printed')
