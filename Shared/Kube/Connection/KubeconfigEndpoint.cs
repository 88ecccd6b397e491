using k8s;
using k8s.KubeConfigModels;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Stork.Shared.Kube.Connection;

/// <summary>The endpoint a kubeconfig file describes for its current (or a chosen) context, built by the
/// KubernetesClient package (token, client certificate, CA, insecure-skip-tls-verify, exec plugins, OIDC, basic
/// auth) plus what it leaves out: <c>tokenFile</c>, re-read as it rotates. Relative paths resolve against the
/// kubeconfig's directory. Every problem is a <see cref="KubeConfigException"/> naming the file.</summary>
internal static class KubeconfigEndpoint
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static KubeEndpoint Load(string path, string? contextOverride, TimeProvider timeProvider)
    {
        var text = Read(path);
        var config = Parse(path, text);
        var contextName = contextOverride ?? config.CurrentContext
            ?? throw new KubeConfigException($"kubeconfig {path} has no current-context; pass --context NAME");
        var context = config.Contexts?.FirstOrDefault(c => string.Equals(c.Name, contextName, StringComparison.OrdinalIgnoreCase))
            ?? throw new KubeConfigException(
                $"kubeconfig {path} has no context '{contextName}' (it has: {string.Join(", ", config.Contexts?.Select(c => c.Name) ?? [])})");
        var user = context.ContextDetails?.User is { Length: > 0 } userName
            ? config.Users?.FirstOrDefault(u => string.Equals(u.Name, userName, StringComparison.OrdinalIgnoreCase))
            : null;
        if (user?.UserCredentials is { } credentials && KubeconfigUserCheck.Unsupported(credentials) is { } unsupported)
        {
            throw new KubeConfigException($"kubeconfig {path}: user '{user.Name}' uses {unsupported}");
        }

        var tokenFile = user?.UserCredentials is { } withTokenFile && KubeconfigTokenFile.Of(text, user.Name) is { } file
            ? UseTokenFile(withTokenFile, Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, file))
            : null;
        var configuration = Build(path, config, contextName);
        if (tokenFile is not null)
        {
            configuration.TokenProvider = new RotatingTokenFile(tokenFile, timeProvider);
        }

        return new KubeEndpoint(configuration, $"kubeconfig {path}, context {configuration.CurrentContext}");
    }

    /// <summary>The package accepts a user only with a credential it knows, so the file's current token stands in
    /// as the static token; the <see cref="RotatingTokenFile"/> set afterwards wins over it (and over a <c>token</c> also given).</summary>
    private static string UseTokenFile(UserCredentials credentials, string tokenFile)
    {
        try
        {
            credentials.Token = File.ReadAllText(tokenFile).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KubeConfigException($"kubeconfig tokenFile {tokenFile} cannot be read: {e.Message}", e);
        }

        return tokenFile;
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KubeConfigException($"kubeconfig {path} cannot be read: {e.Message}", e);
        }
    }

    /// <summary>The package's kubeconfig model, read with a YamlDotNet deserializer of our own rather than its
    /// <c>KubernetesYaml</c>, whose static initializer loads every type of the package (about 35 MB of RSS).</summary>
    private static K8SConfiguration Parse(string path, string text)
    {
        try
        {
            var config = Deserializer.Deserialize<K8SConfiguration?>(text)
                ?? throw new KubeConfigException($"kubeconfig {path} is empty");
            config.FileName = Path.GetFullPath(path);
            return config;
        }
        catch (YamlException e)
        {
            throw new KubeConfigException($"kubeconfig {path} is not a valid kubeconfig: {e.Message}", e);
        }
    }

    /// <summary>The package's configuration for the context: reads the CA and certificate files, decodes the
    /// <c>*-data</c> fields and runs an exec plugin once; whatever it rejects is reported with the file's name.</summary>
    private static KubernetesClientConfiguration Build(string path, K8SConfiguration config, string contextName)
    {
        KubernetesClientConfiguration configuration;
        try
        {
            configuration = KubernetesClientConfiguration.BuildConfigFromConfigObject(config, contextName);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new KubeConfigException($"kubeconfig {path}, context {contextName}: {e.Message}", e);
        }

        if (!Uri.TryCreate(configuration.Host, UriKind.Absolute, out var server) || server.Scheme is not ("https" or "http"))
        {
            throw new KubeConfigException($"kubeconfig {path}: cluster server '{configuration.Host}' is not an http(s) URL");
        }

        return configuration.SslCaCerts is { Count: 0 }
            ? throw new KubeConfigException($"kubeconfig {path}: the cluster's certificate-authority holds no PEM certificate")
            : configuration;
    }
}
