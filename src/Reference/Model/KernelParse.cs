using System.Globalization;

namespace AbiTool.Reference.Model;

/// <summary>The kernel's parsers for written values (kstrtoull, kstrtobool, sysfs_streq), as far as dax files use them.</summary>
public static class KernelParse
{
    /// <summary>
    /// The text as the kernel's string functions see it: up to the first NUL (daxctl writes "dax0.0\0"), without one
    /// trailing newline, as sysfs_streq and the kstrto* helpers allow.
    /// </summary>
    public static string Chomp(string text)
    {
        var nul = text.IndexOf('\0');
        if (nul >= 0) text = text[..nul];
        return text.EndsWith('\n') ? text[..^1] : text;
    }

    /// <summary>kstrtoull with base 0: decimal, 0x hex or leading-0 octal.</summary>
    public static bool TryUnsigned(string text, out ulong value) => TryUnsigned(text, 0, out value);

    public static bool TryUnsigned(string text, int numberBase, out ulong value)
    {
        value = 0;
        var s = Chomp(text);
        if (s.StartsWith('+')) s = s[1..];
        if ((numberBase is 0 or 16) && (s.StartsWith("0x", StringComparison.OrdinalIgnoreCase)))
        {
            s = s[2..];
            numberBase = 16;
        }
        else if (numberBase == 0 && s.Length > 1 && s[0] == '0')
        {
            numberBase = 8;
        }
        else if (numberBase == 0)
        {
            numberBase = 10;
        }
        if (s.Length == 0) return false;
        return numberBase switch
        {
            16 => ulong.TryParse(s, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value),
            10 => s.All(char.IsAsciiDigit) && ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value),
            _ => TryOctal(s, out value),
        };
    }

    private static bool TryOctal(string s, out ulong value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '7' || value > ulong.MaxValue >> 3) return false;
            value = value << 3 | (uint)(c - '0');
        }
        return true;
    }

    /// <summary>
    /// kstrtobool: only the first character counts — y, t or 1 for true, n, f or 0 for false, either case — and
    /// after an 'o' the second one (on, off). "yes", "true", "Y" and "1" are true; "enable" and "e" are refused.
    /// </summary>
    public static bool TryBoolean(string text, out bool value)
    {
        var s = Chomp(text);
        value = false;
        if (s.Length == 0) return false;
        switch (char.ToLowerInvariant(s[0]))
        {
            case 'y' or 't' or '1':
                value = true;
                return true;
            case 'n' or 'f' or '0':
                return true;
            case 'o' when s.Length > 1 && char.ToLowerInvariant(s[1]) is 'n' or 'f':
                value = char.ToLowerInvariant(s[1]) == 'n';
                return true;
            default:
                return false;
        }
    }

    /// <summary>A device name exactly "dax&lt;region&gt;.&lt;id&gt;" (new_id and remove_id refuse anything else).</summary>
    public static bool IsDeviceName(string text)
    {
        var s = Chomp(text);
        if (!s.StartsWith("dax", StringComparison.Ordinal)) return false;
        var parts = s[3..].Split('.');
        return parts.Length == 2 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit) && (p == "0" || p[0] != '0'));
    }

    /// <summary>"start-end" in hex, with or without 0x, as the mapping file takes it.</summary>
    public static bool TryRange(string text, out ulong start, out ulong end)
    {
        end = 0;
        start = 0;
        var s = Chomp(text);
        var dash = s.IndexOf('-');
        return dash > 0 && TryUnsigned(s[..dash], 16, out start) && TryUnsigned(s[(dash + 1)..], 16, out end);
    }
}
