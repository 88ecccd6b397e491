using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Stork.Shared.Storage;
using Stork.Shared.Storage.Portworx;

namespace Stork.Shared.Tests.Storage.Portworx;

internal sealed class PortworxServiceCollectionExtensionsTests
{
    [Test]
    public void AddPortworxDriver_CommandLineFlags_BindOptions()
    {
        var tokenFile = Path.GetTempFileName();
        try
        {
            using var provider = Services(
                "--portworx-endpoint", "http://portworx-api.kube-system:9021",
                "--portworx-token-file", tokenFile,
                "--portworx-call-timeout", "00:00:01.500").BuildServiceProvider();

            var options = provider.GetRequiredService<IOptions<PortworxOptions>>().Value;

            Assert.That(options.Endpoint, Is.EqualTo(new Uri("http://portworx-api.kube-system:9021")));
            Assert.That(options.TokenFile, Is.EqualTo(tokenFile));
            Assert.That(options.CallTimeout, Is.EqualTo(TimeSpan.FromSeconds(1.5)));
            Assert.That(options.VolumeTtl, Is.EqualTo(TimeSpan.FromSeconds(5)));
        }
        finally
        {
            File.Delete(tokenFile);
        }
    }

    [Test]
    public void AddPortworxDriver_Endpoint_ResolvesPxdDriverAndRefresher()
    {
        using var provider = Services("--portworx-endpoint", "http://127.0.0.1:9021").BuildServiceProvider();

        Assert.That(provider.GetRequiredService<IStorageDriver>(), Is.SameAs(provider.GetRequiredService<PortworxDriver>()));
        Assert.That(provider.GetServices<IHostedService>().OfType<PortworxNodeRefresher>(), Has.Exactly(1).Items);
    }

    [Test]
    public void AddPortworxDriver_NoEndpoint_StartFailsNamingTheFlag()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddPortworxDriver(new ConfigurationBuilder().Build());
        using var host = builder.Build();

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync().WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.That(error.Message, Does.Contain("--portworx-endpoint is required"));
    }

    private static ServiceCollection Services(params string[] args)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPortworxDriver(new ConfigurationBuilder().AddCommandLine(args).Build());
        return services;
    }
}
