namespace Stork.Shared.Storage.Classification;

/// <summary>How many API reads after cache misses may be in flight (configuration section <c>Kube:CacheMissReads</c>).</summary>
public sealed class CacheMissReadOptions
{
    public const string Section = "Kube:CacheMissReads";

    /// <summary>In flight for one request (one admission, one extender call).</summary>
    public int MaxPerRequest { get; set; } = 16;

    /// <summary>In flight across the process, all requests together.</summary>
    public int MaxPerProcess { get; set; } = 64;
}
