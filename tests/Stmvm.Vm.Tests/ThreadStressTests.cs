// Stress of guest threads under the GIL: many threads, many iterations, random sleeps and
// yields, objects allocated all along (so collections run while threads wait for the GIL
// or block), and invariants checked at the end. A deadlock fails the test after a timeout
// instead of hanging the run.
using Xunit;

namespace Stmvm.Vm.Tests;

[Collection("vm")]
public sealed class ThreadStressTests(VmFixture vm)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private const string Program = """
import threading, queue, random, time
from pypystm import atomic
N, ITER, ACCOUNTS = 16, 1500, 10
lock = threading.Lock()
cond = threading.Condition()
q = queue.Queue(maxsize=8)
balances = [100] * ACCOUNTS
state = {'count': 0, 'atomic': 0, 'produced': 0, 'consumed': 0, 'bad': 0}
local = threading.local()

def worker(k):
    rng = random.Random(k)
    local.mine = []
    for i in range(ITER):
        local.mine.append([k, i, str(i)])          # garbage and survivors for the collector
        with lock:
            state['count'] += 1
        with atomic:
            v = state['atomic']
            state['atomic'] = v + 1
            a, b = rng.randrange(ACCOUNTS), rng.randrange(ACCOUNTS)
            balances[a] -= 1
            balances[b] += 1
        r = rng.random()
        if r < 0.01:
            time.sleep(rng.random() / 1000)
        elif r < 0.05:
            time.sleep(0)
        if i % 50 == 0:
            q.put((k, i))
            with cond:
                state['produced'] += 1
                cond.notify_all()
        if i % 97 == 0:
            with atomic:
                if sum(balances) != 100 * ACCOUNTS:
                    state['bad'] += 1
    if len(local.mine) != ITER or local.mine[-1] != [k, ITER - 1, str(ITER - 1)]:
        state['bad'] += 1

def consumer():
    while True:
        item = q.get()
        if item is None:
            return
        with cond:
            state['consumed'] += 1

consumers = [threading.Thread(target=consumer) for _ in range(3)]
workers = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in consumers + workers:
    t.start()
for t in workers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join(timeout=60)
r = (state['count'], state['atomic'], sum(balances), state['produced'], state['consumed'], state['bad'],
     any(t.is_alive() for t in workers + consumers), threading.active_count())
""";

    [Fact]
    public void ManyThreadsKeepTheirInvariants()
    {
        var run = Task.Run(() => vm.Run(() => GuestEval.StrOfResult(Program)));
        Assert.True(run.Wait(Timeout), "guest threads deadlocked (no result within the timeout)");
        int produced = 16 * ((1500 + 49) / 50);
        Assert.Equal($"(24000, 24000, 1000, {produced}, {produced}, 0, False, 1)", run.Result);
    }

    [Fact]
    public void ThreadsThatRaiseOrExitDoNotDisturbTheOthers()
    {
        const string source = """
import threading, sys
caught = []
threading.excepthook = lambda args: caught.append(args.exc_type.__name__)
def f(k):
    total = 0
    for i in range(2000):
        total += i
    if k % 3 == 0:
        raise ValueError(k)
    if k % 3 == 1:
        sys.exit(k)
    return total
ts = [threading.Thread(target=f, args=(k,)) for k in range(30)]
for t in ts: t.start()
for t in ts: t.join()
threading.excepthook = threading.__excepthook__
r = (sorted(caught).count('ValueError'), len(caught), threading.active_count())
""";
        var run = Task.Run(() => vm.Run(() => GuestEval.StrOfResult(source)));
        Assert.True(run.Wait(Timeout), "guest threads deadlocked (no result within the timeout)");
        Assert.Equal("(10, 20, 1)", run.Result);
    }
}
