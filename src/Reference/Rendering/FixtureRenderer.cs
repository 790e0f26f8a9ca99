using System.Runtime.InteropServices;
using AbiTool.Reference.Declarations;
using AbiTool.Reference.Model;
using AbiTool.Reference.View;
using AbiTool.Sources;

namespace AbiTool.Reference.Rendering;

/// <summary>What a render wrote.</summary>
/// <param name="Files">Regular files written.</param>
/// <param name="Links">Symbolic links made.</param>
/// <param name="CharDevices">Character devices made under dev/ (0 where the process may not make them).</param>
/// <param name="Manifest">dev.manifest, listing every /dev node the fixture stands for, made or not, and the scenario's kernel.</param>
public sealed record RenderResult(int Files, int Links, int CharDevices, string Manifest);

/// <summary>
/// Writes a <see cref="DaxSystem"/>'s sysfs view to disk as DIR/sys/… (files with the kernel's permission bits and
/// values, relative links as sysfs makes them) and DIR/dev/daxX.Y character devices where the process may create
/// them; DIR/dev.manifest lists those devices either way. Writes nothing outside DIR, and only into an empty DIR.
/// </summary>
public static partial class FixtureRenderer
{
    public const string ManifestName = "dev.manifest";

    public static RenderResult Render(DaxSystem system, string outDir)
    {
        if (File.Exists(outDir)) throw new AbiInputException($"{outDir}: is a file; the fixture needs an empty or new folder");
        if (Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any())
            throw new AbiInputException($"{outDir}: is not empty; the fixture is written only into an empty or new folder");
        Directory.CreateDirectory(outDir);
        var root = Path.GetFullPath(outDir);
        var view = SysfsView.Of(system);
        int files = 0, links = 0, made = 0;
        foreach (var entry in view.Entries.OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            var disk = root + entry.Path;
            Directory.CreateDirectory(Path.GetDirectoryName(disk)!);
            switch (entry.Kind)
            {
                case NodeKind.Directory:
                    Directory.CreateDirectory(disk);
                    break;
                case NodeKind.Link:
                    File.CreateSymbolicLink(disk, entry.LinkTarget!);
                    links++;
                    break;
                default:
                    File.WriteAllText(disk, entry.Content ?? "");
                    files++;
                    break;
            }
        }
        // Modes last, folders deepest first, so read-only bits never stop the writes above.
        foreach (var entry in view.Entries.Where(e => e.Kind != NodeKind.Link).OrderByDescending(e => e.Path.Length))
        {
            if (OperatingSystem.IsWindows()) break;
            File.SetUnixFileMode(root + entry.Path, entry.Mode);
        }
        var manifest = new List<string> { "# /dev nodes of this fixture: type major:minor path made", $"{FixtureManifest.KernelPrefix}{system.Kernel}" };
        foreach (var device in view.CharDevices)
        {
            var disk = root + device.Path;
            Directory.CreateDirectory(Path.GetDirectoryName(disk)!);
            var ok = MakeCharDevice(disk, device.Major, device.Minor);
            if (ok) made++;
            manifest.Add($"c {device.Major}:{device.Minor} {device.Path} {(ok ? "made" : "not-made")}");
        }
        var manifestPath = Path.Join(root, ManifestName);
        File.WriteAllLines(manifestPath, manifest);
        return new RenderResult(files, links, made, manifestPath);
    }

    private static bool MakeCharDevice(string path, int major, int minor)
    {
        if (!OperatingSystem.IsLinux()) return false;
        const uint characterDevice = 0x2000; // S_IFCHR
        var dev = ((ulong)(major & 0xfff) << 8) | ((ulong)(major & ~0xfff) << 32) | (uint)(minor & 0xff) | ((ulong)(minor & ~0xff) << 12);
        return MkNod(path, characterDevice | 0x180 /* 0600 */, dev) == 0;
    }

    [LibraryImport("libc", EntryPoint = "mknod", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MkNod(string path, uint mode, ulong dev);
}
