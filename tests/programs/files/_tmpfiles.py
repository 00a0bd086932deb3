# Private file names for the programs of this folder. The corpus runs every program in four
# modes at once in this folder (and two corpus runs may overlap), so a run must never write a
# file that a concurrent run of the same program reads or writes. Each run takes a ticket: it
# appends one byte to "_tmp_<program>.tickets" through an unbuffered file opened with "ab"
# (O_APPEND: the kernel appends atomically) and reads its own offset with tell(), which no
# other run can get. Its files are then "_tmp_<program>_<ticket % SLOTS>_<suffix>": two runs
# share them only if SLOTS runs of the program start while one of them is still running.
# Nothing is removed (there is no os module yet); git ignores _tmp_* (tests/programs/.gitignore).
SLOTS = 8


def private_names(program, *suffixes):
    with open("_tmp_" + program + ".tickets", "ab", buffering=0) as tickets:
        tickets.write(b".")
        slot = tickets.tell() % SLOTS
    return ["_tmp_%s_%d_%s" % (program, slot, suffix) for suffix in suffixes]
