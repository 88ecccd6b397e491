namespace Stork.Webhook.Admission;

/// <summary>The members of <c>request</c> the webhook reads (decoded by <see cref="AdmissionBodyReader"/>); of
/// <see cref="Object"/> the raw bytes are kept so the patch is built against exactly what the API server sent.</summary>
internal sealed record AdmissionRequest
{
    public string? Uid { get; set; }
    public GroupVersionKind? Kind { get; set; }
    public string? SubResource { get; set; }
    public string? Namespace { get; set; }
    public string? Operation { get; set; }
    public RequestObject? Object { get; set; }
    public bool? DryRun { get; set; }

    /// <summary>Why the first unreadable member besides uid cannot be read (wrong type, invalid UTF-8, lone surrogate
    /// escape), or null: such a request is answered allowed, unchanged, with outcome <c>error</c>.</summary>
    public string? Unreadable { get; set; }
}
