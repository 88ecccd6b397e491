using Stork.Scoring.Placement;
using Stork.Shared.Annotations;
using Stork.Shared.Storage;

namespace Stork.Scoring.Tests.Placement;

/// <summary>Cluster state built the way Stork's extender tests build it: Kubernetes nodes with rack,
/// zone and region labels; a storage cluster whose node i has id, hostname and scheduler name
/// <c>node{i+1}</c> and IP <c>192.168.0.{i+1}</c>; volumes placed on storage node indexes. Unlike
/// Stork's mock driver, volumes carry only the labels given here (the mock ignores PVC annotations).</summary>
internal sealed class StorkCluster
{
    private readonly KubeNodeInfo[] _nodes;
    private readonly List<PodVolume> _volumes = [];
    private readonly Dictionary<int, StorageNodeStatus> _statuses = [];
    private readonly Dictionary<string, string> _annotations = [];
    private int _storageNodes;
    private int[]? _request;

    public StorkCluster(params KubeNodeInfo[] nodes)
    {
        _nodes = nodes;
        _storageNodes = nodes.Length;
    }

    public static KubeNodeInfo Node(string name, string hostname, string ip, string rack, string zone = "", string region = "")
    {
        var labels = new Dictionary<string, string>
        {
            [AnnotationKeys.PortworxRack] = rack,
            [AnnotationKeys.Zone] = zone,
            [AnnotationKeys.Region] = region,
        };
        return new(name, [hostname], [ip], labels, false);
    }

    /// <summary>Nodes <c>node{i}</c> (hostname too) with IP <c>192.168.0.{i}</c>, i = 1..n.</summary>
    public static StorkCluster Simple(params (string Rack, string Zone, string Region)[] places) =>
        new([.. places.Select((p, i) => Node("node" + (i + 1), "node" + (i + 1), "192.168.0." + (i + 1), p.Rack, p.Zone, p.Region))]);

    public IReadOnlyList<KubeNodeInfo> Nodes => _nodes;

    public StorkCluster StorageNodes(int count)
    {
        _storageNodes = count;
        return this;
    }

    public StorkCluster Volume(string name, int[] replicas, bool antiHyperconvergence = false, params string[] labels)
    {
        var map = new Dictionary<string, string>();
        for (var i = 0; i < labels.Length; i += 2)
        {
            map[labels[i]] = labels[i + 1];
        }

        var ids = replicas.Select(r => "node" + (r + 1)).ToArray();
        _volumes.Add(new("PVC default/" + name, name, name, ids, map, antiHyperconvergence));
        return this;
    }

    public StorkCluster Status(int storageNode, StorageNodeStatus status)
    {
        _statuses[storageNode] = status;
        return this;
    }

    public StorkCluster Annotate(string key, string value)
    {
        _annotations[key] = value;
        return this;
    }

    /// <summary>Send only these nodes (indexes into the constructor's nodes); default: all.</summary>
    public StorkCluster Request(params int[] nodes)
    {
        _request = nodes;
        return this;
    }

    public IReadOnlyList<StorageNode> BuildStorageNodes() =>
        [.. Enumerable.Range(0, _storageNodes).Select(i => new StorageNode(
            "node" + (i + 1), "node" + (i + 1), "node" + (i + 1), ["192.168.0." + (i + 1)],
            _statuses.GetValueOrDefault(i, StorageNodeStatus.Online)))];

    public PlacementRequest Build(VolumeLookup? lookup = null) => new(
        PodSchedulingOptions.FromAnnotations(_annotations),
        lookup ?? new VolumeLookup.Ready(_volumes),
        DriverResult<StorageTopology>.Ok(StorageTopology.Build(BuildStorageNodes(), _nodes, AnnotationKeys.PortworxRack)),
        _request is null ? _nodes : [.. _request.Select(i => _nodes[i])]);

    /// <summary>Passing nodes as indexes into the request, or null when the pod cannot be scheduled.</summary>
    public int[]? FilterIndexes()
    {
        var request = Build();
        var result = PlacementFilter.Filter(request);
        if (result.Outcome == FilterOutcome.CannotSchedule)
        {
            return null;
        }

        var names = request.Candidates.Select(c => c.Name).ToList();
        return [.. result.Passed.Select(n => names.IndexOf(n))];
    }

    public long[] Scores(ScoreScale scale = ScoreScale.Stork) =>
        [.. PlacementScorer.Prioritize(Build(), scale, explain: false).Scores.Select(s => s.Score)];
}
