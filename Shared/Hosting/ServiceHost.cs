using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;
using Stork.Shared.Kube.Connection;

namespace Stork.Shared.Hosting;

/// <summary>Runs a service and turns configuration mistakes into one clear line on stderr and exit code 2,
/// instead of a stack trace.</summary>
public static class ServiceHost
{
    public static Task<int> RunAsync(string name, Func<WebApplication> build) =>
        RunCommandAsync(name, async () =>
        {
            await build().RunAsync();
            return 0;
        });

    /// <summary>Runs a one-shot command with the same treatment of configuration mistakes.</summary>
    public static async Task<int> RunCommandAsync(string name, Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (Exception e) when (e is KubeConfigException or OptionsValidationException or ArgumentException or InvalidOperationException or IOException)
        {
            await Console.Error.WriteLineAsync($"{name}: {e.Message}");
            return 2;
        }
    }
}
