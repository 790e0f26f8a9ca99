using AbiTool.Model;
using AbiTool.Text;

namespace AbiTool.Parsing;

/// <summary>The ABI tag vocabulary and how a written name maps onto it.</summary>
public static class TagNames
{
    public static readonly IReadOnlyList<string> Canonical = ["What", "Date", "KernelVersion", "Contact", "Description", "Users"];

    /// <summary>Misspellings too far from their tag for the edit-distance rule, seen in real trees or common in patches.</summary>
    private static readonly Dictionary<string, AbiTagKind> KnownMisspellings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Where"] = AbiTagKind.What,
        ["Kernel-Version"] = AbiTagKind.KernelVersion,
    };

    public static string NameOf(AbiTagKind kind) => Canonical[(int)kind];

    /// <summary>
    /// Reads a written tag name. A misspelling is accepted only when it is one edit away from a tag and at least four
    /// letters long, so words like <c>Note</c> or <c>Values</c> that open description lines are never taken for tags.
    /// </summary>
    public static bool TryResolve(string written, out AbiTagKind kind, out TagForm form)
    {
        for (var i = 0; i < Canonical.Count; i++)
        {
            if (string.Equals(written, Canonical[i], StringComparison.Ordinal))
            {
                (kind, form) = ((AbiTagKind)i, TagForm.Exact);
                return true;
            }
        }
        for (var i = 0; i < Canonical.Count; i++)
        {
            if (string.Equals(written, Canonical[i], StringComparison.OrdinalIgnoreCase))
            {
                (kind, form) = ((AbiTagKind)i, TagForm.WrongCase);
                return true;
            }
        }
        if (KnownMisspellings.TryGetValue(written, out kind))
        {
            form = TagForm.Misspelled;
            return true;
        }
        if (written.Length >= 4)
        {
            for (var i = 0; i < Canonical.Count; i++)
            {
                if (EditDistance.Between(written, Canonical[i]) == 1)
                {
                    (kind, form) = ((AbiTagKind)i, TagForm.Misspelled);
                    return true;
                }
            }
        }
        (kind, form) = (default, default);
        return false;
    }

    /// <summary>The tag a written name most likely meant, within two edits, for "did you mean" messages.</summary>
    public static string? Suggest(string written) => EditDistance.Nearest(written, Canonical, maxDistance: 2);
}
