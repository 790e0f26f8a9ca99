namespace AbiTool.Model;

/// <summary>The stability levels of Documentation/ABI, one per top-level folder.</summary>
public enum AbiLevel
{
    Stable,
    Testing,
    Obsolete,
    Removed,

    /// <summary>A file that sits outside the four level folders; validation reports it.</summary>
    None,
}

public static class AbiLevels
{
    public static readonly IReadOnlyList<AbiLevel> All = [AbiLevel.Stable, AbiLevel.Testing, AbiLevel.Obsolete, AbiLevel.Removed];

    /// <summary>The folder name that holds files of this level.</summary>
    public static string FolderName(this AbiLevel level) => level switch
    {
        AbiLevel.Stable => "stable",
        AbiLevel.Testing => "testing",
        AbiLevel.Obsolete => "obsolete",
        AbiLevel.Removed => "removed",
        _ => "",
    };

    /// <summary>The level a path relative to the ABI root belongs to, from its first folder.</summary>
    public static AbiLevel FromRelativePath(string relativePath)
    {
        var slash = relativePath.IndexOf('/');
        if (slash <= 0) return AbiLevel.None;
        return TryParse(relativePath[..slash], out var level) ? level : AbiLevel.None;
    }

    public static bool TryParse(string? name, out AbiLevel level)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.FolderName(), name, StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }
        level = AbiLevel.None;
        return false;
    }
}
