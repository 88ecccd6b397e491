namespace Stork.Bench.Reporting;

/// <summary>Live managed memory: full blocking collections until finalizers have run and the heap is stable.</summary>
internal static class ManagedHeap
{
    public static long SettledBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
