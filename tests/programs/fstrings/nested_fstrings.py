# f-strings nested inside f-strings, multi-line f-strings, f-strings in loops and functions.
items = {"apple": 1.5, "kiwi": 0.25, "watermelon": 3.0}
width = max(len(k) for k in items)
print(f"{f'{width}':>4}")
for k, v in items.items():
    print(f"{k:<{width}} : {f'{v:.2f}':>6} {'*' * int(v * 4)}")
inner = "x"
print(f"""outer({f'middle({f"inner {inner}"})'})""")
print(f'''multi
line {inner}
  {"end"}''')
msg = (
    f"first {1 + 1} "
    f"second {'two'!r} "
    "plain {not formatted} "
    f"third {3:03d}"
)
print(msg)
def row(cells, sep=" | "):
    return sep.join(f"{c!s:^7}" for c in cells)
print(row(["a", 1, 2.5, None, True]))
print(f"{row([1, 2], sep='+')!r}")
n = 5
print(f"{'even' if n % 2 == 0 else 'odd'}: {n} squared is {n ** 2:,} and cubed is {n ** 3:_}")
print(f"{n:{'0' if n > 3 else ' '}>{n}}")
table = [[1, 22, 333], [4444, 5, 66]]
widths = [max(len(f"{r[i]}") for r in table) for i in range(3)]
for r in table:
    print(" ".join(f"{c:>{w}}" for c, w in zip(r, widths)))
print(f"{', '.join(f'{k}={v}' for k, v in sorted(items.items()))}")
print(f"""{f'{f"{1 + 1}"!r}'}""", f"{f'{1}'}")
