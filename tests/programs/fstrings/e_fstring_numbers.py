# f-strings formatting numbers in tables: alignment of mixed signs, percentages, thousands, scientific, bases.
rows = [("alpha", 1234.5678, -0.0321, 255), ("beta", -98.7, 0.5, 4096), ("gamma", 0.001, 1.0, 7)]
print(f"{'name':<6}|{'value':>12}|{'pct':>8}|{'hex':>6}|{'bin':>14}")
for name, value, pct, n in rows:
    print(f"{name:<6}|{value:>12,.3f}|{pct:>8.1%}|{n:>#6x}|{n:>14b}")
print(f"{1e-10:.2e}|{12345678901:.3g}|{0.000123:g}|{1.5e300:e}|{-1.5:+.0f}|{2.5:.0f}|{3.5:.0f}")
print(f"{123:=+8}|{-123:=8}|{123: }|{-123: }|{0:+}|{-0.0:+}|{0.0: }")
print(f"{1000000:_}|{1000000:,}|{-1234.5:,.1f}|{1234567:_x}|{0xFFFF:_b}")
for v in [0, 1, 9, 10, 99, 100, 12345]:
    print(f"{v:05d}|{v:<5}|{v:^5}|{v:>5}|{v:*^7}|{v:#o}|{v:e}")
total = sum(r[1] for r in rows)
print(f"total={total:.2f} avg={total / len(rows):.4f} max={max(r[1] for r in rows):g} min={min(r[1] for r in rows)!r}")
for p in range(0, 7, 2):
    print(f"{3.14159265:.{p}f}|{2 / 3:.{p}e}|{123456:.{p or 1}g}|{0.5:.{p}%}")
width = 12
print(f"[{'centered':^{width}}]", f"[{42:^{width},}]", f"[{-42.5:<{width}.2f}]", f"[{7:0{width}d}]")
