using Microsoft.Extensions.Options;

namespace Stork.Shared.Storage.Portworx;

/// <summary>Checks <see cref="PortworxOptions"/> at start, naming the flag to fix.</summary>
internal sealed class PortworxOptionsValidator : IValidateOptions<PortworxOptions>
{
    private static readonly TimeSpan SchedulerTimeout = TimeSpan.FromSeconds(5);

    public ValidateOptionsResult Validate(string? name, PortworxOptions options)
    {
        var failures = new List<string>();
        if (options.Endpoint is not { IsAbsoluteUri: true, Scheme: "http" or "https" })
        {
            failures.Add("--portworx-endpoint is required for --driver pxd and must be an absolute http(s) URL " +
                         "of the OpenStorage SDK REST gateway, e.g. http://portworx-api.kube-system:9021");
        }

        if (options.TokenFile is { Length: > 0 } file && !File.Exists(file))
        {
            failures.Add($"--portworx-token-file '{file}' does not exist");
        }

        if (options.CallTimeout <= TimeSpan.Zero || options.CallTimeout >= SchedulerTimeout)
        {
            failures.Add("portworx-call-timeout must be positive and under kube-scheduler's 5 s extender timeout");
        }

        RequirePositive(failures, "portworx-node-refresh-interval", options.NodeRefreshInterval);
        RequirePositive(failures, "portworx-volume-ttl", options.VolumeTtl);
        RequirePositive(failures, "portworx-stale-data-limit", options.StaleDataLimit);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequirePositive(List<string> failures, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{key} must be positive");
        }
    }
}
