namespace AbiTool.Patches;

/// <summary>
/// What a C file's path tells of the devices it serves, to keep an attribute named "size" in drivers/cxl from being
/// taken as documented by a block device's size: the folders below drivers/ (or arch/…/platforms/) and the parts of
/// the file name, matched against a What's path components and its ABI file's name. Used for entries of the existing
/// tree only: the entries a patch series adds are its own and are not scoped.
/// </summary>
public sealed class AttributeScope
{
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "drivers", "core", "arch", "platforms", "include", "linux", "uapi", "asm", "bus", "main", "sysfs", "base", "common",
        "device", "class", "test", "src", "lib", "kernel", "util", "utils", "attr", "attrs",
    };

    public IReadOnlyList<string> Tokens { get; }

    private AttributeScope(IReadOnlyList<string> tokens) => Tokens = tokens;

    public static AttributeScope Of(string sourcePath)
    {
        var parts = sourcePath.Split('/');
        var tokens = new List<string>();
        foreach (var folder in parts[..^1]) AddToken(tokens, folder);
        var file = parts[^1];
        var dot = file.LastIndexOf('.');
        foreach (var piece in (dot > 0 ? file[..dot] : file).Split('_', '-')) AddToken(tokens, piece);
        return new AttributeScope(tokens);
    }

    private static void AddToken(List<string> tokens, string token)
    {
        var lower = token.ToLowerInvariant();
        if (lower.Length >= 2 && !Generic.Contains(lower) && !tokens.Contains(lower)) tokens.Add(lower);
    }

    /// <summary>Whether a What (or its ABI file) belongs to the same subsystem as the C file.</summary>
    public bool Covers(string what, string abiFile)
    {
        var name = abiFile.AsSpan(abiFile.LastIndexOf('/') + 1);
        foreach (var token in Tokens)
        {
            // A token never holds '/', so "some component contains it" is "the path contains it".
            if (name.Contains(token, StringComparison.OrdinalIgnoreCase) || what.Contains(token, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
