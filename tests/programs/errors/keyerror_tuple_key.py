# KeyError for a tuple key (and a caught one for an empty string).
grid = {(0, 0): "start", (2, 3): "goal", (1, 1): "wall"}
print(grid[0, 0], grid[(2, 3)], sorted(grid))
try:
    grid[""]
except KeyError as e:
    print("caught", repr(e), "str:", repr(str(e)))
try:
    grid[1, 2]
except KeyError as e:
    print("caught", repr(e), "str:", str(e), "args:", e.args)

def neighbour(pos, dx, dy):
    return grid[pos[0] + dx, pos[1] + dy]

def explore(start, moves):
    pos = start
    for dx, dy in moves:
        print("at", pos, "->", neighbour(pos, dx, dy))
        pos = (pos[0] + dx, pos[1] + dy)
    return pos

print(explore((0, 0), [(1, 1), (1, 2)]))
print(explore((1, 1), [(1, 2), (1, 0)]))
