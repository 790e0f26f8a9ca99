using AbiTool.Reference.Scenarios;
using AbiTool.Sources;

namespace AbiTool.Tests;

/// <summary>Each kind of bad scenario gives one clear error naming the file and the place.</summary>
public class BadScenarioTests
{
    private const string Nodes = """
        "nodes": [ { "id": 0, "cpus": "0-1", "memory": "4G" }, { "id": 1, "cpus": "" } ]
        """;

    private static string Region(string devices) =>
        $$"""{ "id": 0, "kind": "hmem", "start": "0x240000000", "size": "4G", "targetNode": 1, "devices": [ {{devices}} ] }""";

    private static string Fails(string json)
    {
        var error = Assert.Throws<AbiInputException>(() => ScenarioLoader.Load(json, "bad.json"));
        Assert.StartsWith("bad.json", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        return error.Message;
    }

    [Fact]
    public void OverlappingRanges()
    {
        var message = Fails($$"""{ {{Nodes}}, "regions": [ {{Region("""
            { "id": 0, "ranges": [ { "start": "0x240000000", "size": "1G" } ] },
            { "id": 1, "ranges": [ { "start": "0x260000000", "size": "1G" } ] }
            """)}} ] }""");
        Assert.Equal("bad.json: regions[0].devices[1].ranges[0]: 0x260000000-0x29fffffff overlaps dax0.0's range 0x240000000-0x27fffffff", message);
    }

    [Fact]
    public void SizeBeyondTheRegion()
    {
        var message = Fails($$"""{ {{Nodes}}, "regions": [ {{Region("""{ "id": 0, "size": "3G" }, { "id": 1, "size": "2G" }""")}} ] }""");
        Assert.Equal($"bad.json: regions[0].devices[1].size: {2UL << 30} bytes is beyond region 0: only {1UL << 30} of its {4UL << 30} are left", message);
    }

    [Fact]
    public void RangeBeyondTheRegion()
    {
        var message = Fails($$"""{ {{Nodes}}, "regions": [ {{Region("""{ "id": 0, "ranges": [ { "start": "0x300000000", "size": "2G" } ] }""")}} ] }""");
        Assert.Contains("regions[0].devices[0].ranges[0]: 0x300000000-0x37fffffff is beyond region 0", message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownDriver()
    {
        var message = Fails($$"""{ {{Nodes}}, "regions": [ {{Region("""{ "id": 0, "size": "4G" }""")}} ], "bindings": [ { "device": "dax0.0", "driver": "dax_cxl" } ] }""");
        Assert.Equal("bad.json: bindings[0].driver: 'dax_cxl' is not a dax driver (device_dax or kmem)", message);
    }

    [Fact]
    public void DeviceBoundTwice()
    {
        var message = Fails($$"""
            { {{Nodes}}, "regions": [ {{Region("""{ "id": 0, "size": "4G" }""")}} ],
              "bindings": [ { "device": "dax0.0", "driver": "kmem" }, { "device": "dax0.0", "driver": "device_dax" } ] }
            """);
        Assert.Equal("bad.json: bindings[1]: dax0.0 is bound twice (already to kmem by bindings[0])", message);
    }

    [Fact]
    public void SyntaxErrorsHaveLineAndColumn()
    {
        var message = Fails("{\n  \"regions\": [\n    { \"id\": 0, }, ]\n  oops\n}");
        Assert.Matches(@"^bad\.json:4:\d+: ", message);
    }

    [Fact]
    public void UnknownFieldsAreRefused()
    {
        var message = Fails("""{ "regoins": [] }""");
        Assert.Contains("regoins", message, StringComparison.Ordinal);
    }

    [Fact]
    public void KmemWithoutTargetNodeIsRefused()
    {
        var message = Fails("""
            { "regions": [ { "id": 0, "kind": "hmem", "start": "0x240000000", "size": "1G", "devices": [ { "id": 0, "size": "1G" } ] } ],
              "bindings": [ { "device": "dax0.0", "driver": "kmem" } ] }
            """);
        Assert.Equal("bad.json: bindings[0]: kmem cannot bind dax0.0: EINVAL (the region has no target node)", message);
    }

    [Fact]
    public void CompatLayoutOnAKernelAfterItsEndIsRefused()
    {
        var message = Fails($$"""{ {{Nodes}}, "classLayout": true, "regions": [] }""");
        Assert.Equal("bad.json: classLayout: the compat /sys/class/dax layout ended with v5.16; this scenario's kernel is v6.12 (set \"kernelVersion\")", message);
    }

    [Fact]
    public void CxlRegionBeforeSixThreeIsRefused()
    {
        var message = Fails($$"""{ {{Nodes}}, "kernelVersion": "6.1", "regions": [ { "id": 0, "kind": "cxl", "start": "0x240000000", "size": "4G", "targetNode": 1 } ] }""");
        Assert.Equal("bad.json: regions[0].kind: CXL dax regions came with v6.3; this scenario's kernel is v6.1", message);
    }
}
