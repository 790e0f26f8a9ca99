using System.Globalization;
using AbiTool.Reference.Declarations;
using AbiTool.Reference.View;

namespace AbiTool.Reference.Values;

/// <summary>Reads values as sysfs prints them, and says whether a value fits its declared format.</summary>
public static class ValueFormats
{
    /// <summary>The value without its one trailing newline; null when it does not end in one (sysfs_emit always adds it).</summary>
    public static string? Line(string content) => content.EndsWith('\n') ? content[..^1] : null;

    public static bool Fits(ValueFormat format, string content)
    {
        if (format is ValueFormat.WriteOnly or ValueFormat.None) return true;
        if (format == ValueFormat.Lines) return content.Length == 0 || content.EndsWith('\n');
        if (Line(content) is not { } line || line.Contains('\n')) return false;
        return format switch
        {
            ValueFormat.Decimal => long.TryParse(line, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ||
                                   ulong.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out _),
            ValueFormat.Hex => Hex(line) is not null,
            ValueFormat.BareHex => line.Length > 0 && ulong.TryParse(line, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _),
            ValueFormat.PaddedHex => line.Length >= 8 && ulong.TryParse(line, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _),
            ValueFormat.DeviceName => line.Length == 0 || Model.KernelParse.IsDeviceName(line),
            ValueFormat.DeviceNumber => line.Split(':') is [var major, var minor] && uint.TryParse(major, out _) && uint.TryParse(minor, out _),
            ValueFormat.Boolean => line is "0" or "1",
            ValueFormat.RangeList => RangeList.Parse(line) is not null,
            ValueFormat.Word => line.Length > 0 && !line.Contains('\t'),
            _ => true,
        };
    }

    /// <summary>"0x…" as the kernel's %#llx prints it.</summary>
    public static ulong? Hex(string line) =>
        line.StartsWith("0x", StringComparison.Ordinal) && line.Length > 2 &&
        ulong.TryParse(line.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static ulong? Unsigned(string? content) =>
        content is not null && Line(content) is { } line && ulong.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static long? Signed(string? content) =>
        content is not null && Line(content) is { } line && long.TryParse(line, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
}
