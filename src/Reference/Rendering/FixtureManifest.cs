using System.Globalization;

namespace AbiTool.Reference.Rendering;

/// <summary>
/// dev.manifest beside a fixture's sys/, read back: the /dev nodes the fixture stands for (whether or not the renderer
/// could make them) and the kernel its scenario behaves like. A live /sys has no manifest; its /dev is the real one.
/// </summary>
public sealed class FixtureManifest
{
    public const string KernelPrefix = "# kernel ";

    /// <summary>The kernel line, when the manifest has one.</summary>
    public Version? Kernel { get; private init; }

    /// <summary>Each listed node's path (/dev/daxX.Y) and number.</summary>
    public IReadOnlyDictionary<string, (int Major, int Minor)> Nodes { get; private init; } = new Dictionary<string, (int, int)>();

    /// <summary>The manifest beside the sys folder <paramref name="sysFolder"/>, or null when there is none or it cannot be read.</summary>
    public static FixtureManifest? Beside(string sysFolder)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(sysFolder).TrimEnd('/'));
        if (parent is null) return null;
        var path = Path.Join(parent, FixtureRenderer.ManifestName);
        string[] lines;
        try
        {
            if (!File.Exists(path) || new FileInfo(path).Length > 1 << 20) return null;
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        return Parse(lines);
    }

    public static FixtureManifest Parse(IEnumerable<string> lines)
    {
        Version? kernel = null;
        var nodes = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.StartsWith(KernelPrefix, StringComparison.Ordinal))
            {
                if (Version.TryParse(line[KernelPrefix.Length..].Trim(), out var parsed)) kernel = parsed;
                continue;
            }
            // c MAJOR:MINOR PATH made|not-made
            if (line.Split(' ') is not ["c", var number, var node, _] || number.Split(':') is not [var major, var minor]) continue;
            if (int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out var ma) &&
                int.TryParse(minor, NumberStyles.None, CultureInfo.InvariantCulture, out var mi))
                nodes[node] = (ma, mi);
        }
        return new FixtureManifest { Kernel = kernel, Nodes = nodes };
    }
}
