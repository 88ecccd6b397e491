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
            .. Policy(new WebhookOptions()),
            Flag.Duration("admission-deadline", "bound on one admission's cluster lookup", new WebhookOptions().AdmissionDeadline),
            Flag.Integer("max-request-body-bytes", "larger request bodies get 400", new WebhookOptions().MaxRequestBodyBytes),
            SharedFlags.LogFormat,
        ])
    {
        Version = CommandSpec.VersionOf(typeof(WebhookCommandLine).Assembly),
    };

    /// <summary>The flags of the mutation decision (also taken by <c>explain</c>).</summary>
    public static Flag[] Policy(WebhookOptions defaults) =>
    [
        Flag.Boolean("webhook-controller", "false: answer every request allowed and unchanged", defaults.WebhookController),
        Flag.Text("skip-annotation", "pod annotation whose true value leaves the pod alone", defaults.SkipAnnotation),
        Flag.Text("opt-out-label", "namespace label whose true value leaves its pods alone", defaults.OptOutLabel),
        Flag.Text("scheduler-name", "the scheduler driver-backed pods are sent to", defaults.SchedulerName),
    ];
}
