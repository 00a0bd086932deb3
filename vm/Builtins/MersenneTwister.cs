// The MT19937 generator exactly as CPython's Modules/_randommodule.c runs it (init_genrand,
// init_by_array, genrand_uint32, the 53-bit random()), so that seeded sequences match
// CPython's bit for bit. The state is a span of StateWords 32-bit words: the 624 words of
// the generator, then the index of the next word to temper (N: regenerate first). The
// caller keeps that span in the heap (RandomModule.cs), so the algorithm here owns nothing.
namespace Stmvm.Vm;

internal static class MersenneTwister
{
    public const int N = 624, M = 397, StateWords = N + 1;
    private const uint MatrixA = 0x9908b0dfU, UpperMask = 0x80000000U, LowerMask = 0x7fffffffU;

    public static void InitGenrand(Span<uint> mt, uint s)
    {
        mt[0] = s;
        for (int i = 1; i < N; i++)
            mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint)i;
        mt[N] = N;
    }

    public static void InitByArray(Span<uint> mt, ReadOnlySpan<uint> key)
    {
        InitGenrand(mt, 19650218U);
        int i = 1, j = 0;
        for (int k = Math.Max(N, key.Length); k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
            if (j >= key.Length) j = 0;
        }
        for (int k = N - 1; k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint)i;
            i++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
        }
        mt[0] = 0x80000000U;
    }

    /// genrand_uint32: the next tempered word.
    public static uint Next(Span<uint> mt)
    {
        uint index = mt[N];
        if (index >= N)
        {
            Twist(mt);
            index = 0;
        }
        uint y = mt[(int)index];
        mt[N] = index + 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680U;
        y ^= (y << 15) & 0xefc60000U;
        y ^= y >> 18;
        return y;
    }

    private static void Twist(Span<uint> mt)
    {
        int kk;
        for (kk = 0; kk < N - M; kk++) mt[kk] = mt[kk + M] ^ Mix(mt[kk], mt[kk + 1]);
        for (; kk < N - 1; kk++) mt[kk] = mt[kk + (M - N)] ^ Mix(mt[kk], mt[kk + 1]);
        mt[N - 1] = mt[M - 1] ^ Mix(mt[N - 1], mt[0]);
    }

    private static uint Mix(uint upper, uint lower)
    {
        uint y = (upper & UpperMask) | (lower & LowerMask);
        return (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
    }

    /// random(): a 53-bit float in [0, 1) from two words.
    public static double NextDouble(Span<uint> mt)
    {
        uint a = Next(mt) >> 5, b = Next(mt) >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }
}
