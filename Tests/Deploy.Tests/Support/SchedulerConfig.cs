using YamlDotNet.RepresentationModel;

namespace Stork.Deploy.Tests.Support;

/// <summary>The KubeSchedulerConfiguration inside the stork scheduler's ConfigMap.</summary>
internal static class SchedulerConfig
{
    public const string FileName = "config.yaml";

    public static YamlNode Of(Rendering rendering)
    {
        var text = rendering.One("ConfigMap", Names.SchedulerConfig).At("data").Find(FileName)?.Scalar()
            ?? throw new AssertionException($"{Names.SchedulerConfig} has no {FileName}");
        return Rendering.Parse(text).Objects.Single();
    }
}
