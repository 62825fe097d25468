# random with a seed: dice statistics, a shuffled deck and a sample.
import random

random.seed(2024)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
for total in range(2, 13):
    count = rolls.count(total)
    print(f"{total:2d} {count:4d} {'*' * (count // 5)}")

deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5])
print(random.sample(range(100), 5), random.choice("abcdef"))
print(random.choices(["red", "green", "blue"], weights=[5, 3, 1], k=8))
print(round(random.random(), 6), round(random.uniform(10, 20), 6), round(random.gauss(0, 1), 6))
print(random.randrange(0, 100, 7), random.getrandbits(20))
generator = random.Random(42)
print([generator.randint(1, 100) for _ in range(5)])
state = generator.getstate()
first = generator.random()
generator.setstate(state)
print(first == generator.random())
