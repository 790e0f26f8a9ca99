using AbiTool.Model;
using AbiTool.Sources;

namespace AbiTool.Migration;

/// <summary>Where <c>abi diff</c> gets its two trees: two directories, or two revisions of a git repository.</summary>
public static class DiffSources
{
    /// <summary>Two ABI directories, read side by side (they are independent).</summary>
    public static DiffResult Directories(string oldDir, string newDir, DiffOptions options)
    {
        AbiCorpus? old = null, @new = null;
        Parallel.Invoke(() => old = AbiCorpusReader.ReadDirectory(oldDir), () => @new = AbiCorpusReader.ReadDirectory(newDir));
        return AbiDiff.Compare(DiffInput.Require(old!), DiffInput.Require(@new!), options);
    }

    /// <summary>
    /// Two revisions of a repository. With <paramref name="history"/> every first-parent commit between them that
    /// touches the ABI tree is read and judged (<see cref="AbiDiff.CompareHistory"/>); without it only the two ends are
    /// read, so a commit in the middle is never looked at, broken or not.
    /// </summary>
    public static DiffResult Git(GitSource source, string oldRevision, string newRevision, DiffOptions options, bool history)
    {
        if (history) return AbiDiff.CompareHistory(source.History(oldRevision, newRevision).Select(DiffInput.Require), options);
        var (old, @new) = source.Ends(oldRevision, newRevision);
        return AbiDiff.Compare(DiffInput.Require(old), DiffInput.Require(@new), options);
    }
}
