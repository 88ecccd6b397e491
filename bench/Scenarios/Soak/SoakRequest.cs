namespace Stork.Bench.Scenarios.Soak;

/// <summary>One prepared request: where it goes, what kind it is (<c>valid</c> or the name of a defect), its bytes.</summary>
internal sealed record SoakRequest(string Endpoint, string Kind, byte[] Body, string ContentType = "application/json")
{
    public const string ValidKind = "valid";

    public bool Valid => Kind == ValidKind;

    /// <summary>The webhook serves <c>/mutate</c>; the scoring sidecar the extender verbs.</summary>
    public bool ForWebhook => Endpoint == "/mutate";
}
