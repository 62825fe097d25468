# sys.exit(0) exits with status 0; SystemExit can be caught and inspected first, then re-raised
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit', e.code, repr(e), e.args)
try:
    sys.exit('text')
except SystemExit as e:
    print('caught SystemExit', e.code)
try:
    sys.exit(None)
except SystemExit as e:
    print('caught SystemExit', e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print('caught SystemExit', e.code)
try:
    sys.exit(0)
except Exception:
    print('not caught by Exception')
except BaseException as e:
    print('caught by BaseException', type(e).__name__)
print('exiting with 0')
sys.exit(0)
print('never printed')
