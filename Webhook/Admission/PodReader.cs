using System.Text.Json;
using Stork.Shared.Json;
using Stork.Shared.Kube.Models;

namespace Stork.Webhook.Admission;

/// <summary>Decodes <c>request.object</c> as the Pod fields the decision reads, and nothing else: metadata's name,
/// generateName, namespace and annotations; spec's schedulerName and volumes (name, persistentVolumeClaim.claimName,
/// ephemeral.volumeClaimTemplate.spec.storageClassName, csi.driver, portworxVolume.volumeID). Every other member is
/// skipped unread. Total: a Pod without metadata, or with a field it reads of the wrong type, invalid UTF-8 or a
/// lone surrogate escape, is a reason, never an exception (malformed JSON itself is left to the caller's reader).
/// A member named twice counts by its last occurrence, as for the serializer.</summary>
internal static class PodReader
{
    private const string Prefix = "request.object is not a readable Pod: ";

    /// <summary>Reads the object <paramref name="reader"/> starts. On success the reader ends on its last token; on
    /// failure it has not moved.</summary>
    public static (Pod? Pod, string? Error) Read(ref Utf8JsonReader reader)
    {
        var copy = reader;
        try
        {
            var pod = ReadPod(ref copy);
            reader = copy;
            return (pod, null);
        }
        catch (UnreadableFieldException e)
        {
            return (null, Prefix + e.Message);
        }
    }

    private static Pod ReadPod(ref Utf8JsonReader reader)
    {
        ObjectMeta? metadata = null;
        var spec = new PodSpec();
        while (JsonFields.NextMember(ref reader))
        {
            var (isMetadata, isSpec) = (reader.ValueTextEquals("metadata"u8), reader.ValueTextEquals("spec"u8));
            reader.Read();
            if (isMetadata)
            {
                metadata = JsonFields.StartObject(ref reader, "metadata") ? ReadMetadata(ref reader) : throw new UnreadableFieldException("metadata", "is null");
            }
            else if (isSpec)
            {
                spec = JsonFields.StartObject(ref reader, "spec") ? ReadSpec(ref reader) : throw new UnreadableFieldException("spec", "is null");
            }
            else
            {
                reader.Skip();
            }
        }

        return new Pod { Metadata = metadata ?? throw new UnreadableFieldException("metadata", "is missing"), Spec = spec };
    }

