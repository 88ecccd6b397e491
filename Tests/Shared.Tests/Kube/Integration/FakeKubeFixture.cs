using Stork.Shared.Kube.Client;
using Stork.Tests.Fakes.Kube;

namespace Stork.Shared.Tests.Kube.Integration;

/// <summary>A fresh fake API server and a client for it per test.</summary>
internal abstract class FakeKubeFixture
{
    protected static readonly TimeSpan Timeout = Wait.Timeout;

    protected FakeKubeApiServer Fake { get; private set; } = null!;

    protected IKubeApi Api { get; private set; } = null!;

    /// <summary>How many changes the fake's watches can replay (older resourceVersions get 410).</summary>
    protected virtual int HistoryLimit => 1000;

    [SetUp]
    public async Task StartFake()
    {
        Fake = await FakeKubeApiServer.StartAsync(HistoryLimit).WaitAsync(Timeout);
        Api = FakeKubeClient.Create(Fake);
    }

    [TearDown]
    public async Task StopFake() => await Fake.DisposeAsync().AsTask().WaitAsync(Timeout);
}
