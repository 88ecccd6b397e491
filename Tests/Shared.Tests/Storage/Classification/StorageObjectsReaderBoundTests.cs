using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Stork.Shared.Kube.Cache;
using Stork.Shared.Kube.Client;
using Stork.Shared.Kube.Models;
using Stork.Shared.Storage.Classification;
using Stork.Shared.Tests.Kube.Integration;

namespace Stork.Shared.Tests.Storage.Classification;

/// <summary>Cache-miss reads of a pod naming 2,000 uncached PVCs, against the fake API server (each GET
/// slowed down so that reads overlap), counting the GETs in flight.</summary>
internal sealed class StorageObjectsReaderBoundTests : FakeKubeFixture
{
    private const int Claims = 2000;

    [Test]
    public async Task FillAsync_TwoThousandMissingClaims_AtMostMaxPerRequestInFlight()
    {
        var counting = new InFlightKubeApi(Api);
        Fake.Delay = TimeSpan.FromMilliseconds(2);
        using var reader = Reader(counting, new CacheMissReadOptions());

        var fill = await FillAsync(reader, "a");

        Assert.That(fill.Error, Is.Null);
        Assert.That(fill.ClaimReads, Is.EqualTo(Claims));
        Assert.That(counting.Gets, Is.EqualTo(Claims));
        Assert.That(counting.MaxInFlight("a"), Is.InRange(2, 16));
    }

    [Test]
    public async Task FillAsync_TwoRequestsAtOnce_EachWithinItsBoundAndBothWithinTheProcessBound()
    {
        var counting = new InFlightKubeApi(Api);
        Fake.Delay = TimeSpan.FromMilliseconds(2);
        using var reader = Reader(counting, new CacheMissReadOptions { MaxPerRequest = 16, MaxPerProcess = 20 });

        var fills = await Task.WhenAll(FillAsync(reader, "a"), FillAsync(reader, "b"));

        Assert.That(fills.Select(f => f.Error), Is.All.Null);
        Assert.That(counting.MaxInFlight("a"), Is.LessThanOrEqualTo(16));
        Assert.That(counting.MaxInFlight("b"), Is.LessThanOrEqualTo(16));
        Assert.That(counting.MaxInFlightOverall, Is.InRange(17, 20), "both ran at once, within the process bound");
    }

    private static StorageObjectsReader Reader(IKubeApi api, CacheMissReadOptions options) => new(
        new ResourceCache<PersistentVolumeClaim>(KubeResources.PersistentVolumeClaims),
        new ResourceCache<PersistentVolume>(KubeResources.PersistentVolumes),
        new ResourceCache<StorageClass>(KubeResources.StorageClasses),
        api,
        Options.Create(options),
        TimeProvider.System,
        NullLogger<StorageObjectsReader>.Instance);

    private static Task<CacheMissFill> FillAsync(StorageObjectsReader reader, string @namespace)
    {
        var missing = Enumerable.Range(0, Claims)
            .Select(i => new ClassifiedVolume($"v{i}", PodVolumeKind.Claim, false, ClaimState.Missing, "", "", $"pvc-{i}", $"{@namespace}/pvc-{i}"))
            .ToList();
        return reader.FillAsync(reader.FromCaches(), @namespace, missing, TimeSpan.FromSeconds(60), CancellationToken.None);
    }

    /// <summary>The real client, counting GETs in flight per namespace and overall.</summary>
    private sealed class InFlightKubeApi(IKubeApi inner) : IKubeApi
    {
        private readonly Lock gate = new();
        private readonly Dictionary<string, (int Now, int Max)> perNamespace = [];
        private int now;
        private int gets;

        public int Gets => Volatile.Read(ref gets);

        public int MaxInFlightOverall { get; private set; }

        public int MaxInFlight(string @namespace)
        {
            lock (gate)
            {
                return perNamespace.GetValueOrDefault(@namespace).Max;
            }
        }

        public async Task<KubeResult<T>> GetAsync<T>(KubeResource<T> resource, string? @namespace, string name, CancellationToken cancellationToken)
            where T : class, IKubeObject
        {
            Interlocked.Increment(ref gets);
            Count(@namespace ?? "", +1);
            try
            {
                return await inner.GetAsync(resource, @namespace, name, cancellationToken);
            }
            finally
            {
                Count(@namespace ?? "", -1);
            }
        }

        public Task<KubeResult<KubeList<T>>> ListAsync<T>(KubeResource<T> resource, int limit, string? continueToken, CancellationToken cancellationToken)
            where T : class, IKubeObject => inner.ListAsync(resource, limit, continueToken, cancellationToken);

        public Task<KubeResult<IAsyncEnumerable<WatchLine<T>>>> WatchAsync<T>(
            KubeResource<T> resource, string resourceVersion, int timeoutSeconds, CancellationToken cancellationToken)
            where T : class, IKubeObject => inner.WatchAsync(resource, resourceVersion, timeoutSeconds, cancellationToken);

        public Task<KubeResult<Event>> CreateEventAsync(string @namespace, Event newEvent, CancellationToken cancellationToken) =>
            inner.CreateEventAsync(@namespace, newEvent, cancellationToken);

        private void Count(string @namespace, int delta)
        {
            lock (gate)
            {
                now += delta;
                MaxInFlightOverall = Math.Max(MaxInFlightOverall, now);
                var (current, max) = perNamespace.GetValueOrDefault(@namespace);
                perNamespace[@namespace] = (current + delta, Math.Max(max, current + delta));
            }
        }
    }
}
