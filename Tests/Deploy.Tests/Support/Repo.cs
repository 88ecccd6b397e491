namespace Stork.Deploy.Tests.Support;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Manifests => Path.Combine(Root, "manifests");

    /// <summary>The one Dockerfile of both images, and its build context's filter.</summary>
    public static string Dockerfile => Path.Combine(Root, "Dockerfile");

    public static string DockerIgnore => Path.Combine(Root, ".dockerignore");

    public static string GenerateScript => Path.Combine(Root, "certs", "generate.sh");

    public static string InManifests(string relative) => Path.GetFullPath(Path.Combine(Manifests, relative));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Stork.Webhook.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Stork.Webhook.sln not found above the test directory.");
    }
}
