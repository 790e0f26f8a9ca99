namespace AbiTool.Reference.View;

/// <summary>Path arithmetic for absolute sysfs paths: relative link targets and ".." folding.</summary>
public static class SysfsPaths
{
    public const string Bus = "/sys/bus/dax";
    public const string BusDevices = "/sys/bus/dax/devices";
    public const string Drivers = "/sys/bus/dax/drivers";
    public const string Memory = "/sys/devices/system/memory";
    public const string Node = "/sys/devices/system/node";
    public const string Class = "/sys/class/dax";
    public const string DevChar = "/sys/dev/char";

    /// <summary>The target a link at <paramref name="link"/> needs to reach <paramref name="target"/>, relative as sysfs makes it.</summary>
    public static string RelativeLink(string link, string target)
    {
        var from = Parts(link);
        from.RemoveAt(from.Count - 1); // the folder that holds the link
        var to = Parts(target);
        var common = 0;
        while (common < from.Count && common < to.Count && from[common] == to[common]) common++;
        var up = Enumerable.Repeat("..", from.Count - common);
        return string.Join('/', up.Concat(to.Skip(common)));
    }

    /// <summary>Folds "." and ".." components; null when ".." climbs above the root.</summary>
    public static string? Fold(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(part);
        }
        return "/" + string.Join('/', parts);
    }

    public static string Parent(string path) => path[..path.LastIndexOf('/')];

    private static List<string> Parts(string path) => [.. path.Split('/', StringSplitOptions.RemoveEmptyEntries)];
}
