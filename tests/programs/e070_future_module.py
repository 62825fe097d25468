# The __future__ module (frozen into pyvm from lib/python): its features,
# their releases and compiler flags.
from __future__ import generator_stop, division
import __future__

print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(), feature.compiler_flag)
print(division is __future__.division, __future__.CO_FUTURE_ANNOTATIONS)
print(sorted(__future__.__all__))
print(__future__.__name__, __future__.__package__ == "")
