using System.IO;

namespace App.Dax;

/// <summary>Reads devices through the class layout device-dax had before v5.1.</summary>
public static class OldLayout
{
    public static long Size(string device) =>
        long.Parse(File.ReadAllText($"/sys/class/dax/{device}/size"));

    public static string Dev() => File.ReadAllText("/sys/class/dax/dax0.0/dev");
}
