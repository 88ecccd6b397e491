using System.Text.Json.Nodes;
using Stork.Deploy.Tests.Support;

namespace Stork.Deploy.Tests.Images;

/// <summary>The repository's Dockerfile, replayed for both images in a scratch directory that holds only what
/// it copies: every step builds and each image's entrypoint is the app it publishes.</summary>
internal sealed class ImageReplayTests
{
    private readonly TempDirectory scratch = new();
    private DockerReplay replay = null!;
    private Dockerfile dockerfile = null!;

    [OneTimeSetUp]
    public async Task ReplayAsync()
    {
        dockerfile = Dockerfile.Parse(await File.ReadAllTextAsync(Repo.Dockerfile));
        var ignore = DockerIgnore.Parse(await File.ReadAllTextAsync(Repo.DockerIgnore));
        replay = await DockerReplay.RunAsync(Repo.Root, dockerfile, ignore, [.. ImageTargets.All.Select(i => i.Target)], scratch.Path);
    }

    [OneTimeTearDown]
    public void Clean() => scratch.Dispose();

    [Test]
    public void Replay_BothTargets_EveryStepBuilds() =>
        Assert.That(replay.Failure, Is.Null, () => replay.Failure!.ToString());

    [TestCaseSource(typeof(ImageTargets), nameof(ImageTargets.All))]
    public void Replay_Target_EntrypointRunsThePublishedApp(ImageTarget image)
    {
        var entrypoint = dockerfile.Stage(image.Target).Instructions.Last(i => i.Keyword == "ENTRYPOINT");
        Assert.Multiple(() =>
        {
            Assert.That(Dockerfile.Words(entrypoint.Arguments), Is.EqualTo(new[] { "dotnet", image.Assembly + ".dll" }));
            Assert.That(File.Exists(replay.PathIn(image.Target, image.Assembly + ".dll")), Is.True, "the app in the image's WORKDIR");
            Assert.That(File.Exists(replay.PathIn(image.Target, image.Assembly + ".runtimeconfig.json")), Is.True, "framework-dependent: the runtime image runs it");
        });
    }

    /// <summary>Each image's thread-pool workers sleep when idle rather than spin (README, "The webhook" and "The scoring sidecar").</summary>
    [TestCaseSource(typeof(ImageTargets), nameof(ImageTargets.All))]
    public async Task Replay_Target_IdleWorkersDoNotSpin(ImageTarget image)
    {
        var config = JsonNode.Parse(await File.ReadAllTextAsync(replay.PathIn(image.Target, image.Assembly + ".runtimeconfig.json")))!;

        Assert.That((int?)config["runtimeOptions"]?["configProperties"]?["System.Threading.ThreadPool.UnfairSemaphoreSpinLimit"], Is.Zero);
    }
}
