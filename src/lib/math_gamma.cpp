// SPDX-License-Identifier: GPL-3.0-or-later
// The Lanczos approximation of the gamma function used by CPython's math
// module (N = 13, g = 6.024680040776729583740234375), evaluated in the same
// order of operations so that results agree to the last bit.
#include "lib/math_gamma.h"

#include <cmath>

namespace pyvm {

namespace {

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
// L_g(x) = numerator(x) / denominator(x), the denominator being
// x (x+1) ... (x+11) expanded.
constexpr double kLanczosNumerator[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
constexpr double kLanczosDenominator[kLanczosN] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0};

// gamma(n) = (n-1)! for n = 1..23, exact in a double.
constexpr int kExactGammaCount = 23;
constexpr double kExactGamma[kExactGammaCount] = {
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
};

// sin(pi * x), exact at integers and half-integers.
double sin_pi(double x) {
  const double y = std::fmod(std::fabs(x), 2.0);
  double r;
  switch (static_cast<int>(std::round(2.0 * y))) {
    case 0: r = std::sin(kPi * y); break;
    case 1: r = std::cos(kPi * (y - 0.5)); break;
    case 2: r = std::sin(kPi * (1.0 - y)); break;  // not -sin(pi*(y-1)): that gives -0.0 at 1
    case 3: r = -std::cos(kPi * (y - 1.5)); break;
    default: r = std::sin(kPi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

// L_g(x) for x > 0; for large x the rational function is evaluated in 1/x
// to avoid overflow.
double lanczos_sum(double x) {
  double numerator = 0.0, denominator = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN; --i >= 0;) {
      numerator = numerator * x + kLanczosNumerator[i];
      denominator = denominator * x + kLanczosDenominator[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; ++i) {
      numerator = numerator / x + kLanczosNumerator[i];
      denominator = denominator / x + kLanczosDenominator[i];
    }
  }
  return numerator / denominator;
}

}  // namespace

double python_gamma(double x, GammaStatus* status) {
  *status = GammaStatus::kOk;
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    *status = GammaStatus::kDomain;  // gamma(-inf)
    return std::nan("");
  }
  if (x == 0.0) {
    *status = GammaStatus::kDomain;
    return std::copysign(HUGE_VAL, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      *status = GammaStatus::kDomain;
      return std::nan("");
    }
    if (x <= kExactGammaCount) return kExactGamma[static_cast<int>(x) - 1];
  }
  const double absx = std::fabs(x);
  if (absx < 1e-20) {  // gamma(x) ~ 1/x near 0
    const double r = 1.0 / x;
    if (std::isinf(r)) *status = GammaStatus::kRange;
    return r;
  }
  if (absx > 200.0) {  // overflows for x > 200, underflows to +-0 below -200
    if (x < 0.0) return 0.0 / sin_pi(x);
    *status = GammaStatus::kRange;
    return HUGE_VAL;
  }
  const double y = absx + kLanczosGMinusHalf;
  // The rounding error of y, to correct the power below.
  double z;
  if (absx > kLanczosGMinusHalf) {
    const double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    const double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / sin_pi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      const double half_power = std::pow(y, absx / 2.0 - 0.25);
      r /= half_power;
      r /= half_power;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      const double half_power = std::pow(y, absx / 2.0 - 0.25);
      r *= half_power;
      r *= half_power;
    }
  }
  if (std::isinf(r)) *status = GammaStatus::kRange;
  return r;
}

double python_lgamma(double x, GammaStatus* status) {
  *status = GammaStatus::kOk;
  if (!std::isfinite(x)) return std::isnan(x) ? x : HUGE_VAL;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {  // poles at 0, -1, -2, ...
      *status = GammaStatus::kDomain;
      return HUGE_VAL;
    }
    return 0.0;  // lgamma(1) = lgamma(2) = 0
  }
  const double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sin_pi(absx))) - std::log(absx) - r;  // reflection
  if (std::isinf(r)) *status = GammaStatus::kRange;
  return r;
}

}  // namespace pyvm
