using AbiTool.Model;
using AbiTool.Patches.Mail;
using AbiTool.Sources;

namespace AbiTool.Patches;

/// <summary>
/// <c>abi lint-patch --git REPO RANGE</c>: the commits of a range as mail, and the ABI tree they apply to, both read
/// from the repository through <see cref="GitSource"/> (no checkout, whatever is checked out).
/// </summary>
public static class GitSeries
{
    /// <summary>The commits of <paramref name="range"/> as <c>git format-patch</c> mails, one at a time.</summary>
    public static IEnumerable<PatchMail> Patches(GitSource source, string range) =>
        source.FormatPatch(range, output => MailReader.Read(output, $"{source.Repository} {range}"));

    /// <summary>The ABI tree at the revision the range starts from, or null when that revision holds none.</summary>
    public static AbiCorpus? BaseTree(GitSource source, string range)
    {
        var tree = source.ReadRevision(GitSource.BaseOfRange(range));
        return tree.Files.Any(f => f.Level != AbiLevel.None) ? tree : null;
    }
}
