using System.ComponentModel.DataAnnotations;

namespace Stork.Webhook;

/// <summary>The webhook's own HTTP flags, bound from the configuration root; the decision's flags are
/// <see cref="Stork.Shared.Mutation.MutationOptions"/>.</summary>
internal sealed class WebhookOptions
{
    /// <summary>Larger request bodies are answered 400 (the API server's own limit is 3 MiB per object;
    /// at most 16 MiB, below Kestrel's own 30 MB limit).</summary>
    [ConfigurationKeyName("max-request-body-bytes")]
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;
}
