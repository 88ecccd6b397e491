namespace Stork.Bench.Scenarios.Webhook;

/// <summary>The repository's <c>samples/</c>: the sample cluster (<c>cluster.yaml</c>, the webhook's
/// <c>--cluster-snapshot</c>) and the MySQL pod's AdmissionReview.</summary>
internal sealed record SampleFiles(string Cluster, string AdmissionReview)
{
    /// <summary>From <paramref name="directory"/>, or the first <c>samples/</c> above the working directory or the bench binary.</summary>
    /// <returns>Null when no such folder holds both files.</returns>
    public static SampleFiles? Find(string? directory)
    {
        var candidates = directory is not null
            ? [directory]
            : Above(Environment.CurrentDirectory).Concat(Above(AppContext.BaseDirectory)).Select(d => Path.Combine(d, "samples"));
        foreach (var candidate in candidates)
        {
            var files = new SampleFiles(Path.Combine(candidate, "cluster.yaml"), Path.Combine(candidate, "mysql-admission-review.json"));
            if (File.Exists(files.Cluster) && File.Exists(files.AdmissionReview))
            {
                return files;
            }
        }

        return null;
    }

    private static IEnumerable<string> Above(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            yield return directory.FullName;
        }
    }
}
