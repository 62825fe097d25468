# open(..., 'wb', buffering=1) warns, through the warnings module.
import warnings

with open("warnings_io.tmp", "wb", buffering=1) as f:
    f.write(b"data")
print("written")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    open("warnings_io.tmp", "rb", buffering=1).close()
print([(m.category.__name__, str(m.message), m.lineno) for m in log])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        open("warnings_io.tmp", "ab", buffering=1)
    except RuntimeWarning as e:
        print("RuntimeWarning", e)
    open("warnings_io.tmp", "a", buffering=1).close()
import os
os.remove("warnings_io.tmp")
