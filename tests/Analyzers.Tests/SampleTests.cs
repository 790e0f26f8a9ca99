using System.Text.RegularExpressions;
using AbiTool.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AbiTool.Tests;

/// <summary>
/// samples/DaxSample with the generator and the analyzer: clean as written (the solution builds it with warnings as
/// errors), and with its opt-ins removed, every diagnostic on exactly the lines marked "expect: CODE".
/// </summary>
public class SampleTests
{
    private static readonly string Sample = Path.Join(TestPaths.RepoRoot, "samples", "DaxSample", "Program.cs");

    private static List<Diagnostic> Build(string source)
    {
        var (compilation, _) = AccessorGeneratorTests.Generate("global using System; global using System.IO; global using System.Linq;\n" + source, OutputKind.ConsoleApplication);
        var analyzed = compilation.WithAnalyzers([new SysfsPathAnalyzer()]).GetAllDiagnosticsAsync().Result;
        return [.. analyzed.Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath == "Source0.cs")];
    }

    [Fact]
    public void SampleIsCleanAsWritten() => Assert.Empty(Build(File.ReadAllText(Sample)));

    [Fact]
    public void WithoutItsOptInsTheSampleShowsEachLevel()
    {
        var text = File.ReadAllText(Sample);
        var withoutOptIns = Regex.Replace(text, @"^#pragma warning (disable|restore) ABI06\d\d$", "", RegexOptions.Multiline);
        Assert.NotEqual(text, withoutOptIns);
        var expected = withoutOptIns.Split('\n')
            .Select((line, i) => (Line: i + 2, Mark: Regex.Match(line, @"// expect: (ABI\d{4})")))
            .Where(x => x.Mark.Success)
            .Select(x => $"{x.Line} {x.Mark.Groups[1].Value}")
            .ToList();
        Assert.Equal(4, expected.Count);
        var found = Build(withoutOptIns).Select(d => $"{d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.Id}").Order().ToList();
        Assert.Equal(expected.Order(), found);
        Assert.Contains(Build(withoutOptIns), d => d.Id == "ABI0605" && d.Severity == DiagnosticSeverity.Error);
    }
}
