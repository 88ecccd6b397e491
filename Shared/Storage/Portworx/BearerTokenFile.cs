namespace Stork.Shared.Storage.Portworx;

/// <summary>The bearer token from <c>--portworx-token-file</c>, re-read whenever the file's write time
/// or size changes (one stat per SDK call, which the driver's caches keep rare).</summary>
internal sealed class BearerTokenFile(string path)
{
    private readonly Lock _gate = new();
    private (DateTime WriteTime, long Length) _seen;
    private string _token = "";

    public string Path { get; } = path;

    /// <summary>The current token (trimmed). Throws <see cref="IOException"/> or
    /// <see cref="UnauthorizedAccessException"/> when the file cannot be read.</summary>
    public string Read()
    {
        var info = new FileInfo(Path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"token file '{Path}' does not exist", Path);
        }

        var stamp = (info.LastWriteTimeUtc, info.Length);
        lock (_gate)
        {
            if (stamp != _seen || _token.Length == 0)
            {
                _token = File.ReadAllText(Path).Trim();
                _seen = stamp;
            }

            return _token;
        }
    }
}
