using System.Text.Json.Serialization;

namespace AbiTool.Reference.Scenarios;

/// <summary>
/// A scenario file: the machine a fixture shows. Sizes and addresses are JSON numbers or strings ("0x240000000",
/// "4G", "2M").
/// </summary>
public sealed class Scenario
{
    /// <summary>The kernel to behave like, "6.12" by default; "6.1" gives the matching of v5.10 to v6.2.</summary>
    public string? KernelVersion { get; set; }

    [JsonConverter(typeof(ByteCountConverter))]
    public ulong? BlockSizeBytes { get; set; }

    public string? AutoOnlineBlocks { get; set; }

    public int? CharMajor { get; set; }

    /// <summary>The compat layout: static (pmem) devices on /sys/class/dax.</summary>
    public bool ClassLayout { get; set; }

    public bool MemmapOnMemorySupported { get; set; }

    /// <summary>Whether the kernel has the kmem driver (CONFIG_DEV_DAX_KMEM); true by default.</summary>
    public bool? Kmem { get; set; }

    public List<ScenarioNode> Nodes { get; set; } = [];

    public List<ScenarioRegion> Regions { get; set; } = [];

    /// <summary>Names added to a driver's match list with new_id, by driver.</summary>
    public Dictionary<string, List<string>> NewIds { get; set; } = [];

    public List<ScenarioBinding> Bindings { get; set; } = [];
}

public sealed class ScenarioNode
{
    public int Id { get; set; }

    public string Cpus { get; set; } = "";

    [JsonConverter(typeof(ByteCountConverter))]
    public ulong? Memory { get; set; }
}

public sealed class ScenarioRegion
{
    public int Id { get; set; }

    /// <summary>hmem, cxl or pmem.</summary>
    public string Kind { get; set; } = "hmem";

    [JsonConverter(typeof(ByteCountConverter))]
    public ulong? Start { get; set; }

    [JsonConverter(typeof(ByteCountConverter))]
    public ulong? Size { get; set; }

    [JsonConverter(typeof(ByteCountConverter))]
    public ulong? Align { get; set; }

    public int TargetNode { get; set; } = -1;

    public int NumaNode { get; set; } = -1;

    /// <summary>hmem loaded with region_idle=1: the region's devices are device_dax's, and its first device starts empty.</summary>
    public bool Idle { get; set; }

    /// <summary>The sysfs path of the device that registered the region; a default by kind when absent.</summary>
    public string? Parent { get; set; }

    public List<ScenarioDevice> Devices { get; set; } = [];
}

public sealed class ScenarioDevice
{
    public int? Id { get; set; }

    [JsonConverter(typeof(ByteCountConverter))]
    public ulong? Size { get; set; }

    [JsonConverter(typeof(ByteCountConverter))]
    public ulong? Align { get; set; }

    /// <summary>Given ranges, in device order; without them the size is taken first-fit from the region.</summary>
    public List<ScenarioRange>? Ranges { get; set; }

    /// <summary>Whether kmem puts the memmap on the device's memory; by default as the kernel sets it (CXL yes, others no).</summary>
    public bool? MemmapOnMemory { get; set; }
}

public sealed class ScenarioRange
{
    [JsonConverter(typeof(ByteCountConverter))]
    public ulong? Start { get; set; }

    [JsonConverter(typeof(ByteCountConverter))]
    public ulong? Size { get; set; }
}

public sealed class ScenarioBinding
{
    public string Device { get; set; } = "";

    public string Driver { get; set; } = "";

    /// <summary>For kmem: the word written to each block's state after binding (online, online_movable…).</summary>
    public string? Memory { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(Scenario))]
internal sealed partial class ScenarioJsonContext : JsonSerializerContext;
