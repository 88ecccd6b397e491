using System.Runtime;
using System.Runtime.InteropServices;

namespace Stork.Bench.Reporting;

/// <summary>Where a report's numbers come from: runtime, CPUs, collector, and how busy the machine is.</summary>
internal static class Machine
{
    public static string Describe() =>
        $"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.RuntimeIdentifier}, {Environment.ProcessorCount} CPUs, "
        + $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC";

    /// <summary>Linux's 1/5/15-minute load averages: how much other work competed for the CPUs.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? "load average " + string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "load average unknown";
}
