using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AbiTool.Analyzers;

/// <summary>
/// Finds sysfs, procfs and configfs paths that C# code builds — string literals, constants, concatenations,
/// interpolated strings, <c>Path.Combine</c>/<c>Path.Join</c> — and reports the ABI level of what they name:
/// obsolete (ABI0601), removed (ABI0602), undocumented (ABI0603), testing (ABI0604). The ABI comes from AdditionalFiles
/// named <c>*.abi-index</c> or <c>abi.index</c> (written by <c>abi index</c>), else from the project's own abi/.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SysfsPathAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic properties the code fix reads.</summary>
    public const string FixFromProperty = "FixFrom";
    public const string FixToProperty = "FixTo";

    private static readonly SyntaxKind[] Kinds =
    {
        SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringExpression, SyntaxKind.AddExpression,
        SyntaxKind.InvocationExpression,
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        AbiDescriptors.ObsoleteInterface, AbiDescriptors.RemovedInterface, AbiDescriptors.UndocumentedPath,
        AbiDescriptors.TestingInterface);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var index = IndexFiles.Load(start.Options.AdditionalFiles, start.CancellationToken);
            start.RegisterSyntaxNodeAction(node => Analyze(node, index), Kinds);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, AbiIndex index)
    {
        var expression = (ExpressionSyntax)context.Node;
        if (expression is InvocationExpressionSyntax call && !PathFolding.IsPathJoin(call, context.SemanticModel, out _)) return;
        if (expression.IsKind(SyntaxKind.AddExpression) && !PathFolding.IsString(expression, context.SemanticModel)) return;
        if (PathFolding.IsPartOfLarger(expression, context.SemanticModel)) return;
        var folded = PathFolding.Fold(expression, context.SemanticModel);
        if (folded is null || PathFolding.Components(folded) is not { } components) return;
        if (Report(index, components, expression.GetLocation()) is { } diagnostic) context.ReportDiagnostic(diagnostic);
    }

    /// <summary>The finding for a path, or null when it names a stable interface or a folder on the way to documented ones.</summary>
    internal static Diagnostic? Report(AbiIndex index, string[] components, Location location)
    {
        var display = PathFolding.Display(components);
        var entry = index.Best(components);
        if (entry is null)
        {
            return index.IsFolderOfDocumented(components)
                ? null
                : Diagnostic.Create(AbiDescriptors.UndocumentedPath, location, display);
        }
        switch (entry.Level)
        {
            case AbiLevel.Obsolete:
            case AbiLevel.Removed:
                var properties = ImmutableDictionary<string, string?>.Empty;
                if (entry.FixFrom.Length > 0)
                    properties = properties.Add(FixFromProperty, entry.FixFrom).Add(FixToProperty, entry.FixTo);
                var descriptor = entry.Level == AbiLevel.Obsolete ? AbiDescriptors.ObsoleteInterface : AbiDescriptors.RemovedInterface;
                return Diagnostic.Create(descriptor, location, properties, display, entry.What, entry.Location, entry.Advice);
            case AbiLevel.Testing:
                return Diagnostic.Create(AbiDescriptors.TestingInterface, location, display, entry.What, entry.Location);
            default:
                return null;
        }
    }
}

/// <summary>The index in effect for a compilation: its index AdditionalFiles, read once per content, else the embedded one.</summary>
internal static class IndexFiles
{
    private static readonly Dictionary<string, AbiIndex> Cache = new Dictionary<string, AbiIndex>(StringComparer.Ordinal);

    public static bool IsIndexFile(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        return name.Equals("abi.index", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".abi-index", StringComparison.OrdinalIgnoreCase);
    }

    public static AbiIndex Load(ImmutableArray<AdditionalText> files, CancellationToken cancellation)
    {
        var texts = files.Where(f => IsIndexFile(f.Path))
            .Select(f => f.GetText(cancellation))
            .Where(t => t is not null)
            .Select(t => t!)
            .ToList();
        if (texts.Count == 0) return AbiIndex.Embedded;
        // Keyed by content checksum: every compilation of an edit session sees the same files, read once.
        var key = string.Join("|", texts.Select(t => BitConverter.ToString(t.GetChecksum().ToArray())));
        lock (Cache)
        {
            if (Cache.TryGetValue(key, out var cached)) return cached;
            if (Cache.Count > 16) Cache.Clear();
            return Cache[key] = AbiIndex.Parse(texts.Select(t => t.ToString()));
        }
    }
}
