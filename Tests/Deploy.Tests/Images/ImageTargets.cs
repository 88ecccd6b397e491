namespace Stork.Deploy.Tests.Images;

/// <summary>The two images the Dockerfile builds.</summary>
internal static class ImageTargets
{
    public static readonly ImageTarget[] All =
    [
        new("webhook", "Stork.Webhook", "stork-webhook"),
        new("scoring", "Stork.Scoring", "stork-scoring"),
    ];
}
