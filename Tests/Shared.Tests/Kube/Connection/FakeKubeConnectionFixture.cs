using Stork.Tests.Fakes.Kube;

namespace Stork.Shared.Tests.Kube.Connection;

/// <summary>One fake API server per fixture, a fresh directory for kubeconfigs and credentials per test, and the
/// tokens the fake accepts reset to <see cref="InitialTokens"/>.</summary>
internal abstract class FakeKubeConnectionFixture
{
    protected FakeKubeApiServer Fake { get; private set; } = null!;

    protected TempDirectory Files { get; private set; } = null!;

    protected abstract IReadOnlyCollection<string> InitialTokens { get; }

    [OneTimeSetUp]
    public async Task StartFake() => Fake = await FakeKubeApiServer.StartAsync().WaitAsync(KubeProbe.Patience);

    [OneTimeTearDown]
    public async Task StopFake() => await Fake.DisposeAsync().AsTask().WaitAsync(KubeProbe.Patience);

    [SetUp]
    public void SetUp()
    {
        Fake.ValidTokens = InitialTokens;
        Files = new TempDirectory();
    }

    [TearDown]
    public void TearDown() => Files.Dispose();
}
