# KeyError for a tuple key and for an empty string.
grid = {(0, 0): "start", (2, 3): "goal"}
print(grid[0, 0])
try:
    grid[""]
except KeyError as e:
    print("caught", repr(e), "str:", repr(str(e)))

def neighbour(pos, dx, dy):
    return grid[pos[0] + dx, pos[1] + dy]

print(neighbour((2, 2), 0, 1))
print(neighbour((2, 2), 1, 1))
