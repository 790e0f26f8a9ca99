namespace AbiTool.Reporting.Docs;

/// <summary>What every docs format needs beyond the tree.</summary>
/// <param name="Title">The site's title.</param>
/// <param name="Changes">The "what changed" page, when the docs were asked for one (<c>--since</c>).</param>
public sealed record DocsOptions(string Title, ChangesPage? Changes = null)
{
    /// <summary>"linux-6.12 ABI" for …/linux-6.12/ABI, else the folder's name.</summary>
    public static string TitleOf(string root)
    {
        var full = Path.TrimEndingDirectorySeparator(root);
        var name = Path.GetFileName(full);
        var parent = Path.GetFileName(Path.GetDirectoryName(full) ?? "");
        if (name == "ABI" && parent == "Documentation") parent = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(full)) ?? "");
        return name == "ABI" && parent.Length > 0 ? $"{parent} ABI" : $"{(name.Length > 0 ? name : root)} ABI";
    }
}

/// <summary>The "what changed" page: the diff of an older tree against the documented one.</summary>
/// <param name="Since">How to name the older tree (the folder given to <c>--since</c>).</param>
public sealed record ChangesPage(string Since, AbiTool.Migration.DiffResult Diff);
