using Stork.Deploy.Tests.Support;

namespace Stork.Deploy.Tests.Images;

/// <summary>The replay fails where a real image build would: a project reference left out of the copied
/// files, a COPY of something .dockerignore leaves out.</summary>
internal sealed class ImageReplayFailureTests
{
    private static readonly DockerIgnore RepoIgnore = DockerIgnore.Parse(File.ReadAllText(Repo.DockerIgnore));

    [Test]
    public async Task Replay_DockerfileOmittingAReferencedProject_FailsAtPublish()
    {
        // Scoring references Shared; this Dockerfile copies Scoring's folder and not Shared's.
        var omitting = Dockerfile.Parse("""
            FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
            WORKDIR /src
            COPY global.json Directory.Build.props Directory.Packages.props ./
            COPY Scoring/ Scoring/
            RUN dotnet publish Scoring/Scoring.csproj -c Release -o publish -p:UseAppHost=false
            FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS scoring
            COPY --from=build /src/publish .
            """);
        using var scratch = new TempDirectory();

        var replay = await DockerReplay.RunAsync(Repo.Root, omitting, RepoIgnore, ["scoring"], scratch.Path);

        Assert.That(replay.Failure, Is.Not.Null, "the referenced project is not there to build");
        Assert.Multiple(() =>
        {
            Assert.That(replay.Failure!.Instruction.Keyword, Is.EqualTo("RUN"));
            Assert.That(replay.Failure.Output, Does.Contain("Shared.csproj"));
            Assert.That(replay.Steps.Where(s => s.Stage == "scoring"), Is.Empty, "the build stops at the failed step");
        });
    }

    [Test]
    public async Task Replay_CopyOfWhatDockerIgnoreLeavesOut_FailsAtThatCopy()
    {
        var copyingTests = Dockerfile.Parse("""
            FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
            WORKDIR /src
            COPY Shared/ Shared/
            COPY Tests/ Tests/
            """);
        using var scratch = new TempDirectory();

        var replay = await DockerReplay.RunAsync(Repo.Root, copyingTests, RepoIgnore, ["build"], scratch.Path);

        Assert.That(replay.Failure?.Instruction.Arguments, Is.EqualTo("Tests/ Tests/"));
    }

    [TestCase("global.json", true)]
    [TestCase("Shared/Shared.csproj", true)]
    [TestCase("Shared/Kube/Cache/CacheMetrics.cs", true)]
    [TestCase("Scoring/Program.cs", true)]
    [TestCase("Webhook/Webhook.csproj", true)]
    [TestCase("Shared/bin/Release/net10.0/Stork.Shared.dll", false)]
    [TestCase("Scoring/obj/project.assets.json", false)]
    [TestCase("Tests/Deploy.Tests/Deploy.Tests.csproj", false)]
    [TestCase("manifests/overlays/self-signed/secret.yaml", false)]
    [TestCase("certs/ca.key", false)]
    [TestCase(".git/config", false)]
    public void RepoDockerIgnore_SendsOnlyWhatTheBuildNeeds(string path, bool sent) =>
        Assert.That(RepoIgnore.Sends(path), Is.EqualTo(sent));

    [TestCase("*.md\n!README.md", "README.md", true)]
    [TestCase("*.md\n!README.md", "docs/a.md", true)]
    [TestCase("*.md", "a.md", false)]
    [TestCase("**/*.md", "docs/deep/a.md", false)]
    [TestCase("docs", "docs/deep/a.md", false)]
    [TestCase("docs\n!docs/keep", "docs/keep/a.md", true)]
    [TestCase("a?c", "abc", false)]
    [TestCase("a?c", "a/c", true)]
    public void DockerIgnore_LastMatchOfThePathOrAParentDecides(string patterns, string path, bool sent) =>
        Assert.That(DockerIgnore.Parse(patterns).Sends(path), Is.EqualTo(sent));
}
