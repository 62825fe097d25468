# A script sandbox_host must stop: it tries what the sandbox forbids, then
# loops forever.
try:
    import os
except ImportError as error:
    print("refused:", error)
try:
    open("/etc/passwd")
except OSError as error:
    print("refused:", type(error).__name__)
while True:
    pass
