# chdir into a private directory and back; abspath and getcwd follow it.
import os

start = os.getcwd()
work = f"_tmp_chdir_{os.getpid()}"
os.mkdir(work)
os.chdir(work)
print(os.path.basename(os.getcwd()) == work, os.listdir("."), os.listdir())
with open("inner.txt", "w") as f:
    f.write("x" * 10)
print(os.path.getsize("inner.txt"), os.path.abspath("inner.txt") == os.path.join(start, work, "inner.txt"))
print(os.path.exists(os.path.join("..", work, "inner.txt")))
os.chdir("..")
print(os.getcwd() == start)
print(os.path.realpath(work) == os.path.join(os.path.realpath(start), work))
os.remove(os.path.join(work, "inner.txt"))
os.rmdir(work)
try:
    os.chdir(work)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == work)
print(os.getcwd() == start)
print(os.path.exists(""), os.path.isdir("."), os.path.isdir(".."), os.path.exists("/"))
print(os.path.islink(work), os.path.lexists(work), os.path.ismount("/"))
