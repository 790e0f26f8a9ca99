using Abi.Sysfs;

// Lists the device-dax instances of this machine with their size and NUMA node, the way daxctl does, through the
// accessors generated from the ABI docs. Lines marked "expect:" are where the compiler or the analyzer speaks when
// the opt-ins above them are removed (tests/Analyzers.Tests/SampleTests does exactly that).

const string Bus = "/sys/bus/dax/devices";
var devices = Directory.Exists(Bus) ? Directory.GetDirectories(Bus) : [];
foreach (var folder in devices)
{
    var device = new BusDaxDevicesDax(folder);
    // The dax bus attributes are testing-level: using them is an opt-in, and the ABI README asks programs that use
    // them to add themselves to the entry's Users: (testing/sysfs-bus-dax).
#pragma warning disable ABI0605
    var size = device.Size; // expect: ABI0605
    var node = device.TargetNode; // expect: ABI0605
#pragma warning restore ABI0605
    Console.WriteLine($"{Path.GetFileName(folder)}: {size} bytes, target node {node}");
}

if (devices.Length == 0) Console.WriteLine(LegacyLayout.Describe());

/// <summary>Kernels before v5.1 (or v5.1–v5.16 with the compat option) show devices on the dax class instead.</summary>
internal static class LegacyLayout
{
#pragma warning disable ABI0601
    private const string ClassFolder = "/sys/class/dax"; // expect: ABI0601

    public static string Describe()
    {
        if (!Directory.Exists(ClassFolder)) return "no device-dax instances";
        var names = Directory.GetDirectories(ClassFolder).Select(f => $"{Path.GetFileName(f)} ({new ClassDaxDax(f).Size} bytes)"); // expect: ABI0601
        return "legacy class layout: " + string.Join(", ", names);
    }
#pragma warning restore ABI0601
}
