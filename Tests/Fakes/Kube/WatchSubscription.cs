using System.Threading.Channels;

namespace Stork.Tests.Fakes.Kube;

/// <summary>An open watch: the lines still to be written to it.</summary>
internal sealed class WatchSubscription(KubeResourceType type, string? @namespace, bool bookmarks)
{
    private readonly Channel<WatchMessage> _messages = Channel.CreateUnbounded<WatchMessage>(
        new UnboundedChannelOptions { SingleReader = true });

    public KubeResourceType Type => type;

    public bool WantsBookmarks => bookmarks;

    public ChannelReader<WatchMessage> Messages => _messages.Reader;

    public bool Sees(KubeResourceType changed, string? changedNamespace) =>
        changed == type && (@namespace is null || @namespace == changedNamespace);

    public void Post(WatchMessage message) => _messages.Writer.TryWrite(message);
}
