using System.Diagnostics;
using System.Net;
using System.Text;
using Stork.Bench.Cluster;
using Stork.Bench.Http;
using Stork.Tests.Fakes.Kube;
using Stork.Tests.Fakes.Portworx;

namespace Stork.Bench.Scenarios.Footprint;

/// <summary>One cluster size: the fake API server (and, for the sidecar, a fake OpenStorage SDK with one storage
/// node per Node) seeded once; then each service in its own process, synced (ready), driven with a round of real
/// requests, and measured.</summary>
internal static class FootprintRun
{
    private const int Requests = 50;
    private static readonly string[] Quiet = ["--Logging:LogLevel:Default", "Warning"];

    public static async Task<IReadOnlyList<(string Service, TimeSpan SyncedIn, Footprint Footprint)>> RunAsync(
        ClusterShape shape, IReadOnlyDictionary<string, string> environment, TextWriter progress, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("stork-footprint-").FullName;
        try
        {
            await using var kube = await FakeKubeApiServer.StartAsync();
            await using var sdk = await FakePortworxSdkServer.StartAsync();
            progress.WriteLine($"seeding {shape.Nodes} nodes, {shape.Claims} PVCs and PVs ...");
            var nodes = ClusterSeeder.Seed(kube, shape);
            sdk.SetNodes([.. nodes.Select((n, i) => new FakeStorageNode("px-" + i, n, n, "10.0.0.1", "10.0.0.1"))]);
            var (claim, volumeId) = FirstClaim(kube);
            sdk.SetVolume(new FakeVolume(volumeId, "pvc-first", [["px-0", "px-1"]]));

            var kubeconfig = FakeKubeconfig.Write(kube, directory);
            using var certificate = LoopbackCertificate.Create(directory);
            var results = new List<(string, TimeSpan, Footprint)>();

            progress.WriteLine("webhook: start, sync, admissions, measure ...");
            results.Add(await MeasureAsync("webhook",
                ["--urls", "https://127.0.0.1:0", "--tls-cert-file", certificate.CertificatePath, "--tls-key-file", certificate.KeyPath,
                 "--kubeconfig", kubeconfig, .. Quiet],
                environment, certificate, client => PostAsync(client, "/mutate", Admission(claim)), cancellationToken));

            progress.WriteLine("scoring: start, sync, filter and prioritize, measure ...");
            var args = ExtenderArgs(claim, nodes);
            results.Add(await MeasureAsync("scoring",
                ["--urls", "http://127.0.0.1:0", "--kubeconfig", kubeconfig, "--portworx-endpoint", sdk.Endpoint.ToString(), .. Quiet],
                environment, certificate, async client =>
                {
                    await PostAsync(client, "/filter", args);
                    await PostAsync(client, "/prioritize", args);
                }, cancellationToken));
            return results;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<(string, TimeSpan, Footprint)> MeasureAsync(string service, string[] flags, IReadOnlyDictionary<string, string> environment,
        LoopbackCertificate certificate, Func<HttpClient, Task> request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        await using var child = await ServiceProcess.StartAsync(service, flags, environment, cancellationToken);
        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, cert, _, _) => cert is not null && cert.Issuer == certificate.Ca.Subject,
        };
        using var client = new HttpClient(handler) { BaseAddress = child.Address, Timeout = TimeSpan.FromMinutes(1) };
        await child.WaitReadyAsync(client, cancellationToken);
        var synced = started.Elapsed;
        for (var i = 0; i < Requests; i++)
            await request(client);
        return (service, synced, await child.MeasureAsync(cancellationToken));
    }

    private static async Task PostAsync(HttpClient client, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var answer = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        if (answer.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"{path} answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
    }

    /// <summary>The first seeded claim (namespace, name) and its Portworx volume id.</summary>
    private static ((string Namespace, string Name) Claim, string VolumeId) FirstClaim(FakeKubeApiServer kube)
    {
        var (claim, _) = new SyntheticVolumes(new Random(0)).Create(0);
        var ns = (string)claim["metadata"]!["namespace"]!;
        var name = (string)claim["metadata"]!["name"]!;
        var bound = kube.Get(ClusterSeeder.ClaimsPath, ns, name) ?? throw new InvalidOperationException("the first claim was not seeded");
        var volume = kube.Get(ClusterSeeder.VolumesPath, null, (string)bound["spec"]!["volumeName"]!)!;
        return ((ns, name), (string)volume["spec"]!["csi"]!["volumeHandle"]!);
    }

    private static string Admission((string Namespace, string Name) claim) => $$$"""
        {"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"u-1",
         "kind":{"group":"","version":"v1","kind":"Pod"},"resource":{"group":"","version":"v1","resource":"pods"},
         "namespace":"{{{claim.Namespace}}}","operation":"CREATE","object":{"apiVersion":"v1","kind":"Pod",
         "metadata":{"name":"app-0","namespace":"{{{claim.Namespace}}}"},"spec":{"containers":[{"name":"c","image":"busybox"}],
         "volumes":[{"name":"data","persistentVolumeClaim":{"claimName":"{{{claim.Name}}}"}}]} } } }
        """;

    private static string ExtenderArgs((string Namespace, string Name) claim, IReadOnlyList<string> nodes) =>
        $$$"""{"Pod":{"metadata":{"name":"app-0","namespace":"{{{claim.Namespace}}}","uid":"u-1"},"spec":{"volumes":[{"name":"data","persistentVolumeClaim":{"claimName":"{{{claim.Name}}}"}}]}},"NodeNames":["""
        + string.Join(',', nodes.Select(n => $"\"{n}\"")) + "]}";
}
