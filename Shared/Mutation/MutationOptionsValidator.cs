using Microsoft.Extensions.Options;

namespace Stork.Shared.Mutation;

/// <summary>Source-generated validation of <see cref="MutationOptions"/>' data annotations, run at start.</summary>
[OptionsValidator]
internal sealed partial class MutationOptionsValidator : IValidateOptions<MutationOptions>;
