using System.Text;
using AbiTool.Model;
using AbiTool.Patches.Diff;
using AbiTool.Sources;

namespace AbiTool.Patches;

/// <summary>
/// The new side of a patch's change to a Documentation/ABI file, as an ABI file the foundation's parser reads: each
/// line the hunks show (context and added) at its own new-file line, blank lines in between, so that every span the
/// parser and validator produce is a real line of the patched file.
/// </summary>
public static class AbiHunkFile
{
    public const string AbiFolder = "Documentation/ABI/";

    public static bool IsAbiFile(FileDiff diff) =>
        diff.NewPath is { } path && path.StartsWith(AbiFolder, StringComparison.Ordinal) && !diff.IsBinary &&
        !path.EndsWith("/README", StringComparison.Ordinal);

    public static AbiFile Read(FileDiff diff)
    {
        var text = new StringBuilder();
        var line = 1;
        foreach (var added in diff.Lines.Where(l => l.IsNewSide))
        {
            for (; line < added.NewLine; line++) text.Append('\n');
            text.Append(added.Text).Append('\n');
            line++;
        }
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var source = new AbiSourceFile(diff.NewPath![AbiFolder.Length..], diff.NewPath, bytes.Length, () => new MemoryStream(bytes, writable: false));
        return AbiCorpusReader.ReadFile(source);
    }
}
