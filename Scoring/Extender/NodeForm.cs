namespace Stork.Scoring.Extender;

/// <summary>How kube-scheduler sent the candidate nodes, and so how the answer must carry them.</summary>
internal enum NodeForm
{
    /// <summary>Full v1.Node objects in <c>Nodes.items</c> (nodeCacheCapable: false).</summary>
    Nodes,

    /// <summary>Names only in <c>NodeNames</c> (nodeCacheCapable: true).</summary>
    NodeNames,
}
