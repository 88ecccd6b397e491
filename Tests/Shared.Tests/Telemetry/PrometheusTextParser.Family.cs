namespace Stork.Shared.Tests.Telemetry;

internal static partial class PrometheusTextParser
{
    /// <summary>A metric family: name, TYPE, optional HELP and its samples in exposition order.</summary>
    public sealed class Family(string name)
    {
        private readonly List<Sample> samples = [];
        private readonly HashSet<string> seriesKeys = new(StringComparer.Ordinal);

        public string Name => name;

        public string? Help { get; private set; }

        public string? Type { get; private set; }

        public IReadOnlyList<Sample> Samples => samples;

        /// <summary>The value of the sample with exactly these labels, or null when there is none.</summary>
        public double? Value(string sampleName, params (string Name, string Value)[] labels) =>
            samples.FirstOrDefault(sample =>
                sample.Name == sampleName
                && sample.Labels.Count == labels.Length
                && labels.All(label => sample.Labels.TryGetValue(label.Name, out var value) && value == label.Value))?.Value;

        internal void SetHelp(string help, Line line)
        {
            if (Help is not null || samples.Count > 0)
            {
                throw line.Error("a second HELP, or HELP after samples");
            }

            Help = help;
        }

        internal void SetType(string type, Line line)
        {
            if (Type is not null || samples.Count > 0)
            {
                throw line.Error("a second TYPE, or TYPE after samples");
            }

            Type = type;
        }

        internal bool Owns(string sampleName) => Type switch
        {
            null => false,
            "histogram" => sampleName == name + "_bucket" || sampleName == name + "_sum" || sampleName == name + "_count",
            "summary" => sampleName == name || sampleName == name + "_sum" || sampleName == name + "_count",
            _ => sampleName == name,
        };

        internal void Add(Sample sample, Line line)
        {
            if (!seriesKeys.Add(sample.Key()))
            {
                throw line.Error("duplicate series");
            }

            if (Type == "counter" && !(sample.Value >= 0))
            {
                throw line.Error("a counter must be a non-negative number");
            }

            samples.Add(sample);
        }

        internal void Validate()
        {
            if (Type is null)
            {
                throw new FormatException($"Family {name} has HELP but no TYPE.");
            }

            if (Type == "histogram")
            {
                ValidateHistogram(this);
            }
        }
    }
}
