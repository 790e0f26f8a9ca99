using System.Reflection;
using AbiTool.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static AbiTool.Tests.RoslynHarness;

namespace AbiTool.Tests;

/// <summary>The source generator through a plain <see cref="CSharpGeneratorDriver"/>, and the compiler's view of its output.</summary>
public class AccessorGeneratorTests
{
    /// <summary>Runs the generator; returns the compilation with its output and the generated sources by hint name.</summary>
    internal static (Compilation Compilation, Dictionary<string, string> Sources) Generate(string source, params AdditionalText[] additional) =>
        Generate(source, OutputKind.DynamicallyLinkedLibrary, additional);

    internal static (Compilation Compilation, Dictionary<string, string> Sources) Generate(string source, OutputKind kind, params AdditionalText[] additional)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new AccessorGenerator().AsSourceGenerator()], additionalTexts: additional,
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest));
        driver = driver.RunGeneratorsAndUpdateCompilation(Compile(source).WithOptions(Compile(source).Options.WithOutputKind(kind)), out var output, out var problems);
        Assert.Empty(problems);
        var run = driver.GetRunResult();
        return (output, run.GeneratedTrees.ToDictionary(t => Path.GetFileNameWithoutExtension(Path.GetFileName(t.FilePath)), t => t.GetText().ToString()));
    }

    private static List<Diagnostic> Problems(Compilation compilation) =>
        [.. compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS1591").OrderBy(d => d.Location.SourceSpan.Start)];

    [Fact]
    public void OneClassPerDocumentedObjectWithLevelsAsAttributes()
    {
        var (compilation, sources) = Generate("class C { }");
        Assert.Empty(Problems(compilation));
        Assert.Contains("BusDaxDevicesDax.g", sources.Keys);
        Assert.Contains("ClassDaxDax.g", sources.Keys);
        Assert.Contains("DevicesSystemNodeNode.g", sources.Keys);
        var bus = sources["BusDaxDevicesDax.g"];
        Assert.Contains("public const string What = \"/sys/bus/dax/devices/daxX.Y\";", bus);
        Assert.Contains("[global::System.Diagnostics.CodeAnalysis.Experimental(\"ABI0605\"", bus);
        Assert.Matches(@"/// \(RW[^)]*\) Capacity of the device in bytes", bus);
        var old = sources["ClassDaxDax.g"];
        Assert.Contains("DiagnosticId = \"ABI0601\"", old);
        Assert.Contains("It now lives at /sys/bus/dax/devices/daxX.Y/size", old);
        Assert.DoesNotContain("Obsolete", sources["DevicesSystemNodeNode.g"]);
        Assert.DoesNotContain("Experimental", sources["DevicesSystemNodeNode.g"]);
    }

    [Fact]
    public void PropertiesFollowTheDeclaredAccess()
    {
        var (compilation, _) = Generate("class C { }");
        var bus = compilation.GetTypeByMetadataName("Abi.Sysfs.BusDaxDevicesDax")!;
        IPropertySymbol P(string name) => bus.GetMembers(name).OfType<IPropertySymbol>().Single();
        Assert.True(P("Size").GetMethod is not null && P("Size").SetMethod is not null);        // (RW)
        Assert.True(P("TargetNode").GetMethod is not null && P("TargetNode").SetMethod is null); // (RO)
        Assert.True(P("Mapping").GetMethod is null && P("Mapping").SetMethod is not null);       // (WO)
        // mapping[0..N]/start is an attribute of its own object.
        Assert.NotNull(compilation.GetTypeByMetadataName("Abi.Sysfs.BusDaxDevicesDaxMapping")?.GetMembers("Start").SingleOrDefault());
    }

    [Fact]
    public void TheCompilerEnforcesTheLevels()
    {
        var (compilation, _) = Generate("""
            using Abi.Sysfs;
            static class Use
            {
                static string Stable() => new DevicesSystemNodeNode("/sys/devices/system/node/node0").Cpulist;
                static string Old() => new ClassDaxDax("/sys/class/dax/dax0.0").Size;
                static string Testing() => new BusDaxDevicesDax("/sys/bus/dax/devices/dax0.0").Size;
                static void ReadOnly() => new BusDaxDevicesDax("/sys/bus/dax/devices/dax0.0").TargetNode = "1";
            }
            """);
        var problems = Problems(compilation).Where(d => d.Location.SourceTree!.FilePath == "Source0.cs").ToList();
        Assert.Equal(["ABI0601", "ABI0605", "ABI0605", "CS0200"], problems.Select(d => d.Id));
        Assert.Equal([5, 6, 7, 7], problems.Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1));
        Assert.Equal(DiagnosticSeverity.Warning, problems[0].Severity);
        Assert.Contains("It now lives at", problems[0].GetMessage());
        Assert.Equal(DiagnosticSeverity.Error, problems[1].Severity);
    }

    [Fact]
    public void RemovedEntriesAreErrorsAndAnIndexFileReplacesTheDefault()
    {
        var index = IndexOf(("removed/sysfs-class-foo", "What:\t\t/sys/class/foo/fooX/bar\nDate:\t\tMay 2010\nKernelVersion:\t2.6.34\nContact:\tf@example.org\nDescription:\n\t\t(RW) Gone; use /sys/class/baz/fooX/bar.\n"));
        var (compilation, sources) = Generate("static class U { static string B() => new Abi.Sysfs.ClassFooFoo(\"x\").Bar; }", index);
        Assert.Equal(["ClassFooFoo.g"], sources.Keys);
        var problem = Assert.Single(Problems(compilation));
        Assert.Equal("ABI0602", problem.Id);
        Assert.Equal(DiagnosticSeverity.Error, problem.Severity);
    }

    [Fact]
    public void AccessorsReadAndWriteTheObjectsFiles()
    {
        var (compilation, _) = Generate("class C { }");
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var assembly = Assembly.Load(stream.ToArray());
        using var device = new TempTree();
        device.Write("size", "4294967296\n");
        var type = assembly.GetType("Abi.Sysfs.BusDaxDevicesDax")!;
        var instance = Activator.CreateInstance(type, device.Root)!;
        var size = type.GetProperty("Size")!;
        Assert.Equal("4294967296", size.GetValue(instance));
        size.SetValue(instance, "0");
        Assert.Equal("0", File.ReadAllText(Path.Join(device.Root, "size")));
    }

    [Theory]
    [InlineData("/sys/bus/dax/devices/daxX.Y", "BusDaxDevicesDax")]
    [InlineData("/sys/devices/system/memory/memoryX", "DevicesSystemMemoryMemory")]
    [InlineData("/sys/bus/dax/drivers/<driver>", "BusDaxDrivers")]
    [InlineData("/sys/class/QEMU0001/hwmon[0-9]*", "ClassQEMU0001Hwmon")]
    public void ObjectNames(string what, string name) => Assert.Equal(name, Names.OfObject(what));
}
