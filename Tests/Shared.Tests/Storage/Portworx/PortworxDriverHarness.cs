using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Stork.Shared.Kube.Models;
using Stork.Shared.Storage.Portworx;
using Stork.Shared.Tests.Telemetry;
using Stork.Tests.Fakes.Portworx;

namespace Stork.Shared.Tests.Storage.Portworx;

/// <summary>A <see cref="PortworxDriver"/> wired to a <see cref="FakePortworxSdkServer"/> over real HTTP.</summary>
internal sealed class PortworxDriverHarness : IAsyncDisposable
{
    private readonly PortworxSdkClient _client;

    private PortworxDriverHarness(FakePortworxSdkServer sdk, PortworxOptions options, TimeProvider time)
    {
        Sdk = sdk;
        Meters = new TestMeterFactory();
        _client = new PortworxSdkClient(new HttpClient(), sdk.Endpoint, token: null);
        Driver = new PortworxDriver(_client, Options.Create(options), time, Meters, NullLogger<PortworxDriver>.Instance);
    }

    public FakePortworxSdkServer Sdk { get; }

    public PortworxDriver Driver { get; }

    public TestMeterFactory Meters { get; }

    public static async Task<PortworxDriverHarness> StartAsync(TimeProvider time, Action<PortworxOptions>? configure = null)
    {
        var sdk = await FakePortworxSdkServer.StartAsync();
        var options = new PortworxOptions { Endpoint = sdk.Endpoint };
        configure?.Invoke(options);
        return new PortworxDriverHarness(sdk, options, time);
    }

    public static PersistentVolume CsiVolume(string volumeHandle) => new()
    {
        Metadata = new ObjectMeta { Name = "pv-" + volumeHandle },
        Spec = new PersistentVolumeSpec
        {
            Csi = new CsiPersistentVolumeSource { Driver = "pxd.portworx.com", VolumeHandle = volumeHandle },
        },
    };

    public int VolumeCalls(string volumeId) => Sdk.CallCount(FakePortworxSdkServer.VolumeInspectPrefix + volumeId);

    public int NodeCalls() => Sdk.CallCount(FakePortworxSdkServer.NodesPath);

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        Meters.Dispose();
        await Sdk.DisposeAsync();
    }
}
