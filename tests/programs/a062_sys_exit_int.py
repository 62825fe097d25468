# sys.exit(3) exits with status 3 from inside nested function calls; pending finally blocks run first
import sys
def inner():
    try:
        print('inner exiting')
        sys.exit(3)
    finally:
        print('inner finally')
def outer():
    try:
        inner()
    except Exception:
        print('Exception does not catch SystemExit')
    finally:
        print('outer finally')
outer()
print('never printed')
