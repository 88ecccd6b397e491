using System.Security.Authentication;
using Microsoft.Extensions.Options;

namespace Stork.Webhook.Tls;

/// <summary>HTTPS only: TLS 1.2+ with the suites of <see cref="TlsCipherSuites"/>, the certificate from
/// <see cref="CertificateReloader"/> per handshake.</summary>
internal static class WebhookTlsExtensions
{
    /// <summary>Where the webhook listens when <c>--urls</c> is not given.</summary>
    public const string DefaultUrls = "https://0.0.0.0:8443";

    /// <exception cref="InvalidOperationException"><c>--urls</c> names a plain-HTTP address.</exception>
    public static WebApplicationBuilder AddWebhookTls(this WebApplicationBuilder builder)
    {
        RequireHttpsUrls(builder);
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.Services.AddOptions<TlsOptions>().Bind(builder.Configuration).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TlsOptions>, TlsOptionsValidator>();
        builder.Services.AddSingleton<CertificateReloader>();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https =>
        {
            var reloader = kestrel.ApplicationServices.GetRequiredService<CertificateReloader>();
            https.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
            https.ServerCertificateSelector = (_, _) => reloader.Current;
            https.OnAuthenticate = (_, ssl) => ssl.CipherSuitesPolicy = TlsCipherSuites.Policy;
        }));
        return builder;
    }

    private static void RequireHttpsUrls(WebApplicationBuilder builder)
    {
        var urls = builder.Configuration[WebHostDefaults.ServerUrlsKey];
        if (string.IsNullOrWhiteSpace(urls))
        {
            builder.WebHost.UseUrls(DefaultUrls);
            return;
        }

        var plain = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(url => !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
        if (plain.Any())
        {
            throw new InvalidOperationException($"--urls {urls}: the webhook serves HTTPS only, every URL must start with https://");
        }
    }
}
