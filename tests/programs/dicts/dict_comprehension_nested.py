# Building dicts from data: comprehensions, zip, nested structures, sorting by value.
students = [("ann", "math", 91), ("bob", "math", 78), ("ann", "art", 85),
            ("cy", "math", 88), ("bob", "art", 92), ("cy", "art", 70)]
grades = {}
for name, subject, score in students:
    grades.setdefault(name, {})[subject] = score
print(grades)
averages = {name: sum(s.values()) / len(s) for name, s in grades.items()}
print(averages)
best = {subj: max((score, name) for name, s, score in students if s == subj)[1] for subj in ("math", "art")}
print(best)
ranking = sorted(averages, key=averages.get, reverse=True)
print(ranking)
transposed = {}
for name, subjects in grades.items():
    for subj, score in subjects.items():
        transposed.setdefault(subj, {})[name] = score
print(transposed)
print({k: v for k, v in averages.items() if v > 80})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
squares = {n: n * n for n in range(6)}
print(squares, {n: sq for n, sq in squares.items() if sq % 2 == 0})
print(dict(sorted(averages.items(), key=lambda kv: kv[1])))
matrix = {(r, c): r * 10 + c for r in range(3) for c in range(3) if r != c}
print(matrix)
flat = {f"{outer}.{inner}": v for outer, d in {"a": {"x": 1}, "b": {"y": 2, "z": 3}}.items() for inner, v in d.items()}
print(flat)
