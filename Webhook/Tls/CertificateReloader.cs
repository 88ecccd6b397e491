using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Stork.Webhook.Tls;

/// <summary>Serves the certificate of <see cref="TlsOptions"/> and swaps it atomically when the files
/// change: file-system notifications on their folders (which also see Kubernetes' <c>..data</c> symlink
/// swap) plus a periodic comparison of the files' bytes, in case notifications are lost. A pair that does
/// not load (a half-written rotation) keeps the current certificate and is logged; the next change retries.
/// A replaced certificate is not disposed: handshakes in flight may still hold it.</summary>
internal sealed class CertificateReloader : IDisposable
{
    private readonly TlsOptions options;
    private readonly ILogger<CertificateReloader> logger;
    private readonly Lock gate = new();
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly ITimer timer;
    private X509Certificate2 current;
    private byte[] seenCertificate;
    private byte[] seenKey;

    /// <exception cref="InvalidOperationException">The files are missing or do not hold a matching pair.</exception>
    public CertificateReloader(IOptions<TlsOptions> options, TimeProvider time, ILogger<CertificateReloader> logger)
    {
        this.options = options.Value;
        this.logger = logger;
        (seenCertificate, seenKey) = ReadInitialFiles();
        var (certificate, error) = PemCertificate.TryLoad(seenCertificate, seenKey);
        current = certificate ?? throw new InvalidOperationException(
            $"--tls-cert-file {this.options.CertFile} and --tls-key-file {this.options.KeyFile} are not a PEM certificate and its key: {error}");
        logger.CertificateLoaded(this.options.CertFile, current.Subject, current.Thumbprint, current.NotAfter);
        Watch();
        timer = time.CreateTimer(_ => ReloadInBackground(), null, this.options.ReloadInterval, this.options.ReloadInterval);
    }

    /// <summary>Raised after a new certificate was swapped in.</summary>
    public event EventHandler? Reloaded;

    /// <summary>The certificate to present in the next handshake.</summary>
    public X509Certificate2 Current => Volatile.Read(ref current);

    /// <summary>Re-reads both files; when their bytes changed and form a valid pair, swaps the certificate.</summary>
    /// <returns>Whether a new certificate is now served.</returns>
    public bool ReloadIfChanged()
    {
        lock (gate)
        {
            byte[] certificatePem, keyPem;
            try
            {
                (certificatePem, keyPem) = (File.ReadAllBytes(options.CertFile), File.ReadAllBytes(options.KeyFile));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.CertificateReloadFailed(options.CertFile, options.KeyFile, e.Message);
                return false;
            }

            if (certificatePem.AsSpan().SequenceEqual(seenCertificate) && keyPem.AsSpan().SequenceEqual(seenKey))
            {
                return false;
            }

            (seenCertificate, seenKey) = (certificatePem, keyPem);
            var (certificate, error) = PemCertificate.TryLoad(certificatePem, keyPem);
            if (certificate is null)
            {
                logger.CertificateReloadFailed(options.CertFile, options.KeyFile, error ?? "");
                return false;
            }

            Volatile.Write(ref current, certificate);
            logger.CertificateLoaded(options.CertFile, certificate.Subject, certificate.Thumbprint, certificate.NotAfter);
        }

        Reloaded?.Invoke(this, EventArgs.Empty);
        return true;
    }

    public void Dispose()
    {
        timer.Dispose();
        watchers.ForEach(w => w.Dispose());
    }

    /// <summary>For timer and watcher callbacks, where an exception would end the process.</summary>
    private void ReloadInBackground()
    {
        try
        {
            ReloadIfChanged();
        }
        catch (Exception e)
        {
            logger.CertificateReloadFailed(options.CertFile, options.KeyFile, e.Message);
        }
    }

    private (byte[] Certificate, byte[] Key) ReadInitialFiles()
    {
        try
        {
            return (File.ReadAllBytes(options.CertFile), File.ReadAllBytes(options.KeyFile));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"Cannot read the TLS files (--tls-cert-file, --tls-key-file): {e.Message}", e);
        }
    }

    private void Watch()
    {
        var folders = new[] { options.CertFile, options.KeyFile }
            .Select(file => Path.GetDirectoryName(Path.GetFullPath(file))!)
            .Distinct(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            try
            {
                var watcher = new FileSystemWatcher(folder)
                {
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.CreationTime,
                };
                watchers.Add(watcher);
                watcher.Changed += (_, _) => ReloadInBackground();
                watcher.Created += (_, _) => ReloadInBackground();
                watcher.Renamed += (_, _) => ReloadInBackground();
                watcher.Error += (_, e) => logger.CertificateWatchFailed(e.GetException());
                watcher.EnableRaisingEvents = true;
            }
            catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
            {
                logger.CertificateWatchFailed(e);
            }
        }
    }
}
