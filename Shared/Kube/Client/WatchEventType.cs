namespace Stork.Shared.Kube.Client;

public enum WatchEventType
{
    Added,
    Modified,
    Deleted,
    Bookmark,

    /// <summary>The server ended the watch with a Status (410 Gone: list again).</summary>
    Error,

    /// <summary>A line that is not a watch event; skipped and counted by the cache.</summary>
    Malformed,
}
