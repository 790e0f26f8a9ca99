using System.Collections.Immutable;
using AbiTool.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AbiTool.Tests;

/// <summary>The code fix in an ad-hoc workspace: analyzer finding → fix → the fixed source, and where no fix is offered.</summary>
public class ObsoletePathCodeFixTests
{
    private static async Task<(string? Fixed, int Offered)> Fix(string source, string? at = null)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Test", LanguageNames.CSharp)
            .WithMetadataReferences(RoslynHarness.References)
            .WithCompilationOptions(new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var document = project.AddDocument("Test.cs", SourceText.From(source));
        var compilation = (await document.Project.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers([new SysfsPathAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        var diagnostic = at is null
            ? Assert.Single(diagnostics)
            : diagnostics.Single(d => source[d.Location.SourceSpan.Start..].StartsWith(at, StringComparison.Ordinal));
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await new ObsoletePathCodeFix().RegisterCodeFixesAsync(context);
        if (actions.Count == 0) return (null, 0);
        var operations = await actions[0].GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
        return ((await changed.GetTextAsync()).ToString(), actions.Count);
    }

    [Fact]
    public async Task LiteralMovesFromTheClassToTheBus()
    {
        var (result, offered) = await Fix("""class C { string P = "/sys/class/dax/dax0.0/size"; }""");
        Assert.Equal(1, offered);
        Assert.Equal("""class C { string P = "/sys/bus/dax/devices/dax0.0/size"; }""", result);
    }

    [Fact]
    public async Task InterpolatedAndCombinedPathsKeepTheirShape()
    {
        Assert.Equal("""class C { string P(string d) => $"/sys/bus/dax/devices/{d}/numa_node"; }""",
            (await Fix("""class C { string P(string d) => $"/sys/class/dax/{d}/numa_node"; }""")).Fixed);
        Assert.Equal("""class C { string P(string d) => System.IO.Path.Combine("/sys/bus/dax/devices", d, "resource"); }""",
            (await Fix("""class C { string P(string d) => System.IO.Path.Combine("/sys/class/dax", d, "resource"); }""")).Fixed);
    }

    [Fact]
    public async Task NoFixWhereTheEntryNamesNoSameAttributeOrThePrefixIsElsewhere()
    {
        // target_node's entry points at modalias and target_node together: no single replacement.
        Assert.Equal((null, 0), await Fix("""class C { string P = "/sys/class/dax/dax0.0/target_node"; }"""));
        // The prefix sits in a constant declared elsewhere (that declaration gets its own finding and fix).
        Assert.Equal((null, 0), await Fix("""class C { string P(string d) => Root + d + "/size"; const string Root = "/sys/" + "class/dax/"; }""", at: "Root + d"));
    }
}
