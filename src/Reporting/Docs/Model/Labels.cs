namespace AbiTool.Reporting.Docs.Model;

/// <summary>
/// Anchor names. Entries get the same <c>abi_…</c> names the kernel's ABI pages use (lower case, every character but
/// ASCII letters and digits folded to one '_'), so references written against those pages keep working; clashes get
/// a numeric suffix, deterministically, where get_abi.pl appends random letters.
/// </summary>
public sealed class Labels
{
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);

    public static string Slug(string prefix, string text)
    {
        var buffer = prefix.Length + text.Length <= 512 ? stackalloc char[512] : new char[prefix.Length + text.Length];
        prefix.CopyTo(buffer);
        var length = prefix.Length;
        var underscore = prefix.EndsWith('_');
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
                underscore = false;
            }
            else if (!underscore)
            {
                buffer[length++] = '_';
                underscore = true;
            }
        }
        while (length > prefix.Length && buffer[length - 1] == '_') length--;
        return new string(buffer[..length]);
    }

    /// <summary>A name not given out before: <paramref name="wanted"/>, or it with the first free <c>_N</c> suffix.</summary>
    public string Unique(string wanted)
    {
        if (taken.Add(wanted)) return wanted;
        for (var n = 2; ; n++)
        {
            var candidate = $"{wanted}_{n}";
            if (taken.Add(candidate)) return candidate;
        }
    }
}
