namespace AbiTool.Sources;

/// <summary>Which files of an ABI tree are documentation, following the kernel's own tools.</summary>
public static class AbiTreeFiles
{
    /// <summary>README files, hidden files and patch leftovers are not ABI files.</summary>
    public static bool IsAbiFile(string relativePath)
    {
        var name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        if (name.StartsWith('.')) return false;
        if (name.StartsWith("README", StringComparison.Ordinal)) return false;
        if (relativePath.Split('/').Any(part => part.StartsWith('.'))) return false;
        return !(name.EndsWith(".rej", StringComparison.Ordinal) || name.EndsWith(".org", StringComparison.Ordinal)
                 || name.EndsWith(".orig", StringComparison.Ordinal) || name.EndsWith(".bak", StringComparison.Ordinal));
    }
}
