using Microsoft.Extensions.Options;

namespace Stork.Webhook.Tls;

/// <summary>Source-generated validation of <see cref="TlsOptions"/>' data annotations, run at start.</summary>
[OptionsValidator]
internal sealed partial class TlsOptionsValidator : IValidateOptions<TlsOptions>;
