namespace Stork.Tests.Fakes.Kube;

/// <summary>One instruction to an open watch stream: write <see cref="Line"/> (when set), then go on,
/// close or abort as <see cref="Kind"/> says.</summary>
internal readonly record struct WatchMessage(WatchMessageKind Kind, string? Line)
{
    public static readonly WatchMessage Close = new(WatchMessageKind.Close, null);

    public static readonly WatchMessage Abort = new(WatchMessageKind.Abort, null);

    public static WatchMessage Write(string line) => new(WatchMessageKind.Line, line);

    public static WatchMessage WriteThenClose(string line) => new(WatchMessageKind.Close, line);
}
