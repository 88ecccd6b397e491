using System.ComponentModel.DataAnnotations;

namespace Stork.Webhook.Tls;

/// <summary>The serving certificate: PEM files, re-read when they change (cert-manager rotation).</summary>
internal sealed class TlsOptions
{
    [ConfigurationKeyName("tls-cert-file")]
    [Required(ErrorMessage = "--tls-cert-file is required: the webhook serves HTTPS only")]
    public string CertFile { get; set; } = "";

    [ConfigurationKeyName("tls-key-file")]
    [Required(ErrorMessage = "--tls-key-file is required: the webhook serves HTTPS only")]
    public string KeyFile { get; set; } = "";

    /// <summary>How often the files are compared with the served pair, besides file-change notifications.</summary>
    [ConfigurationKeyName("tls-reload-interval")]
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ReloadInterval { get; set; } = TimeSpan.FromSeconds(30);
}
