# Nested format specs and dynamic widths in f-strings.
width = 12
prec = 3
value = 2 / 3
print(f"[{value:{width}.{prec}f}]", f"[{value:<{width}.{prec + 2}}]", f"[{'s':{'^'}{width}}]")
for w in (5, 8):
    for align in "<^>":
        print(f"[{'ab':{align}{w}}] [{42:{align}{w}d}] [{1.5:{align}{w}.2f}]")
fill = "."
print(f"{'title':{fill}^{width + 4}}")
print(f"{255:#06x} {255:06X} {-42:+06d} {42:=+6} {3.5:=+8.2f}")
print(f"{1e-3:g} {1e-5:g} {123456789:g} {0.1:.3g} {100:.2e} {12345.678:.3}")
print(f"{True:d} {True:>5} {False!s:>6} {None!r:<6}|")
print(f"{'truncated string':.9}|{'pad':10.2}|")
rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 100.0)]
total = 0
for name, qty, price in rows:
    line = qty * price
    total += line
    print(f"{name:<12.10}{qty:>4} x {price:>7.2f} = {line:>8.2f}")
print(f"{'TOTAL':<12}{'':>4}   {'':>7}   {total:>8.2f}")
print(f"{1234.5:010.2f} {-1234.5:010.2f} {0:03} {7:3}")
print(f"{10**20:,} {2**64:_x} {-2**40:,}")
print(f"{float('inf'):>6} {float('nan'):<6}| {-0.0:+.1f}")
