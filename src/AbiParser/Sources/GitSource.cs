using System.Collections.Concurrent;
using System.Text;
using AbiTool.Model;

namespace AbiTool.Sources;

/// <summary>
/// The ABI tree of revisions of a git repository, read through the git command line without a checkout:
/// <c>rev-parse --verify</c> resolves a revision, <c>ls-tree -r -z -l</c> lists the tree, <c>cat-file --batch</c>
/// reads the blobs. Blobs and parsed files are kept by object id, so walking a history reads each version of a file
/// once.
/// </summary>
public sealed class GitSource(string repository)
{
    /// <summary>Where the ABI tree lives in a kernel repository.</summary>
    public const string KernelAbiPath = "Documentation/ABI";

    private readonly ConcurrentDictionary<(string Blob, string Path), AbiFile> parsed = new();

    public string Repository { get; } = repository;

    /// <summary>The commit a revision names; an error naming the revision when there is none.</summary>
    public string Resolve(string revision)
    {
        if (!Directory.Exists(Repository)) throw new AbiInputException($"{Repository}: no such repository");
        if (revision.StartsWith('-')) throw new AbiInputException($"{Repository}: '{revision}' is not a revision");
        try
        {
            return GitCommand.RunText(Repository, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}");
        }
        catch (AbiInputException e) when (!e.Message.Contains("not a git repository", StringComparison.Ordinal))
        {
            throw new AbiInputException($"{Repository}: no revision '{revision}'", e);
        }
    }

    /// <summary>The first-parent commits after <paramref name="oldCommit"/> up to <paramref name="newCommit"/> that touch the ABI tree, oldest first.</summary>
    public IReadOnlyList<string> CommitsBetween(string oldCommit, string newCommit, string abiPath = KernelAbiPath)
    {
        var text = GitCommand.RunText(Repository, "rev-list", "--reverse", "--first-parent", $"{oldCommit}..{newCommit}", "--", abiPath);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The ABI path of a commit's tree: Documentation/ABI when it is there, else the root (a repository of ABI files alone).</summary>
    public string AbiPathOf(string commit)
    {
        var listing = GitCommand.Run(Repository, "ls-tree", "-z", commit, "--", KernelAbiPath);
        return listing.Length > 0 ? KernelAbiPath : "";
    }

    /// <summary>
    /// The trees of a history, oldest first: <paramref name="oldRevision"/>, each first-parent commit after it that
    /// touches the ABI tree, and <paramref name="newRevision"/>. Read one at a time, as the caller walks them; the two
    /// ends are labelled as the user named them, the commits between by their short id.
    /// </summary>
    public IEnumerable<AbiCorpus> History(string oldRevision, string newRevision)
    {
        var oldCommit = Resolve(oldRevision);
        var newCommit = Resolve(newRevision);
        var abiPath = AbiPathOf(newCommit);
        yield return Read(oldCommit, oldRevision, abiPath, reuse: false);
        foreach (var commit in CommitsBetween(oldCommit, newCommit, abiPath.Length == 0 ? "." : abiPath))
        {
            if (commit == newCommit) break;
            yield return Read(commit, commit[..Math.Min(12, commit.Length)], abiPath);
        }
        yield return Read(newCommit, newRevision, abiPath, reuse: false);
    }

    /// <summary>
    /// The trees of <paramref name="oldRevision"/> and <paramref name="newRevision"/> alone, nothing between them: what
    /// <c>--no-history</c> asks for, so a broken commit in the middle cannot fail the run.
    /// </summary>
    public (AbiCorpus Old, AbiCorpus New) Ends(string oldRevision, string newRevision)
    {
        var oldCommit = Resolve(oldRevision);
        var newCommit = Resolve(newRevision);
        var abiPath = AbiPathOf(newCommit);
        return (Read(oldCommit, oldRevision, abiPath, reuse: false), Read(newCommit, newRevision, abiPath, reuse: false));
    }

    /// <summary>The ABI tree of one revision, its spans labelled with the revision as the user named it.</summary>
    public AbiCorpus ReadRevision(string revision)
    {
        var commit = Resolve(revision);
        return Read(commit, revision, AbiPathOf(commit), reuse: false);
    }

    /// <summary>
    /// The revision a <c>git format-patch</c> range starts from: <c>A</c> of <c>A..B</c> (HEAD when empty), or the
    /// revision itself, since <c>format-patch REV</c> means the commits after REV up to HEAD.
    /// </summary>
    public static string BaseOfRange(string range)
    {
        var dots = range.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0) return range;
        var start = range[..dots];
        return start.Length == 0 ? "HEAD" : start;
    }

