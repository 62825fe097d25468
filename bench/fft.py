# Hot path: complex arithmetic in lists: a recursive FFT (slicing, list building) and an iterative in-place one (bit reversal, butterflies), used to multiply big polynomials.
import math
import sys


def twiddles(n, sign):
    """The n-th roots of unity e^(sign*2*pi*i*k/n) for k < n/2."""
    step = sign * 2.0 * math.pi / n
    return [complex(math.cos(step * k), math.sin(step * k)) for k in range(n // 2)]


def fft_recursive(values, sign=-1):
    n = len(values)
    if n == 1:
        return list(values)
    even = fft_recursive(values[0::2], sign)
    odd = fft_recursive(values[1::2], sign)
    roots = twiddles(n, sign)
    result = [0j] * n
    half = n // 2
    for k in range(half):
        turned = roots[k] * odd[k]
        result[k] = even[k] + turned
        result[k + half] = even[k] - turned
    return result


def bit_reverse_permute(values):
    n = len(values)
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            values[i], values[j] = values[j], values[i]


def fft_iterative(values, sign=-1):
    data = list(values)
    bit_reverse_permute(data)
    n = len(data)
    size = 2
    while size <= n:
        half = size // 2
        roots = twiddles(size, sign)
        for start in range(0, n, size):
            for k in range(half):
                top = data[start + k]
                turned = roots[k] * data[start + k + half]
                data[start + k] = top + turned
                data[start + k + half] = top - turned
        size *= 2
    return data


def inverse(spectrum, transform):
    n = len(spectrum)
    return [complex(value.real / n, value.imag / n) for value in transform(spectrum, 1)]


def multiply(a, b, transform):
    """The product of two integer polynomials (lists of coefficients) through the FFT."""
    n = 1
    while n < len(a) + len(b):
        n *= 2
    fa = transform([complex(x, 0.0) for x in a] + [0j] * (n - len(a)))
    fb = transform([complex(x, 0.0) for x in b] + [0j] * (n - len(b)))
    product = inverse([x * y for x, y in zip(fa, fb)], transform)
    return [int(round(value.real)) for value in product[:len(a) + len(b) - 1]]


def coefficients(count, seed):
    values = []
    for _ in range(count):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        values.append(seed % 100)
    return values, seed


def main():
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    seed = 7
    checksum = 0
    agree = True
    for _ in range(6 * scale):
        for size in (1000, 2000, 4000):
            a, seed = coefficients(size, seed)
            b, seed = coefficients(size, seed)
            slow = multiply(a, b, fft_recursive)
            fast = multiply(a, b, fft_iterative)
            agree = agree and slow == fast
            exact_head = [sum(a[i] * b[k - i] for i in range(k + 1)) for k in range(20)]
            agree = agree and slow[:20] == exact_head
            for index, value in enumerate(fast):
                checksum = (checksum * 31 + value + index) % 1000000007
    print("products agree:", agree)
    print("checksum:", checksum)


main()
