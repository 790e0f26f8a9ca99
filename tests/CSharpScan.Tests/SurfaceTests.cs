using AbiTool.CSharp;
using AbiTool.Sources;

namespace AbiTool.Tests;

/// <summary><c>abi surface</c> on the device-dax reference implementation (src/Reference) against abi/, whole and broken.</summary>
public class SurfaceTests
{
    private static readonly string Reference = Path.Join(TestPaths.RepoRoot, "src", "Reference");
    private static readonly string Abi = Path.Join(TestPaths.RepoRoot, "abi");

    [Fact]
    public void ReferenceImplementationAgreesWithAbi()
    {
        var declarations = SurfaceAnalysis.Read(Reference);
        Assert.True(declarations.Count >= 40, $"only {declarations.Count} declarations read");
        var size = Assert.Single(declarations, d => d.What == "/sys/bus/dax/devices/daxX.Y/size");
        Assert.Equal("0644", size.Mode);
        Assert.EndsWith("Declarations/DeviceAttributes.cs", size.Span.File);
        Assert.Contains(declarations, d => !d.IsFile);
        Assert.Empty(SurfaceAnalysis.Compare(declarations, AbiCorpusReader.ReadDirectory(Abi)));
    }

    [Fact]
    public void BrokenDeclarationsAreReported()
    {
        using var copy = new TempTree();
        foreach (var file in Directory.EnumerateFiles(Path.Join(Reference, "Declarations"), "*.cs"))
            copy.Write(Path.GetFileName(file), File.ReadAllText(file));
        var device = Path.Join(copy.Root, "DeviceAttributes.cs");
        var text = File.ReadAllText(device);
        var broken = text
            .Replace("\"/sys/bus/dax/devices/daxX.Y/target_node\", \"0444\"", "\"/sys/bus/dax/devices/daxX.Y/target_nodes\", \"0444\"", StringComparison.Ordinal)
            .Replace("\"/sys/bus/dax/devices/daxX.Y/numa_node\", \"0444\"", "\"/sys/bus/dax/devices/daxX.Y/numa_node\", \"0644\"", StringComparison.Ordinal);
        Assert.NotEqual(text, broken);
        File.WriteAllText(device, broken);
        var findings = SurfaceAnalysis.Compare(SurfaceAnalysis.Read(copy.Root), AbiCorpusReader.ReadDirectory(Abi));
        Assert.Equal(["ABI0610 /sys/bus/dax/devices/daxX.Y/target_node", "ABI0611 /sys/bus/dax/devices/daxX.Y/target_nodes", "ABI0612 /sys/bus/dax/devices/daxX.Y/numa_node"],
            findings.Select(f => $"{f.Code} {f.Message.Split('\'')[1]}").Order(StringComparer.Ordinal));
        var mode = Assert.Single(findings, f => f.Code == "ABI0612");
        Assert.Contains("declared with mode 0644, but its Description says (RO)", mode.Message);
        Assert.EndsWith("DeviceAttributes.cs", mode.Span.File);
        Assert.EndsWith("testing/sysfs-bus-dax", Assert.Single(mode.Related).Span.File);
        Assert.StartsWith(Abi, Assert.Single(findings, f => f.Code == "ABI0610").Span.File);
    }

    [Fact]
    public void OnlyLiteralDeclarationsOfTheContractCount()
    {
        using var tree = new TempTree();
        tree.Write("D.cs", """
            static class D
            {
                static readonly object A = new AttributeDeclaration("/sys/a", "0444", 1, 2);
                static readonly object B = new X.AttributeDeclaration("/sys/b/", "0755", 1, 2, NodeKind.Directory);
                static readonly object C = new AttributeDeclaration(Path, "0444");
                static readonly object E = new OtherDeclaration("/sys/e", "0444");
            }
            """);
        var declarations = SurfaceAnalysis.Read(tree.Root);
        Assert.Equal(["/sys/a True", "/sys/b/ False"], declarations.Select(d => $"{d.What} {d.IsFile}"));
        Assert.Equal((3, 57), (declarations[0].Span.Line, declarations[0].Span.Column));
    }
}
