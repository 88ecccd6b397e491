using Microsoft.Extensions.Options;

namespace Stork.Webhook;

/// <summary>Source-generated validation of <see cref="WebhookOptions"/>' data annotations, run at start.</summary>
[OptionsValidator]
internal sealed partial class WebhookOptionsValidator : IValidateOptions<WebhookOptions>;
