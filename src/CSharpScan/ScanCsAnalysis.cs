using System.Collections.Immutable;
using System.Globalization;
using AbiTool.Analyzers;
using AbiTool.Diagnostics;
using AbiTool.Model;
using AbiTool.Reporting.Index;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Diagnostic = AbiTool.Diagnostics.Diagnostic;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace AbiTool.CSharp;

/// <summary>
/// <c>abi scan-cs</c>: the analyzer's own analysis (<see cref="SysfsPathAnalyzer"/>) run by Roslyn over C# source that
/// is parsed, not built, against an ABI tree's index, its findings turned into the shared <see cref="Diagnostic"/>.
/// </summary>
public static class ScanCsAnalysis
{
    public static List<Diagnostic> Run(string path, AbiCorpus corpus, CancellationToken cancellation = default)
    {
        var (root, files) = CSharpSources.Find(path);
        // Files are shown below the folder as the user named it, and fingerprinted by their path below it.
        var shown = Directory.Exists(path) ? path : Path.GetDirectoryName(path) is { Length: > 0 } folder ? folder : ".";
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(f)), Parse,
            Path.Join(shown, Path.GetRelativePath(root, f)).Replace('\\', '/'), cancellation));
        var compilation = CSharpCompilation.Create("scan", trees, RuntimeReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var index = new IndexText("abi.index", AbiIndexWriter.Write(corpus));
        var found = compilation.WithAnalyzers([new SysfsPathAnalyzer()], new AnalyzerOptions([index]))
            .GetAnalyzerDiagnosticsAsync(cancellation).GetAwaiter().GetResult();
        return [.. found.Select(d => Convert(d, shown)).Order(Diagnostic.SourceOrder)];
    }

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    private static Diagnostic Convert(RoslynDiagnostic diagnostic, string shown)
    {
        var span = diagnostic.Location.GetLineSpan();
        var file = span.Path;
        var descriptor = CSharpCodes.All.First(c => c.Code == diagnostic.Id);
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        var text = diagnostic.Location.SourceTree?.GetText().ToString(diagnostic.Location.SourceSpan) ?? "";
        var relative = Path.GetRelativePath(shown, file).Replace('\\', '/');
        return new Diagnostic(descriptor.Code, descriptor.DefaultSeverity,
            new SourceSpan(file, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1),
            message, $"{relative}:{descriptor.Code}:{text}");
    }

    private sealed class IndexText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}

/// <summary>The running .NET's own assemblies, enough for Roslyn to know strings, constants and System.IO.Path.</summary>
internal static class RuntimeReferences
{
    public static readonly ImmutableArray<MetadataReference> All =
    [
        .. ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? "").Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is { } name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)),
    ];
}
