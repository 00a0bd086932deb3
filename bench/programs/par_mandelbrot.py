# Mandelbrot set in row bands: the image's rows are cut into bands of BAND rows, put in a
# shared queue.Queue; THREADS threads take bands until the queue is empty, and write each
# computed row's summary (total escape count, checksum, a thumbnail) into their own result
# list. The main thread combines the summaries in row order into a checksum, so the output
# is the same for every thread count; the combining is small so that nearly all the work
# can run in parallel.
# Usage: par_mandelbrot.py THREADS [SIZE]
import queue
import sys
import threading

try:
    from pypystm import atomic
except ImportError:
    atomic = threading.Lock()

MAX_ITER = 100
BAND = 4


def row(y, size):
    ci = 2.0 * y / size - 1.0
    counts = []
    for x in range(size):
        cr = 3.0 * x / size - 2.0
        zr = zi = 0.0
        n = 0
        while n < MAX_ITER:
            zr2 = zr * zr
            zi2 = zi * zi
            if zr2 + zi2 > 4.0:
                break
            zi = 2.0 * zr * zi + ci
            zr = zr2 - zi2 + cr
            n += 1
        counts.append(n)
    return summary(y, counts, size)


def summary(y, counts, size):
    """What the main thread needs of a row: computed here so that the combining stays small."""
    inside = checksum = 0
    for n in counts:
        if n == MAX_ITER:
            inside += 1
        checksum = (checksum * 31 + n) % 1000000007
    picture = "".join(" .:-=+*#%@"[min(n, MAX_ITER - 1) * 10 // MAX_ITER] for n in counts[::size // 40])
    return (y, sum(counts), inside, checksum, picture)


def worker(bands, size, results):
    local = []
    while True:
        try:
            first = bands.get_nowait()
        except queue.Empty:
            break
        for y in range(first, min(first + BAND, size)):
            local.append(row(y, size))
    with atomic:
        results.extend(local)


def main():
    threads = int(sys.argv[1])
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 480
    bands = queue.Queue()
    for first in range(0, size, BAND):
        bands.put(first)
    results = []
    workers = [threading.Thread(target=worker, args=(bands, size, results)) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    results.sort()
    print("rows", len(results), "of", size)
    inside = total = checksum = 0
    for y, row_total, row_inside, row_checksum, picture in results:
        total += row_total
        inside += row_inside
        checksum = (checksum * 1000003 + row_checksum) % 1000000007
    print("iterations", total)
    print("inside", inside)
    print("checksum", checksum)
    for y in range(0, size, size // 8):
        print("%3d" % y, results[y][4])


main()
