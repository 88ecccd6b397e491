using Stork.Scoring.Placement;
using Stork.Shared.Annotations;
using Stork.Shared.Storage.Portworx;
using Stork.Shared.Storage.Portworx.Sdk;

namespace Stork.Scoring.Tests.Placement;

/// <summary>Stork lower-cases Portworx hostnames: a storage node reporting <c>NODE2</c> (and no scheduler
/// name) is the Kubernetes node whose hostname is <c>node2</c>, for the filter and for locality.</summary>
internal sealed class StorkHostnameCaseTests
{
    private static readonly KubeNodeInfo[] Nodes =
    [
        new("node1", ["node1"], [], new Dictionary<string, string> { [AnnotationKeys.PortworxRack] = "r1" }, false),
        new("node2", ["node2"], [], new Dictionary<string, string> { [AnnotationKeys.PortworxRack] = "r2" }, false),
    ];

    private static readonly StorageTopology Topology = StorageTopology.Build(
        [
            PortworxNodeMapper.ToStorageNode(new SdkStorageNode { Id = "uuid-1", Hostname = "node1" }),
            PortworxNodeMapper.ToStorageNode(new SdkStorageNode { Id = "uuid-2", Hostname = "NODE2" }),
        ],
        Nodes,
        AnnotationKeys.PortworxRack);

    [Test]
    public void Filter_StorageNodeHostnameUpperCase_NodePasses()
    {
        var result = PlacementFilter.Filter(PlacementFixture.Request(new VolumeLookup.Ready([PlacementFixture.Volume("a", ["uuid-2"])]), Topology, candidates: Nodes));

        Assert.That(result.Passed, Is.EqualTo(new[] { "node1", "node2" }));
    }

    [Test]
    public void Topology_StorageNodeHostnameUpperCase_TakesItsNodesLocality() =>
        Assert.That(Topology.FindById("uuid-2")!, Has.Property(nameof(LocatedStorageNode.DisplayName)).EqualTo("node2")
            .And.Property(nameof(LocatedStorageNode.Locality)).EqualTo(NodeLocality.Qualify("r2", "", "")));
}
