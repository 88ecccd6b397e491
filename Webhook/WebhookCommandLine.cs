using Stork.Shared.Hosting.Flags;
using Stork.Webhook.Tls;

namespace Stork.Webhook;

/// <summary>The webhook's flags (the README's table), with the defaults of its options classes.</summary>
internal static class WebhookCommandLine
{
    public static readonly CommandSpec Spec = new(
        "stork-webhook",
        "Mutating admission webhook: sends pods with storage-driver volumes to the stork scheduler.",
        [
            SharedFlags.Urls(WebhookTlsExtensions.DefaultUrls, "HTTPS only"),
            Flag.Path("tls-cert-file", "PEM certificate (required), re-read when it changes"),
            Flag.Path("tls-key-file", "PEM private key (required), re-read when it changes"),
            Flag.Duration("tls-reload-interval", "periodic check of the TLS files", new TlsOptions().ReloadInterval),
            .. SharedFlags.Cluster,
            .. SharedFlags.Mutation,
            Flag.Integer("max-request-body-bytes", "larger request bodies get 400", new WebhookOptions().MaxRequestBodyBytes),
            SharedFlags.LogFormat,
        ])
    {
        Version = CommandSpec.VersionOf(typeof(WebhookCommandLine).Assembly),
    };
}
