using Microsoft.Extensions.Options;

namespace Stork.Scoring.Extender;

/// <summary>The process-wide budget on bytes buffered for request bodies in flight
/// (<c>--max-buffered-request-bytes</c>): a body that would take more waits for nobody, it is refused with 503.</summary>
internal sealed class RequestBodyBudget(IOptions<ScoringOptions> options)
{
    private long reserved;

    /// <summary>Bytes currently reserved.</summary>
    public long Reserved => Interlocked.Read(ref reserved);

    public bool TryReserve(int bytes)
    {
        if (Interlocked.Add(ref reserved, bytes) <= options.Value.MaxBufferedRequestBytes)
        {
            return true;
        }

        Release(bytes);
        return false;
    }

    public void Release(int bytes) => Interlocked.Add(ref reserved, -bytes);
}
