# Module-level state shared by everyone who imports this module (helper, not a program).
count = 0


def bump(n=1):
    global count
    count += n
    return count


def get_count():
    return count


def reset():
    global count
    count = 0
