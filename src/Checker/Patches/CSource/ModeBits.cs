using System.Globalization;

namespace AbiTool.Patches.CSource;

/// <summary>Reads the mode of an attribute as C writes it (<c>0444</c>, <c>S_IRUGO | S_IWUSR</c>, <c>0600</c>) into access.</summary>
public static class ModeBits
{
    private static readonly Dictionary<string, int> Symbols = new(StringComparer.Ordinal)
    {
        ["S_IRUGO"] = O("0444"), ["S_IWUGO"] = O("0222"), ["S_IXUGO"] = O("0111"), ["S_IRWXUGO"] = O("0777"), ["S_IALLUGO"] = O("0777"),
        ["S_IRUSR"] = O("0400"), ["S_IWUSR"] = O("0200"), ["S_IXUSR"] = O("0100"), ["S_IRWXU"] = O("0700"),
        ["S_IRGRP"] = O("0040"), ["S_IWGRP"] = O("0020"), ["S_IXGRP"] = O("0010"), ["S_IRWXG"] = O("0070"),
        ["S_IROTH"] = O("0004"), ["S_IWOTH"] = O("0002"), ["S_IXOTH"] = O("0001"), ["S_IRWXO"] = O("0007"),
    };

    /// <summary>C writes modes in octal; C# has no octal literals.</summary>
    private static int O(string octal) => Convert.ToInt32(octal, 8);

    /// <summary>The permission bits of a mode expression, or null when it is not made of octal numbers and S_I* names.</summary>
    public static int? Parse(string? mode)
    {
        if (string.IsNullOrWhiteSpace(mode)) return null;
        var bits = 0;
        foreach (var raw in mode.Replace("(", " ").Replace(")", " ").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Symbols.TryGetValue(raw, out var symbol)) bits |= symbol;
            else if (raw.Length > 1 && raw[0] == '0' && raw.All(c => c is >= '0' and <= '7')) bits |= Convert.ToInt32(raw, 8);
            else if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var dec) && dec == 0) { }
            else return null;
        }
        return bits;
    }

    public static AttributeAccess AccessOf(string? mode) => Parse(mode) is { } bits ? AccessOfBits(bits) : AttributeAccess.Unknown;

    public static AttributeAccess AccessOfBits(int bits)
    {
        var read = (bits & O("0444")) != 0;
        var write = (bits & O("0222")) != 0;
        return (read, write) switch
        {
            (true, true) => AttributeAccess.ReadWrite,
            (true, false) => AttributeAccess.ReadOnly,
            (false, true) => AttributeAccess.WriteOnly,
            _ => AttributeAccess.Unknown,
        };
    }

    /// <summary>The access the _RO/_RW/_WO/_ADMIN_* helpers give.</summary>
    public static AttributeAccess AccessOfSuffix(string suffix) => suffix switch
    {
        "_RO" or "_ADMIN_RO" => AttributeAccess.ReadOnly,
        "_RW" or "_ADMIN_RW" => AttributeAccess.ReadWrite,
        "_WO" => AttributeAccess.WriteOnly,
        _ => AttributeAccess.Unknown,
    };

    /// <summary>The mode those helpers set (0444, 0644, 0200, 0400, 0600).</summary>
    public static string? ModeOfSuffix(string suffix) => suffix switch
    {
        "_RO" => "0444",
        "_RW" => "0644",
        "_WO" => "0200",
        "_ADMIN_RO" => "0400",
        "_ADMIN_RW" => "0600",
        _ => null,
    };

    /// <summary>"RO", "RW", "WO" as Descriptions write them.</summary>
    public static string? Label(AttributeAccess access) => access switch
    {
        AttributeAccess.ReadOnly => "RO",
        AttributeAccess.ReadWrite => "RW",
        AttributeAccess.WriteOnly => "WO",
        _ => null,
    };
}
