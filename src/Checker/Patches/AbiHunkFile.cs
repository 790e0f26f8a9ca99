using System.Text;
using AbiTool.Model;
using AbiTool.Patches.Diff;
using AbiTool.Sources;

namespace AbiTool.Patches;

/// <summary>
/// One side of a patch's change to a Documentation/ABI file, as an ABI file the foundation's parser reads: each line
/// the hunks show for that side (context and added, or context and removed) at its own line of that side's file,
/// blank lines in between, so that every span the parser, validator and diff produce is a real line of the file.
/// The old side is shown as <c>a/PATH</c>, so that its spans are never taken for the new side's.
/// </summary>
public static class AbiHunkFile
{
    public const string AbiFolder = "Documentation/ABI/";

    public static bool IsAbiFile(FileDiff diff) =>
        diff.NewPath is { } path && path.StartsWith(AbiFolder, StringComparison.Ordinal) && !diff.IsBinary &&
        !path.EndsWith("/README", StringComparison.Ordinal);

    public const string OldSidePrefix = "a/";

    public static bool IsOldAbiFile(FileDiff diff) =>
        diff.OldPath is { } path && path.StartsWith(AbiFolder, StringComparison.Ordinal) && !diff.IsBinary &&
        !path.EndsWith("/README", StringComparison.Ordinal);

    /// <summary>The file as the patch leaves it.</summary>
    public static AbiFile Read(FileDiff diff) =>
        Build(diff.NewPath!, diff.NewPath!, diff.Lines.Where(l => l.IsNewSide).Select(l => (l.NewLine, l.Text)));

    /// <summary>The file as it was before the patch (what the hunks show of it).</summary>
    public static AbiFile ReadOld(FileDiff diff) =>
        Build(diff.OldPath!, OldSidePrefix + diff.OldPath, diff.Lines.Where(l => l.Kind != DiffLineKind.Added).Select(l => (l.OldLine, l.Text)));

    private static AbiFile Build(string path, string display, IEnumerable<(int Line, string Text)> lines)
    {
        var text = new StringBuilder();
        var next = 1;
        foreach (var (at, content) in lines)
        {
            for (; next < at; next++) text.Append('\n');
            text.Append(content).Append('\n');
            next++;
        }
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var source = new AbiSourceFile(path[AbiFolder.Length..], display, bytes.Length, () => new MemoryStream(bytes, writable: false));
        return AbiCorpusReader.ReadFile(source);
    }
}
