# Non-ASCII identifiers (with CPython's NFKC normalization) and text.
café = 1
naïve_变量 = café + 1
π = 3.14159
ｗｉｄｔｈ = 10
µ = 'micro'
ﬁle = 'ligature'
def 函数(参数): return 参数
class Ωmega: pass
s = "Grüße, 世界 🌍"
t = 'tab\there'
print(café, naïve_变量, π, width, μ, file)
