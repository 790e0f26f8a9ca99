using System.IO;

namespace App.Dax;

public static class Legacy
{
    public static void Enable(string platform) =>
        File.WriteAllText(Path.Combine("/sys/devices/platform", platform, "legacy_enable"), "1");
}
