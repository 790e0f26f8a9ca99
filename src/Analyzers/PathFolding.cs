using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AbiTool.Analyzers;

/// <summary>
/// Folds a C# string expression into the path it builds: literals and constants as written, concatenations,
/// interpolated strings and <c>Path.Combine</c>/<c>Path.Join</c> put together, and anything only known at run time
/// (a variable, a call) as a hole, <see cref="Hole"/>. A path component that holds a hole is unknown as a whole.
/// </summary>
internal static class PathFolding
{
    public const char Hole = AbiIndex.UnknownComponent;

    /// <summary>The roots whose paths are the kernel's ABI: sysfs (with debugfs and configfs under it), procfs, configfs.</summary>
    private static readonly string[] Roots = { "/sys", "/proc", "/config" };

    /// <summary>Whether the node is part of a larger string expression that is folded as a whole.</summary>
    public static bool IsPartOfLarger(SyntaxNode node, SemanticModel model)
    {
        var parent = node.Parent;
        while (parent is ParenthesizedExpressionSyntax) parent = parent.Parent;
        switch (parent)
        {
            case BinaryExpressionSyntax add when add.IsKind(SyntaxKind.AddExpression) && IsString(add, model):
            case InterpolationSyntax:
                return true;
            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } }:
                return IsPathJoin(call, model, out _);
            default:
                return false;
        }
    }

    public static bool IsString(ExpressionSyntax expression, SemanticModel model) =>
        model.GetTypeInfo(expression).Type?.SpecialType == SpecialType.System_String;

    /// <summary>Path.Combine or Path.Join of System.IO; <paramref name="combine"/> tells which.</summary>
    public static bool IsPathJoin(InvocationExpressionSyntax call, SemanticModel model, out bool combine)
    {
        combine = false;
        if (!(call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Combine" or "Join" } access)) return false;
        if (!(model.GetSymbolInfo(call).Symbol is IMethodSymbol method)) return false;
        if (method.ContainingType?.ToDisplayString() != "System.IO.Path") return false;
        combine = access.Name.Identifier.ValueText == "Combine";
        // Also the params overloads (string[], ReadOnlySpan<string>): an array passed as such folds to a hole.
        return method.Parameters.All(p => IsTextOrTexts(p.Type));
    }

    private static bool IsTextOrTexts(ITypeSymbol type)
    {
        if (type.SpecialType is SpecialType.System_String or SpecialType.System_Char) return true;
        if (type is IArrayTypeSymbol array) return IsTextOrTexts(array.ElementType);
        return type is INamedTypeSymbol { Name: "ReadOnlySpan", TypeArguments.Length: 1 } span && IsTextOrTexts(span.TypeArguments[0]);
    }

    /// <summary>The text the expression builds, holes for the unknown parts; null when it builds no string we can see.</summary>
    public static string? Fold(ExpressionSyntax expression, SemanticModel model)
    {
        var constant = model.GetConstantValue(expression);
        if (constant.HasValue) return constant.Value as string;
        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Fold(parenthesized.Expression, model);
            case BinaryExpressionSyntax add when add.IsKind(SyntaxKind.AddExpression) && IsString(add, model):
                return (Fold(add.Left, model) ?? Hole.ToString()) + (Fold(add.Right, model) ?? Hole.ToString());
            case InterpolatedStringExpressionSyntax interpolated:
                var text = new StringBuilder();
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax literal) text.Append(literal.TextToken.ValueText);
                    else if (content is InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole
                             && model.GetConstantValue(hole.Expression) is { HasValue: true, Value: string value }) text.Append(value);
                    else text.Append(Hole);
                }
                return text.ToString();
            case InvocationExpressionSyntax call when IsPathJoin(call, model, out var combine):
                return JoinPath(call.ArgumentList.Arguments.Select(a => Fold(a.Expression, model) ?? Hole.ToString()), combine);
            default:
                return null;
        }
    }

    /// <summary>Path.Combine starts over at an argument that begins with '/'; Path.Join does not.</summary>
    private static string JoinPath(IEnumerable<string> parts, bool combine)
    {
        var path = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.Length == 0) continue;
            if (combine && part[0] == '/') path.Clear();
            if (path.Length > 0 && path[path.Length - 1] != '/' && part[0] != '/') path.Append('/');
            path.Append(part);
        }
        return path.ToString();
    }

    /// <summary>
    /// The components of a folded path below one of the ABI roots, unknown components as a lone hole; null when the
    /// path does not lie under a root (or starts with something unknown).
    /// </summary>
    public static string[]? Components(string folded)
    {
        if (!Roots.Any(root => folded.StartsWith(root, System.StringComparison.Ordinal)
                               && (folded.Length == root.Length || folded[root.Length] == '/'))) return null;
        return folded.Split(new[] { '/' }, System.StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.IndexOf(Hole) >= 0 ? Hole.ToString() : c)
            .ToArray();
    }

    /// <summary>The path as a message shows it: unknown components as '*'.</summary>
    public static string Display(IReadOnlyList<string> components) =>
        "/" + string.Join("/", components.Select(c => c == Hole.ToString() ? "*" : c));
}