    private static ObjectMeta ReadMetadata(ref Utf8JsonReader reader)
    {
        var metadata = new ObjectMeta();
        while (JsonFields.NextMember(ref reader))
        {
            if (reader.ValueTextEquals("name"u8))
            {
                reader.Read();
                metadata.Name = JsonFields.String(ref reader, "metadata.name");
            }
            else if (reader.ValueTextEquals("generateName"u8))
            {
                reader.Read();
                metadata.GenerateName = JsonFields.String(ref reader, "metadata.generateName");
            }
            else if (reader.ValueTextEquals("namespace"u8))
            {
                reader.Read();
                metadata.Namespace = JsonFields.String(ref reader, "metadata.namespace");
            }
            else if (reader.ValueTextEquals("annotations"u8))
            {
                reader.Read();
                metadata.Annotations = ReadAnnotations(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return metadata;
    }

    /// <summary>All annotations but <see cref="MetadataMapConverter.LastAppliedConfiguration"/>, as the caches read them.</summary>
    private static Dictionary<string, string>? ReadAnnotations(ref Utf8JsonReader reader)
    {
        const string Field = "metadata.annotations";
        if (!JsonFields.StartObject(ref reader, Field))
        {
            return null;
        }

        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        while (JsonFields.NextMember(ref reader))
        {
            var key = reader.ValueTextEquals(MetadataMapConverter.LastAppliedConfiguration) ? null : JsonFields.String(ref reader, Field + " (a key)");
            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new UnreadableFieldException(Field, "holds a value that is not a string");
            }

            if (key is not null)
            {
                annotations[key] = JsonFields.String(ref reader, Field)!;
            }
        }

        return annotations;
    }

    private static PodSpec ReadSpec(ref Utf8JsonReader reader)
    {
        var spec = new PodSpec();
        while (JsonFields.NextMember(ref reader))
        {
            if (reader.ValueTextEquals("schedulerName"u8))
            {
                reader.Read();
                spec.SchedulerName = JsonFields.String(ref reader, "spec.schedulerName");
            }
            else if (reader.ValueTextEquals("volumes"u8))
            {
                reader.Read();
                spec.Volumes = ReadVolumes(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return spec;
    }

    private static List<Volume>? ReadVolumes(ref Utf8JsonReader reader)
    {
        const string Field = "spec.volumes";
        if (!JsonFields.StartArray(ref reader, Field))
        {
            return null;
        }

        var volumes = new List<Volume>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            volumes.Add(JsonFields.StartObject(ref reader, Field + "[]") ? ReadVolume(ref reader) : throw new UnreadableFieldException(Field, "holds null"));
        }

        return volumes;
    }

    private static Volume ReadVolume(ref Utf8JsonReader reader)
    {
        var volume = new Volume();
        while (JsonFields.NextMember(ref reader))
        {
            if (reader.ValueTextEquals("name"u8))
            {
                reader.Read();
                volume.Name = JsonFields.String(ref reader, "spec.volumes[].name") ?? "";
            }
            else if (reader.ValueTextEquals("persistentVolumeClaim"u8))
            {
                reader.Read();
                volume.PersistentVolumeClaim = OneString(ref reader, "spec.volumes[].persistentVolumeClaim", "claimName"u8, "claimName") is { } claim
                    ? new PersistentVolumeClaimVolumeSource { ClaimName = claim }
                    : null;
            }
            else if (reader.ValueTextEquals("ephemeral"u8))
            {
                reader.Read();
                volume.Ephemeral = ReadEphemeral(ref reader);
            }
            else if (reader.ValueTextEquals("csi"u8))
            {
                reader.Read();
                volume.Csi = OneString(ref reader, "spec.volumes[].csi", "driver"u8, "driver") is { } driver ? new CsiVolumeSource { Driver = driver } : null;
            }
            else if (reader.ValueTextEquals("portworxVolume"u8))
            {
                reader.Read();
                volume.PortworxVolume = OneString(ref reader, "spec.volumes[].portworxVolume", "volumeID"u8, "volumeID") is { } id
                    ? new PortworxVolumeSource { VolumeId = id }
                    : null;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return volume;
    }

    private static EphemeralVolumeSource? ReadEphemeral(ref Utf8JsonReader reader)
    {
        const string Field = "spec.volumes[].ephemeral";
        if (!JsonFields.StartObject(ref reader, Field))
        {
            return null;
        }

        var ephemeral = new EphemeralVolumeSource();
        while (JsonFields.NextMember(ref reader))
        {
            var isTemplate = reader.ValueTextEquals("volumeClaimTemplate"u8);
            reader.Read();
            if (isTemplate)
            {
                ephemeral.VolumeClaimTemplate = ReadTemplate(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return ephemeral;
    }

    private static PersistentVolumeClaimTemplate? ReadTemplate(ref Utf8JsonReader reader)
    {
        const string Field = "spec.volumes[].ephemeral.volumeClaimTemplate";
        if (!JsonFields.StartObject(ref reader, Field))
        {
            return null;
        }

        var template = new PersistentVolumeClaimTemplate();
        while (JsonFields.NextMember(ref reader))
        {
            var isSpec = reader.ValueTextEquals("spec"u8);
            reader.Read();
            if (isSpec)
            {
                template.Spec = JsonFields.StartObject(ref reader, Field + ".spec")
                    ? new PersistentVolumeClaimSpec { StorageClassName = Member(ref reader, Field + ".spec", "storageClassName"u8, "storageClassName") }
                    : throw new UnreadableFieldException(Field + ".spec", "is null");
            }
            else
            {
                reader.Skip();
            }
        }

        return template;
    }

    /// <summary>A volume source that is an object (or null) of which one string member is read ("" when absent).</summary>
    private static string? OneString(ref Utf8JsonReader reader, string field, ReadOnlySpan<byte> member, string memberName) =>
        JsonFields.StartObject(ref reader, field) ? Member(ref reader, field, member, memberName) ?? "" : null;

    /// <summary>The string member <paramref name="member"/> of the object the reader starts (null when absent or null);
    /// reads the object to its end, skipping every other member.</summary>
    private static string? Member(ref Utf8JsonReader reader, string field, ReadOnlySpan<byte> member, string memberName)
    {
        string? value = null;
        while (JsonFields.NextMember(ref reader))
        {
            var match = reader.ValueTextEquals(member);
            reader.Read();
            if (match)
            {
                value = JsonFields.String(ref reader, $"{field}.{memberName}");
            }
            else
            {
                reader.Skip();
            }
        }

        return value;
    }
}
