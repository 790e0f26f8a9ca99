using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace AbiTool.Analyzers;

/// <summary>
/// For an obsolete or removed path whose entry names its replacement (ABI0601, ABI0602 with FixFrom/FixTo): rewrites
/// the literal text the path starts with, <c>"/sys/class/dax/dax0.0/size"</c> → <c>"/sys/bus/dax/devices/dax0.0/size"</c>.
/// Offered only when that prefix is written in a literal inside the expression (not behind a constant elsewhere).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ObsoletePathCodeFix)), Shared]
public sealed class ObsoletePathCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(AbiDescriptors.ObsoleteInterface.Id, AbiDescriptors.RemovedInterface.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        if (!diagnostic.Properties.TryGetValue(SysfsPathAnalyzer.FixFromProperty, out var from) || from is null) return;
        if (!diagnostic.Properties.TryGetValue(SysfsPathAnalyzer.FixToProperty, out var to) || to is null) return;
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var node = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        // The first piece of text the path is built from: a string literal or the text of an interpolated string.
        var first = node?.DescendantTokens().FirstOrDefault(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.InterpolatedStringTextToken));
        if (root is null || first is not { } token || token.RawKind == 0 || !StartsWithFolder(token.ValueText, from)) return;
        if (token.IsKind(SyntaxKind.InterpolatedStringTextToken) && !StartsWithFolder(token.Text, from)) return;
        context.RegisterCodeFix(
            CodeAction.Create($"Use {to}", cancellation => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceToken(token, Rewrite(token, from, to)))),
                equivalenceKey: nameof(ObsoletePathCodeFix) + to),
            diagnostic);
    }

    private static bool StartsWithFolder(string text, string folder) =>
        text.StartsWith(folder, System.StringComparison.Ordinal) && (text.Length == folder.Length || text[folder.Length] == '/');

    private static SyntaxToken Rewrite(SyntaxToken token, string from, string to)
    {
        var value = to + token.ValueText.Substring(from.Length);
        if (token.IsKind(SyntaxKind.StringLiteralToken))
            return SyntaxFactory.Literal(token.LeadingTrivia, SymbolDisplayLiteral(value), value, token.TrailingTrivia);
        // Interpolated text: the prefix is plain path text, written the same escaped or not.
        var text = to + token.Text.Substring(from.Length);
        return SyntaxFactory.Token(token.LeadingTrivia, SyntaxKind.InterpolatedStringTextToken, text, value, token.TrailingTrivia);
    }

    private static string SymbolDisplayLiteral(string value) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);
}
