using System.Runtime.InteropServices;

namespace Stork.Webhook.Tests.Doubles;

/// <summary>rename(2), which replaces a symlink atomically the way the kubelet swaps a secret's
/// <c>..data</c> link (File.Move refuses: the link points at a directory).</summary>
internal static partial class Posix
{
    public static void Rename(string from, string to)
    {
        if (NativeRename(from, to) != 0)
        {
            throw new IOException($"rename {from} {to} failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [LibraryImport("libc", EntryPoint = "rename", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int NativeRename(string from, string to);
}
