using YamlDotNet.RepresentationModel;

namespace Stork.Shared.Kube.Connection;

/// <summary>Reads <c>users[].user.tokenFile</c>, which the KubernetesClient package's kubeconfig model drops.</summary>
internal static class KubeconfigTokenFile
{
    /// <summary>The <c>tokenFile</c> of user <paramref name="userName"/> as written (possibly relative), or null.</summary>
    public static string? Of(string kubeconfigText, string userName)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(kubeconfigText));
        var users = stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root ? Child(root, "users") : null;
        return (users as YamlSequenceNode)?.Children
            .OfType<YamlMappingNode>()
            .Where(entry => Child(entry, "name") is YamlScalarNode { Value: var name } && name == userName)
            .Select(entry => Child(entry, "user") is YamlMappingNode user && Child(user, "tokenFile") is YamlScalarNode { Value: { Length: > 0 } file } ? file : null)
            .FirstOrDefault();
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;
}
