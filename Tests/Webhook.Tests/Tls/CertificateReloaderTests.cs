using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Stork.Webhook.Tests.Doubles;
using Stork.Webhook.Tls;

namespace Stork.Webhook.Tests.Tls;

public sealed class CertificateReloaderTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private ServingCertificates certificates = null!;
    private string folder = null!;
    private string certFile = null!;
    private string keyFile = null!;

    [SetUp]
    public void CreateFolder()
    {
        certificates = new ServingCertificates();
        folder = Directory.CreateTempSubdirectory("stork-tls-").FullName;
        certFile = Path.Combine(folder, "tls.crt");
        keyFile = Path.Combine(folder, "tls.key");
    }

    [TearDown]
    public void DeleteFolder()
    {
        certificates.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void Constructor_ValidPair_ServesIt()
    {
        var thumbprint = certificates.WritePair(certFile, keyFile);

        using var reloader = Create();

        Assert.That(reloader.Current.Thumbprint, Is.EqualTo(thumbprint));
        Assert.That(reloader.Current.HasPrivateKey, Is.True);
    }

    [Test]
    public void Constructor_MissingFiles_RefusesToStart() =>
        Assert.That(() => Create(), Throws.InvalidOperationException);

    [TestCase("cert", TestName = "Constructor_GarbageCertificate_RefusesToStart")]
    [TestCase("key", TestName = "Constructor_KeyOfAnotherCertificate_RefusesToStart")]
    public void Constructor_InvalidPair_RefusesToStart(string broken)
    {
        certificates.WritePair(certFile, keyFile);
        if (broken == "cert")
        {
            File.WriteAllText(certFile, "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
        }
        else
        {
            File.WriteAllText(keyFile, certificates.Create().KeyPem);
        }

        Assert.That(() => Create(), Throws.InvalidOperationException);
    }

    [Test]
    public void ReloadIfChanged_FilesUnchanged_KeepsCertificate()
    {
        certificates.WritePair(certFile, keyFile);
        using var reloader = Create();
        var served = reloader.Current;

        Assert.That(reloader.ReloadIfChanged(), Is.False);
        Assert.That(reloader.Current, Is.SameAs(served));
    }

    /// <summary>The folder is watched too, so either the watcher or the explicit call may do the swap;
    /// the served certificate is what must hold.</summary>
    [Test]
    public void ReloadIfChanged_HalfWrittenRotation_KeepsOldUntilThePairMatches()
    {
        var first = certificates.WritePair(certFile, keyFile);
        using var reloader = Create();
        var (certificate, key, second) = certificates.Create();

        File.WriteAllText(certFile, certificate);
        reloader.ReloadIfChanged();
        var afterCertificate = reloader.Current.Thumbprint;
        File.WriteAllText(keyFile, key);
        reloader.ReloadIfChanged();
        var afterKey = reloader.Current.Thumbprint;

        Assert.That(afterCertificate, Is.EqualTo(first));
        Assert.That(afterKey, Is.EqualTo(second));
    }

    [Test]
    public void ReloadIfChanged_FilesDeleted_KeepsCertificate()
    {
        var first = certificates.WritePair(certFile, keyFile);
        using var reloader = Create();

        File.Delete(keyFile);

        Assert.That(reloader.ReloadIfChanged(), Is.False);
        Assert.That(reloader.Current.Thumbprint, Is.EqualTo(first));
    }

    [Test]
    public async Task Watch_KubernetesSecretSymlinkSwap_Reloaded()
    {
        var secret = Path.Combine(folder, "secret");
        Directory.CreateDirectory(secret);
        WriteSecretVersion(secret, "..2024_01");
        File.CreateSymbolicLink(Path.Combine(secret, "..data"), "..2024_01");
        File.CreateSymbolicLink(Path.Combine(secret, "tls.crt"), "..data/tls.crt");
        File.CreateSymbolicLink(Path.Combine(secret, "tls.key"), "..data/tls.key");
        (certFile, keyFile) = (Path.Combine(secret, "tls.crt"), Path.Combine(secret, "tls.key"));
        using var reloader = Create(TimeSpan.FromHours(1));
        var reloaded = Reloaded(reloader);

        var second = WriteSecretVersion(secret, "..2024_02");
        File.CreateSymbolicLink(Path.Combine(secret, "..data_tmp"), "..2024_02");
        Posix.Rename(Path.Combine(secret, "..data_tmp"), Path.Combine(secret, "..data"));
        await reloaded.WaitAsync(Timeout);

        Assert.That(reloader.Current.Thumbprint, Is.EqualTo(second));
    }

    [Test]
    public void Poll_ChangeBehindSymlinkTheWatcherCannotSee_Reloaded()
    {
        var target = Directory.CreateDirectory(Path.Combine(folder, "elsewhere")).FullName;
        var linked = Directory.CreateDirectory(Path.Combine(folder, "linked")).FullName;
        certificates.WritePair(Path.Combine(target, "tls.crt"), Path.Combine(target, "tls.key"));
        File.CreateSymbolicLink(Path.Combine(linked, "tls.crt"), Path.Combine(target, "tls.crt"));
        File.CreateSymbolicLink(Path.Combine(linked, "tls.key"), Path.Combine(target, "tls.key"));
        (certFile, keyFile) = (Path.Combine(linked, "tls.crt"), Path.Combine(linked, "tls.key"));
        var timers = new ManualTimers();
        using var reloader = Create(TimeSpan.FromSeconds(7), timers);

        var second = certificates.WritePair(Path.Combine(target, "tls.crt"), Path.Combine(target, "tls.key"));
        timers.FireAll();

        Assert.That(timers.Periods, Is.EqualTo(new[] { TimeSpan.FromSeconds(7) }));
        Assert.That(reloader.Current.Thumbprint, Is.EqualTo(second));
    }

    private static Task Reloaded(CertificateReloader reloader)
    {
        var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        reloader.Reloaded += (_, _) => reloaded.TrySetResult();
        return reloaded.Task;
    }

    private string WriteSecretVersion(string secret, string version)
    {
        var directory = Directory.CreateDirectory(Path.Combine(secret, version)).FullName;
        return certificates.WritePair(Path.Combine(directory, "tls.crt"), Path.Combine(directory, "tls.key"));
    }

    private CertificateReloader Create(TimeSpan? interval = null, TimeProvider? time = null) => new(
        Options.Create(new TlsOptions { CertFile = certFile, KeyFile = keyFile, ReloadInterval = interval ?? TimeSpan.FromHours(1) }),
        time ?? TimeProvider.System,
        NullLogger<CertificateReloader>.Instance);
}
