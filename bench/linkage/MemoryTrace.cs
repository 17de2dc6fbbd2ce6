using System.Diagnostics;

namespace Passerelle.Bench.Linkage;

/// <summary>
/// Every few seconds, on stderr: the process's resident memory beside the managed heap the last collection left
/// (live data plus fragmentation) and what the GC holds committed, with the phase the benchmark is in. Peak RSS
/// alone does not say whether live data or the collector's slack made it; dotnet-gcdump was lossy at a million
/// records (docs/linkage.md, "Fifth pass"). On when LINKAGE_BENCH_MEMORY_TRACE gives the period in seconds.
/// </summary>
public sealed class MemoryTrace : IDisposable
{
    private readonly Timer? timer;
    private readonly Stopwatch watch = Stopwatch.StartNew();
    private volatile string phase = "start";

    public MemoryTrace()
    {
        if (Environment.GetEnvironmentVariable("LINKAGE_BENCH_MEMORY_TRACE") is { } text
            && int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
        {
            timer = new Timer(_ => Print(), null, TimeSpan.Zero, TimeSpan.FromSeconds(seconds));
        }
    }

    /// <summary>Names what the benchmark does from now on, and prints a line at once.</summary>
    public void Phase(string name)
    {
        phase = name;
        if (timer is not null)
        {
            Print();
        }
    }

    public void Dispose() => timer?.Dispose();

    private void Print()
    {
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        using var self = Process.GetCurrentProcess();
        Console.Error.WriteLine(
            $"memory {watch.Elapsed.TotalSeconds,6:F0} s {phase,-12} RSS {self.WorkingSet64 / 1e9:F2} GB, "
            + $"heap after last GC {info.HeapSizeBytes / 1e9:F2} GB (fragmented {info.FragmentedBytes / 1e9:F2}), "
            + $"committed {info.TotalCommittedBytes / 1e9:F2} GB, allocated now {GC.GetTotalMemory(false) / 1e9:F2} GB, "
            + $"GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
    }
}
