using System.Text.Json;
using Stork.Scoring.Extender;

namespace Stork.Bench.Scenarios.Extender;

/// <summary>One ExtenderArgs request body, as kube-scheduler encodes it (Go field names, compact JSON): the pod
/// with <see cref="Volumes"/> claims and every node of the cluster, by name or as full Node objects.</summary>
internal sealed record ExtenderBody(NodeForm Form, int Volumes, byte[] Bytes)
{
    public static ExtenderBody Create(ExtenderCluster cluster, NodeForm form, int volumes)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WritePropertyName("Pod");
            ExtenderPod.Create(cluster, volumes).WriteTo(json);
            if (form == NodeForm.Nodes)
            {
                json.WriteStartObject("Nodes");
                json.WriteStartObject("metadata");
                json.WriteEndObject();
                json.WriteStartArray("items");
                foreach (var node in cluster.Nodes)
                {
                    json.WriteRawValue(node, skipInputValidation: true);
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteNull("NodeNames");
            }
            else
            {
                json.WriteNull("Nodes");
                json.WriteStartArray("NodeNames");
                foreach (var name in cluster.Names)
                {
                    json.WriteStringValue(name);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return new(form, volumes, buffer.ToArray());
    }
}
