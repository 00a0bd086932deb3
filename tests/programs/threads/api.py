# The _thread and threading APIs themselves: lock methods and their errors, RLock levels,
# thread names and reprs, current/main thread, start_new_thread argument errors.
import _thread
import threading

lock = _thread.allocate_lock()
print(type(lock).__name__, lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False))
print(lock.acquire(timeout=0.01), lock.acquire(blocking=True, timeout=0))
lock.release()
for args in [(False, 1), (True, -2), ("x",), (True, "a")]:
    try:
        lock.acquire(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for op in (lock.release, _thread.RLock().release, lambda: lock.acquire(x=1)):
    try:
        op()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
with lock:
    print("in with:", lock.locked())
r = threading.RLock()
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
r.release()
r.release()
print(r._is_owned(), _thread.error is RuntimeError, threading.ThreadError is RuntimeError)
print(_thread.TIMEOUT_MAX == threading.TIMEOUT_MAX, _thread.stack_size())
for args in [(1, ()), (print, []), (print, (), 1)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError", e)


def f():
    pass


print(threading.Thread(target=f), threading.Thread(target=f, daemon=True))
print(threading.Thread(name="named"), threading.Thread(target=print, name=7).name)
t = threading.Thread(target=f)
t.start()
t.join()
print(t.ident == t.ident, isinstance(t.ident, int), t.native_id is not None, t.is_alive())
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError", e)
main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(repr(main).startswith("<_MainThread(MainThread, started "), threading.get_ident() == main.ident)
print(threading.active_count(), [x.name for x in threading.enumerate()])
done = _thread.allocate_lock()
done.acquire()
box = []
_thread.start_new_thread(lambda a, b=0: (box.append((a, b, threading.current_thread().name)), done.release()), (1,), {"b": 2})
done.acquire()
print(box)
