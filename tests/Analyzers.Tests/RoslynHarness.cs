using System.Collections.Immutable;
using AbiTool.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AbiTool.Tests;

/// <summary>An AdditionalFiles item held in memory.</summary>
public sealed class MemoryAdditionalText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}

/// <summary>Compiles test sources against the running .NET's assemblies and runs the analyzer or generator on them.</summary>
public static class RoslynHarness
{
    public static readonly ImmutableArray<MetadataReference> References =
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)),
    ];

    public static CSharpCompilation Compile(params string[] sources) =>
        CSharpCompilation.Create("Test",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest), path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The analyzer's findings, with the given index files as AdditionalFiles (none: the embedded index).</summary>
    public static ImmutableArray<Diagnostic> Analyze(string source, params AdditionalText[] additional)
    {
        var compilation = Compile(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation
            .WithAnalyzers([new Analyzers.SysfsPathAnalyzer()], new AnalyzerOptions([.. additional]))
            .GetAnalyzerDiagnosticsAsync().Result
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }

    /// <summary>The index `abi index` writes for a small ABI tree (relative path → file text).</summary>
    public static AdditionalText IndexOf(params (string Path, string Text)[] files)
    {
        using var tree = new TempTree();
        foreach (var (path, text) in files) tree.Write(path, text);
        return new MemoryAdditionalText("test.abi-index", Reporting.Index.AbiIndexWriter.Write(AbiCorpusReader.ReadDirectory(tree.Root)));
    }

    /// <summary>The source text a diagnostic points at.</summary>
    public static string At(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
}
