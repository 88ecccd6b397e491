using Microsoft.Extensions.Options;
using Stork.Scoring.Cluster;

namespace Stork.Scoring.Extender;

/// <summary>Reads an extender request: a body of at most <c>--max-request-bytes</c>, decoded by
/// <see cref="ExtenderArgsReader"/> with NodeNames resolved against the node cache. Bad input comes back as a value, never as an exception.</summary>
internal sealed class ExtenderRequestReader(ExtenderArgsReader args, NodeDirectory nodes, RequestBodyBudget budget, IOptions<ScoringOptions> options)
{
    public async Task<ExtenderRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        PooledBody body;
        try
        {
            body = await PooledBody.ReadAsync(request, options.Value.MaxRequestBytes, budget, cancellationToken);
        }
        catch (BadHttpRequestException e)
        {
            return ExtenderRequest.Bad(e.StatusCode, e.Message);
        }

        var read = args.Read(body.Memory, nodes.Current());
        if (read.Args is null)
        {
            body.Dispose();
            return ExtenderRequest.Bad(StatusCodes.Status400BadRequest, read.Error!);
        }

        return ExtenderRequest.Read(body, read.Args);
    }
}