    /// <summary>The commits of <paramref name="range"/> as the mbox <c>git format-patch --stdout</c> writes, streamed to <paramref name="read"/>.</summary>
    public IEnumerable<T> FormatPatch<T>(string range, Func<Stream, IEnumerable<T>> read)
    {
        if (!Directory.Exists(Repository)) throw new AbiInputException($"{Repository}: no such directory");
        if (range.StartsWith('-')) throw new AbiInputException($"{range}: not a revision range");
        return GitCommand.Stream(Repository, ["format-patch", "--stdout", "--no-color", "--no-signature", range, "--"], read);
    }

    /// <summary>Reads the ABI tree of a commit; spans read <c>LABEL:Documentation/ABI/testing/…</c>.</summary>
    /// <param name="reuse">
    /// Take files parsed for an earlier commit when their blob is the same. Their spans then name that commit (the text
    /// is the same there); pass false where the spans must name this revision.
    /// </param>
    public AbiCorpus Read(string commit, string label, string abiPath = KernelAbiPath, bool reuse = true)
    {
        var prefix = abiPath.Length == 0 ? "" : abiPath.TrimEnd('/') + "/";
        var blobs = new List<(string Blob, string Relative, long Size)>();
        var listing = Encoding.UTF8.GetString(GitCommand.Run(Repository, "ls-tree", "-r", "-z", "-l", commit, "--", abiPath.Length == 0 ? "." : abiPath));
        foreach (var record in listing.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> <type> <object> <size>\t<path>"; links and submodules are no ABI files.
            var tab = record.IndexOf('\t');
            var fields = record[..tab].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 4 || fields[1] != "blob" || fields[0] == "120000") continue;
            var relative = record[(tab + 1)..][prefix.Length..];
            if (!AbiTreeFiles.IsAbiFile(relative)) continue;
            blobs.Add((fields[2], relative, long.TryParse(fields[3], out var size) ? size : 0));
        }
        blobs.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));

        var wanted = blobs.Where(b => !(reuse && parsed.ContainsKey((b.Blob, b.Relative))) && b.Size <= AbiCorpusReader.MaxFileBytes)
            .Select(b => b.Blob).Distinct().ToList();
        var contents = ReadBlobs(wanted);
        var files = new AbiFile[blobs.Count];
        Parallel.For(0, blobs.Count, i =>
        {
            var (blob, relative, size) = blobs[i];
            if (reuse && parsed.TryGetValue((blob, relative), out var known))
            {
                files[i] = known;
                return;
            }
            var bytes = contents.GetValueOrDefault(blob);
            var source = new AbiSourceFile(relative, $"{label}:{prefix}{relative}", bytes?.Length ?? size,
                () => bytes is null ? throw new IOException($"object {blob} missing") : new MemoryStream(bytes, writable: false));
            files[i] = AbiCorpusReader.ReadFile(source);
            parsed.TryAdd((blob, relative), files[i]);
        });
        return new AbiCorpus($"{label}:{abiPath}", [.. files]);
    }

    /// <summary>One <c>git cat-file --batch</c> for all blobs: requests written on one side, contents read on the other.</summary>
    private Dictionary<string, byte[]> ReadBlobs(IReadOnlyList<string> blobs)
    {
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (blobs.Count == 0) return result;
        using var process = GitCommand.Start(Repository, "cat-file", "--batch");
        var error = process.StandardError.ReadToEndAsync();
        var writer = Task.Run(() =>
        {
            foreach (var blob in blobs) process.StandardInput.Write(blob + "\n");
            process.StandardInput.Close();
        });
        var output = new BufferedStream(process.StandardOutput.BaseStream, 1 << 16);
        foreach (var blob in blobs)
        {
            var header = ReadLine(output) ?? throw new AbiInputException($"{Repository}: git cat-file ended early ({error.Result.Trim()})");
            var parts = header.Split(' ');
            if (parts.Length < 3 || parts[1] != "blob") continue; // "<id> missing": the file reads as unreadable
            var content = new byte[long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture)];
            output.ReadExactly(content);
            output.ReadByte(); // the newline after the content
            result[blob] = content;
        }
        writer.Wait();
        process.WaitForExit();
        return result;
    }

    private static string? ReadLine(Stream stream)
    {
        var bytes = new List<byte>(64);
        int b;
        while ((b = stream.ReadByte()) >= 0 && b != '\n') bytes.Add((byte)b);
        return b < 0 && bytes.Count == 0 ? null : Encoding.UTF8.GetString([.. bytes]);
    }
}
