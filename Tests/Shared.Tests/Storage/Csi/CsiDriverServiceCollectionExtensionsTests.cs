using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Models;
using Stork.Shared.Storage;
using Stork.Shared.Storage.Csi;

namespace Stork.Shared.Tests.Storage.Csi;

internal sealed class CsiDriverServiceCollectionExtensionsTests
{
    [TestCase(new[] { "--csi-driver", "topolvm.io" }, new[] { "topolvm.io" })]
    [TestCase(new[] { "--csi-driver", "topolvm.io,local.csi.openebs.io" }, new[] { "topolvm.io", "local.csi.openebs.io" })]
    [TestCase(new[] { "--csi-driver", " topolvm.io , ,topolvm.io,local.csi.openebs.io " }, new[] { "topolvm.io", "local.csi.openebs.io" })]
    [TestCase(new[] { "--csi-driver=topolvm.io" }, new[] { "topolvm.io" })]
    [TestCase(new[] { "--csi-driver", "topolvm.io", "--csi-driver", "local.csi.openebs.io" }, new[] { "local.csi.openebs.io" })]
    public void AddCsiDriver_CommandLine_ReadsNames(string[] args, string[] expected)
    {
        using var provider = Build(new ConfigurationBuilder().AddCommandLine(args).Build());
        Assert.That(provider.GetRequiredService<IOptions<CsiDriverOptions>>().Value.Drivers, Is.EqualTo(expected));
    }

    [Test]
    public void AddCsiDriver_ArrayForm_ReadsAllNames()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["csi-driver:0"] = "topolvm.io",
            ["csi-driver:1"] = "local.csi.openebs.io,rancher.io/local-path",
        }).Build();

        using var provider = Build(configuration);

        Assert.That(
            provider.GetRequiredService<IOptions<CsiDriverOptions>>().Value.Drivers,
            Is.EqualTo(new[] { "topolvm.io", "local.csi.openebs.io", "rancher.io/local-path" }));
    }

    [Test]
    public void AddCsiDriver_Names_RegistersCsiDriverOwningThem()
    {
        using var provider = Build(new ConfigurationBuilder().AddCommandLine(["--csi-driver", "topolvm.io"]).Build());

        var driver = provider.GetRequiredService<IStorageDriver>();

        Assert.That(driver, Is.InstanceOf<CsiDriver>());
        Assert.That(driver.Ownership.OwnsProvisioner("topolvm.io"), Is.True);
    }

    private static readonly string[][] ArgsWithoutNames =
    [
        [],
        ["--csi-driver", ""],
        ["--csi-driver", " , "],
        ["--driver", "csi"],
    ];

    [TestCaseSource(nameof(ArgsWithoutNames))]
    public void AddCsiDriver_NoNames_FailsStartupValidation(string[] args)
    {
        using var provider = Build(new ConfigurationBuilder().AddCommandLine(args).Build());

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(error!.OptionsType, Is.EqualTo(typeof(CsiDriverOptions)));
    }

    private static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IResourceCache<Node>>(new InMemoryResourceCache<Node>());
        services.AddSingleton<IResourceCache<CsiNode>>(new InMemoryResourceCache<CsiNode>());
        services.AddCsiDriver(configuration);
        return services.BuildServiceProvider();
    }
}
