using AbiTool.Model;
using AbiTool.Sources;

namespace AbiTool.Migration;

/// <summary>
/// What a tree must be for a diff to mean anything. A diff against a tree that could not be read in full would
/// report every unread interface as removed, so such a tree is an input error, not a list of findings.
/// </summary>
public static class DiffInput
{
    /// <summary>Returns the tree, or throws a one-line <see cref="AbiInputException"/> naming what is wrong.</summary>
    public static AbiCorpus Require(AbiCorpus tree)
    {
        if (!tree.Files.Any(f => f.Level != AbiLevel.None))
            throw new AbiInputException($"{tree.Root}: no ABI files in stable/, testing/, obsolete/ or removed/; not an ABI directory");
        foreach (var file in tree.Files)
        {
            foreach (var note in file.Notes)
            {
                if (note.Kind == ParseNoteKind.Unreadable) throw new AbiInputException($"{file.DisplayPath}: cannot be read ({note.Detail})");
            }
        }
        return tree;
    }
}
