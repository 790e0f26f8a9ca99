using AbiTool.Diagnostics;
using AbiTool.Model;
using AbiTool.Patterns;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Diagnostic = AbiTool.Diagnostics.Diagnostic;

namespace AbiTool.CSharp;

/// <summary>One sysfs attribute a reference implementation declares: <c>new AttributeDeclaration("What", "0444", …)</c>.</summary>
/// <param name="IsFile">False when the declaration says it is a directory or a link (no access mode to compare).</param>
public sealed record AttributeDeclarationSite(string What, string Mode, bool IsFile, SourceSpan Span);

/// <summary>
/// <c>abi surface</c>: the sysfs attributes a C# reference implementation declares, read with Roslyn from its source
/// (syntax only: every <c>new AttributeDeclaration(…)</c> whose first two arguments are string literals), against
/// the ABI docs: documented attributes nobody declares (ABI0610), declarations no What documents (ABI0611), and
/// declared modes the Description's (RO)/(RW)/(WO) contradicts (ABI0612).
/// </summary>
public static class SurfaceAnalysis
{
    public const string DeclarationType = "AttributeDeclaration";

    public static List<AttributeDeclarationSite> Read(string path)
    {
        var (root, files) = CSharpSources.Find(path);
        var shown = Directory.Exists(path) ? path : Path.GetDirectoryName(path) is { Length: > 0 } folder ? folder : ".";
        var found = new List<AttributeDeclarationSite>();
        foreach (var file in files)
        {
            var display = Path.Join(shown, Path.GetRelativePath(root, file)).Replace('\\', '/');
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: display);
            foreach (var creation in tree.GetRoot().DescendantNodes().OfType<ObjectCreationExpressionSyntax>())
            {
                if (Declaration(creation) is { } site) found.Add(site);
            }
        }
        return found;
    }

    private static AttributeDeclarationSite? Declaration(ObjectCreationExpressionSyntax creation)
    {
        var name = creation.Type switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };
        if (name != DeclarationType || creation.ArgumentList is not { Arguments: { Count: >= 2 } arguments }) return null;
        if (arguments[0].Expression is not LiteralExpressionSyntax what || !what.IsKind(SyntaxKind.StringLiteralExpression)) return null;
        if (arguments[1].Expression is not LiteralExpressionSyntax mode || !mode.IsKind(SyntaxKind.StringLiteralExpression)) return null;
        // Kind = NodeKind.Directory or NodeKind.Link, by position or by name: no access mode to compare.
        var isFile = !arguments.Any(a => a.Expression.ToString() is var text && (text.EndsWith(".Directory", StringComparison.Ordinal) || text.EndsWith(".Link", StringComparison.Ordinal)));
        var span = what.GetLocation().GetLineSpan();
        return new AttributeDeclarationSite(what.Token.ValueText, mode.Token.ValueText, isFile && !what.Token.ValueText.EndsWith('/'),
            new SourceSpan(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1));
    }

    public static List<Diagnostic> Compare(IReadOnlyList<AttributeDeclarationSite> declarations, AbiCorpus corpus)
    {
        var documented = new Dictionary<string, (AbiEntry Entry, AbiWhat What)>(StringComparer.Ordinal);
        foreach (var entry in corpus.Entries)
        {
            foreach (var what in entry.Whats) documented.TryAdd(what.Text, (entry, what));
        }
        var findings = new List<Diagnostic>();
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declaration in declarations)
        {
            declared.Add(declaration.What);
            if (!documented.TryGetValue(declaration.What, out var doc))
            {
                findings.Add(CSharpCodes.UndocumentedDeclaration.Create(declaration.Span,
                    $"'{declaration.What}' is declared but no What in {corpus.Root} documents it", $"{declaration.What}:undocumented"));
                continue;
            }
            if (declaration.IsFile && ModeDisagrees(declaration.Mode, doc.Entry) is { } access)
            {
                findings.Add(CSharpCodes.DeclaredModeMismatch.Create(declaration.Span,
                    $"'{declaration.What}' is declared with mode {declaration.Mode}, but its Description says ({access})", $"{declaration.What}:mode")
                    with { Related = [new RelatedLocation(doc.What.Span, $"the What, ({access})")] });
            }
        }
        foreach (var (text, doc) in documented)
        {
            if (declared.Contains(text) || doc.Entry.Level is AbiLevel.Removed or AbiLevel.None) continue;
            if (WhatPatternParser.Parse(text).Kind is not (WhatKind.Path or WhatKind.ThroughLink)) continue;
            findings.Add(CSharpCodes.UndeclaredAttribute.Create(doc.What.Span,
                $"'{text}' is documented ({doc.Entry.Level.FolderName()}) but the reference implementation declares no such attribute", $"{doc.Entry.RelativePath}:{text}"));
        }
        findings.Sort(Diagnostic.SourceOrder);
        return findings;
    }

    /// <summary>The Description's access mark when the octal mode contradicts it; a mode that is not octal always does.</summary>
    private static string? ModeDisagrees(string mode, AbiEntry entry)
    {
        if (DeclaredAccess.Of(entry.Description, qualified: true) is not { } access) return null;
        int bits;
        try
        {
            bits = Convert.ToInt32(mode, 8);
        }
        catch (FormatException)
        {
            return access;
        }
        return DeclaredAccess.Agrees(access, read: (bits & 0b100_100_100) != 0, write: (bits & 0b010_010_010) != 0) ? null : access;
    }
}
