using System.Text.Json;
using AbiTool.Reference.Model;
using AbiTool.Reference.Scenarios;
using static AbiTool.Tests.FixtureHelpers;

namespace AbiTool.Tests;

/// <summary>
/// The real client: Debian's daxctl (ndctl 76.1) lists a rendered fixture, bind-mounted over /sys and /dev inside a
/// private mount namespace (nothing is mounted in the host's), and must print exactly the scenario's regions and
/// devices. Skips where it cannot run: not root, no unshare, no daxctl, or a sandbox that refuses new namespaces.
/// </summary>
public class DaxctlClientTests
{
    /// <summary>Mounts happen only inside the namespace unshare makes; the script ends with daxctl.</summary>
    private const string Script = """mount --bind "$1/sys" /sys && mount --bind "$1/dev" /dev && shift && exec daxctl "$@" """;

    private static (int Exit, string Out, string Error) Run(string fixture, params string[] daxctlArgs) =>
        PrivateNamespace.Run(Script, [fixture, .. daxctlArgs]);

    public static TheoryData<string> Scenarios() => [.. ScenarioLoader.Shipped()];

    [SkippableTheory]
    [MemberData(nameof(Scenarios))]
    public void DaxctlListsExactlyTheScenario(string scenario)
    {
        PrivateNamespace.SkipUnlessAvailable("daxctl");
        using var temp = new TempTree();
        var system = ScenarioLoader.LoadShipped(scenario);
        var fixture = Render(temp, system);

        var (exit, output, error) = Run(fixture, "list", "-R", "-D");
        Skip.If(exit != 0 && error.Contains("unshare", StringComparison.Ordinal), $"unshare cannot make a mount namespace here: {error.Trim()}");
        Assert.True(exit == 0, $"daxctl exit {exit}: {error}");
        Assert.True(error.Trim().Length == 0, $"daxctl printed errors: {error}"); // "unable to determine subsys", module lookups…
        Assert.Equal(Expected(system), Listed(output));

        // The form the issue names: human-readable sizes; the same regions, devices and modes.
        var human = Run(fixture, "list", "-R", "-D", "-u");
        Assert.True(human.Exit == 0, human.Error);
        var regions = Regions(human.Out).OrderBy(r => r.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(Expected(system).Select(r => r.Id), regions.Select(r => r.GetProperty("id").GetInt32()));
        Assert.Equal(Expected(system).SelectMany(r => r.Devices.Select(d => $"{d.Name} {d.Mode}")),
            regions.SelectMany(r => Devices(r).Select(d => $"{d.GetProperty("chardev").GetString()} {d.GetProperty("mode").GetString()}")));
        Assert.DoesNotContain("failed", human.Error, StringComparison.Ordinal);
    }

    private sealed record ListedDevice(string Name, ulong Size, int? TargetNode, ulong Align, string Mode, string? State);

    private sealed record ListedRegion(int Id, ulong Size, ulong Align, ulong AvailableSize, List<ListedDevice> Devices)
    {
        public bool Equals(ListedRegion? other) => other is not null && Id == other.Id && Size == other.Size && Align == other.Align &&
                                                   AvailableSize == other.AvailableSize && Devices.SequenceEqual(other.Devices);

        public override int GetHashCode() => Id;

        public override string ToString() => $"region {Id} size {Size} align {Align} available {AvailableSize}: {string.Join("; ", Devices)}";
    }

    /// <summary>What daxctl should print, from the model: devices of size 0 (seeds) are not listed without -i, nor an available_size of 0.</summary>
    private static List<ListedRegion> Expected(DaxSystem system) =>
    [
        .. system.Regions.OrderBy(r => r.Id).Select(r => new ListedRegion(r.Id, r.Size, r.Align, r.IsStatic ? 0 : r.Available,
            [.. r.Devices.Where(d => d.Size > 0).OrderBy(d => d.Id).Select(d => new ListedDevice(d.Name, d.Size,
                r.TargetNode >= 0 ? r.TargetNode : null, d.Align, d.Driver?.Name == DaxDriver.Kmem ? "system-ram" : "devdax",
                d.Driver is null && system.OnBus(d) ? "disabled" : null))])), // compat class devices are always enabled
    ];

    private static List<JsonElement> Regions(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement.Clone();
        return root.ValueKind == JsonValueKind.Array ? [.. root.EnumerateArray()] : [root];
    }

    private static IEnumerable<JsonElement> Devices(JsonElement region) =>
        region.TryGetProperty("devices", out var devices) ? devices.EnumerateArray() : [];

    private static List<ListedRegion> Listed(string json) =>
    [
        .. Regions(json).Select(r => new ListedRegion(r.GetProperty("id").GetInt32(), r.GetProperty("size").GetUInt64(),
            r.GetProperty("align").GetUInt64(), r.TryGetProperty("available_size", out var a) ? a.GetUInt64() : 0,
            [.. Devices(r).Select(d => new ListedDevice(d.GetProperty("chardev").GetString()!, d.GetProperty("size").GetUInt64(),
                d.TryGetProperty("target_node", out var t) ? t.GetInt32() : null, d.GetProperty("align").GetUInt64(),
                d.GetProperty("mode").GetString()!, d.TryGetProperty("state", out var s) ? s.GetString() : null))]))
            .OrderBy(r => r.Id),
    ];
}
