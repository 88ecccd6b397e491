namespace Stork.Demo;

/// <summary>What to try once the demo runs (pure).</summary>
internal static class DemoInstructions
{
    public static string Render(DemoOptions options, DemoServices services)
    {
        var samples = options.Samples;
        var ca = services.Certificate.CaPath;
        var webhook = services.WebhookUrl.ToString().TrimEnd('/');
        var scoring = services.ScoringUrl.ToString().TrimEnd('/');
        return $"""

            Stork.Webhook demo: both services run against the sample cluster in {samples}/cluster.yaml
            (six nodes in three zones, Portworx on five, the MySQL PVC with replicas on node-2 and node-4).

              webhook   {webhook}/mutate      (TLS, dev CA in {ca})
              extender  {scoring}/filter, /prioritize, /explain

            Try:
              # the webhook sends the MySQL pod to the stork scheduler (decode the patch with base64 -d)
              curl -s --cacert {ca} -H 'Content-Type: application/json' -d @{samples}/mysql-admission-review.json {webhook}/mutate

              # the extender ranks the nodes: replica nodes 100, same rack 50, same zone 25
              curl -s -H 'Content-Type: application/json' -d @{samples}/mysql-extender-args.json {scoring}/prioritize
              curl -s -H 'Content-Type: application/json' -d @{samples}/mysql-extender-args.json {scoring}/filter

              # why? every node's verdict and score, with reasons
              curl -s -H 'Accept: text/plain' -d @{samples}/mysql-extender-args.json {scoring}/explain
              dotnet run -c Release --project {Path.GetDirectoryName(samples)}/Scoring -- explain --cluster-snapshot {samples}/cluster.yaml --pod {samples}/mysql-pod.yaml

            Ctrl+C stops the demo.
            """;
    }
}
