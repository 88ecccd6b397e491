namespace Stork.Deploy.Tests.Support;

/// <summary>Renders a kustomization the way <c>kubectl apply -k</c> does.</summary>
internal static class Kustomize
{
    private const string Hint =
        "The manifest tests render kustomizations with `kubectl kustomize` (kubectl 1.30 or newer); install kubectl.";

    public static async Task<Rendering> BuildAsync(string directory)
    {
        var result = await ProcessRunner.RunAsync("kubectl", ["kustomize", directory], Hint);
        Assert.That(result.ExitCode, Is.Zero, $"kubectl kustomize {directory} failed:\n{result.Stderr}");
        return Rendering.Parse(result.Stdout);
    }

    /// <summary>Renders one of the repository's kustomizations with components of manifests/components added, the way
    /// an operator's own overlay lists them (written to a scratch directory, paths relative to it).</summary>
    public static async Task<Rendering> BuildWithComponentsAsync(string relative, params string[] components)
    {
        using var overlay = new TempDirectory();
        string Rel(string path) => Path.GetRelativePath(overlay.Path, Repo.InManifests(path)).Replace('\\', '/');
        await File.WriteAllTextAsync(overlay.File("kustomization.yaml"),
            $"resources: [{Rel(relative)}]\ncomponents: [{string.Join(", ", components.Select(Rel))}]\n");
        return await BuildAsync(overlay.Path);
    }

    /// <summary>Renders one of the repository's kustomizations, e.g. "." or "overlays/cert-manager".</summary>
    public static Task<Rendering> BuildManifestsAsync(string relative) => BuildAsync(Repo.InManifests(relative));
}
