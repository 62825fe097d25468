# __future__: the feature records a program can import at run time.
from __future__ import annotations
import __future__

print(__future__.annotations, __future__.division)
print(__future__.all_feature_names)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.generator_stop.getMandatoryRelease(), hex(__future__.annotations.compiler_flag))
print(__future__.CO_FUTURE_ANNOTATIONS == __future__.annotations.compiler_flag)
