// SPDX-License-Identifier: GPL-3.0-or-later
// gamma() and lgamma() as CPython computes them: a Lanczos approximation
// rather than the C library's tgamma/lgamma, whose last bits differ.
#pragma once

namespace pyvm {

// How a gamma evaluation went, as CPython's errno: kDomain is ValueError
// ("math domain error"), kRange is OverflowError ("math range error").
enum class GammaStatus { kOk, kDomain, kRange };

double python_gamma(double x, GammaStatus* status);
double python_lgamma(double x, GammaStatus* status);

}  // namespace pyvm
