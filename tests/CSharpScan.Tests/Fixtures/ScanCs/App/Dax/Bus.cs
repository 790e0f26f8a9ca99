using System.IO;

namespace App.Dax;

/// <summary>Uses only documented interfaces: stable node files, a testing dax attribute, and paths that are no ABI.</summary>
public static class Bus
{
    private const string Devices = "/sys/bus/dax/devices";
    private const string Nodes = "/sys/devices/system/node";

    public static string Online() => File.ReadAllText(Nodes + "/online");

    public static string CpuList(int node) => File.ReadAllText($"{Nodes}/node{node}/cpulist");

    public static string TargetNode(string device) => File.ReadAllText(Path.Join(Devices, device, "target_node"));

    public static string Config(string home) => File.ReadAllText(Path.Combine(home, ".config", "app.json"));

    public static string Greeting() => "/system is not /sys";
}
