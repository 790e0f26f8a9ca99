using AbiTool.Patterns;
using AbiTool.Reference.Model;
using AbiTool.Reference.Rendering;
using AbiTool.Reference.Values;
using AbiTool.Sources;
using AbiTool.Sysfs;
using AbiTool.Diagnostics;

namespace AbiTool.Tests;

/// <summary>Render a model into a temp folder and check it the way <c>abi check --values</c> does.</summary>
internal static class FixtureHelpers
{
    private static readonly Lazy<WhatIndex> ProjectDocs =
        new(() => WhatIndex.Build(AbiCorpusReader.ReadDirectory(Path.Join(TestPaths.RepoRoot, "abi"))));

    public static string Render(TempTree temp, DaxSystem system, string name = "fixture")
    {
        var dir = Path.Join(temp.Root, name);
        FixtureRenderer.Render(system, dir);
        return dir;
    }

    /// <summary>Findings of check + values for DIR/sys, without the informational "no instance" ones.</summary>
    public static List<Diagnostic> Check(string fixture)
    {
        var tree = SysfsTreeReader.Read(Path.Join(fixture, "sys"));
        var findings = CheckAnalysis.Run(tree, ProjectDocs.Value);
        findings.AddRange(DaxValueAnalysis.Run(tree, TreeFiles.Reader(tree), TreeFiles.Options(tree)));
        return [.. findings.Where(f => f.Code != SysfsCodes.MissingInstance.Code)];
    }

    public static string Show(IEnumerable<Diagnostic> findings) => string.Join("\n", findings.Select(f => $"{f.Code} {f.Span.File}: {f.Message}"));
}
