using AbiTool.Reference.Declarations;
using AbiTool.Sources;

namespace AbiTool.Tests;

/// <summary>The declarations and the project's own abi/ docs, in both directions.</summary>
public class DeclarationDocsTests
{
    /// <summary>The abi/ files that document the dax bus and what kmem touches.</summary>
    private static List<string> DocumentedDaxWhats()
    {
        var corpus = AbiCorpusReader.ReadDirectory(Path.Join(TestPaths.RepoRoot, "abi"));
        return corpus.Files
            .Where(f => f.RelativePath.Contains("dax", StringComparison.Ordinal) || f.RelativePath.Contains("kmem", StringComparison.Ordinal))
            .SelectMany(f => f.Entries).SelectMany(e => e.WhatTexts).ToList();
    }

    [Fact]
    public void EveryDeclaredAttributeIsDocumented()
    {
        var documented = DocumentedDaxWhats().ToHashSet(StringComparer.Ordinal);
        var missing = Declared.All.Select(d => d.What).Where(w => !documented.Contains(w)).ToList();
        Assert.True(missing.Count == 0, "declared but not in abi/: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryDocumentedDaxWhatIsDeclared()
    {
        var documented = DocumentedDaxWhats();
        Assert.True(documented.Count > 40, $"only {documented.Count} Whats found in abi/");
        var declared = Declared.All.Select(d => d.What).ToHashSet(StringComparer.Ordinal);
        var missing = documented.Where(w => !declared.Contains(w)).ToList();
        Assert.True(missing.Count == 0, "in abi/ but not declared: " + string.Join(", ", missing));
    }

    [Fact]
    public void EachWhatIsDeclaredOnceWithAnOctalMode()
    {
        Assert.Equal(Declared.All.Count, Declared.All.Select(d => d.What).Distinct().Count());
        Assert.All(Declared.All, d => Assert.Matches("^0[0-7]{3}$", d.Mode));
    }

    /// <summary>Declarations live as static fields; the list must hold every one of them (checked by source text).</summary>
    [Fact]
    public void TheListHoldsEveryDeclarationInTheFolder()
    {
        var folder = Path.Join(TestPaths.RepoRoot, "src", "Reference", "Declarations");
        var count = Directory.EnumerateFiles(folder, "*.cs")
            .Sum(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"new AttributeDeclaration\(""").Count);
        Assert.Equal(count, Declared.All.Count);
    }
}
