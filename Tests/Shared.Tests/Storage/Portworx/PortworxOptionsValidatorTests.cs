using Stork.Shared.Storage.Portworx;

namespace Stork.Shared.Tests.Storage.Portworx;

internal sealed class PortworxOptionsValidatorTests
{
    [TestCase("http://portworx-api.kube-system:9021")]
    [TestCase("https://10.0.0.1:9021/")]
    public void Validate_GoodEndpoint_Succeeds(string endpoint) =>
        Assert.That(Validate(new PortworxOptions { Endpoint = new Uri(endpoint) }).Succeeded, Is.True);

    [TestCase(null)]
    [TestCase("ftp://portworx:9021")]
    [TestCase("portworx-api:9021")]
    public void Validate_MissingOrNonHttpEndpoint_NamesTheFlag(string? endpoint)
    {
        var options = new PortworxOptions { Endpoint = endpoint is null ? null : new Uri(endpoint, UriKind.RelativeOrAbsolute) };

        Assert.That(Validate(options).FailureMessage, Does.Contain("--portworx-endpoint is required"));
    }

    [TestCase(0)]
    [TestCase(5000)]
    [TestCase(-1)]
    public void Validate_CallTimeoutOutsideSchedulerBudget_Fails(int milliseconds)
    {
        var options = Valid();
        options.CallTimeout = TimeSpan.FromMilliseconds(milliseconds);

        Assert.That(Validate(options).FailureMessage, Does.Contain("portworx-call-timeout"));
    }

    [Test]
    public void Validate_TokenFileMissing_NamesTheFile()
    {
        var options = Valid();
        options.TokenFile = "/nonexistent/px-token";

        Assert.That(Validate(options).FailureMessage, Does.Contain("--portworx-token-file '/nonexistent/px-token'"));
    }

    [Test]
    public void Validate_ZeroIntervals_NamesEach()
    {
        var options = Valid();
        options.NodeRefreshInterval = TimeSpan.Zero;
        options.VolumeTtl = TimeSpan.Zero;
        options.StaleDataLimit = TimeSpan.Zero;

        Assert.That(Validate(options).FailureMessage, Does.Contain("portworx-node-refresh-interval")
            .And.Contain("portworx-volume-ttl").And.Contain("portworx-stale-data-limit"));
    }

    private static PortworxOptions Valid() => new() { Endpoint = new Uri("http://px:9021") };

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(PortworxOptions options) =>
        new PortworxOptionsValidator().Validate(null, options);
}
