using System.Collections.Immutable;
using AbiTool.Diagnostics;
using AbiTool.Model;
using AbiTool.Patches.CSource;
using AbiTool.Patches.Diff;
using AbiTool.Patches.Mail;
using AbiTool.Validation;

namespace AbiTool.Patches;

/// <summary>A new sysfs attribute a patch adds, where it is, and the What that documents it (if any).</summary>
/// <param name="Line">Line in the patched file.</param>
/// <param name="PatchLine">Line of the patch input it was read from, and <paramref name="Text"/> that line's text.</param>
public sealed record NewAttribute(string Name, string File, int Line, int PatchLine, string Text, SysfsDeclaration Declaration, DocumentingWhat? DocumentedBy);

/// <summary>The findings for one patch (one message or diff file) and what it covered.</summary>
/// <param name="Mail">The message, without its text (a long series streams through and is let go).</param>
/// <param name="Files">The paths the patch changes.</param>
public sealed record PatchReport(PatchMail Mail, ImmutableArray<string> Files, int LinesChecked, ImmutableArray<NewAttribute> Attributes, ImmutableArray<Diagnostic> Findings);

/// <summary>
/// <c>abi lint-patch</c>: every sysfs attribute the C hunks of a patch series add must have a Documentation/ABI entry —
/// one the series adds, or one of the existing tree — and its mode must agree with the entry's (RO)/(RW)/(WO); the
/// ABI hunks must validate and follow the migration rules. An attribute the series also removes (under any macro, in
/// any file) is converted or moved, not new; code under tools/testing is test code, not ABI.
/// </summary>
/// <remarks>
/// Patches stream through one at a time: each is read, checked on its own and reduced to what the series needs later
/// (its candidate attributes, its Whats, the names it removes). Attributes are judged once the whole series is read,
/// since an entry may come in a later patch than its attribute.
/// </remarks>
public static class PatchLint
{
    private sealed record Pending(PatchMail Mail, ImmutableArray<string> Files, int Lines, List<Candidate> Candidates, List<Diagnostic> Findings);

    private sealed record Candidate(string Name, string File, DiffLine Line, SysfsDeclaration Declaration, AttributeScope Scope);

    public static ImmutableArray<PatchReport> Run(IEnumerable<PatchMail> series, AbiCorpus? existing = null)
    {
        var documented = new DocumentedWhats();
        if (existing is not null) documented.AddAll(existing, fromPatch: false);
        // What the series takes away: a name removed and added again is a conversion or a move.
        var removed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new List<Pending>();
        foreach (var mail in series)
        {
            var diff = ReadDiff(mail);
            var findings = new List<Diagnostic>();
            findings.AddRange(InputNotes(mail, diff));
            foreach (var file in diff.Files.Where(AbiHunkFile.IsAbiFile))
            {
                var abi = AbiHunkFile.Read(file);
                foreach (var entry in abi.Entries) documented.Add(entry, fromPatch: true);
                findings.AddRange(Validate(mail, file, abi));
            }
            findings.AddRange(Migrations(mail, diff));
            foreach (var name in RemovedNames(diff)) removed.Add(name);
            pending.Add(new Pending(mail with { Parts = [] }, [.. diff.Files.Select(f => f.Path)], mail.Parts.Sum(part => part.Lines.Length),
                [.. Candidates(diff)], findings));
        }

        var reports = ImmutableArray.CreateBuilder<PatchReport>(pending.Count);
        foreach (var patch in pending)
        {
            var attributes = Judge(patch.Candidates, removed, documented).ToImmutableArray();
            foreach (var attribute in attributes) patch.Findings.AddRange(Check(patch.Mail, attribute));
            patch.Findings.Sort(Diagnostic.SourceOrder);
            reports.Add(new PatchReport(patch.Mail, patch.Files, patch.Lines, attributes, [.. patch.Findings]));
        }
        return reports.MoveToImmutable();
    }

    private static IEnumerable<string> RemovedNames(UnifiedDiff diff) =>
        diff.Files.Where(IsKernelSource)
            .SelectMany(file => Runs(file, DiffLineKind.Removed))
            .SelectMany(AttributeScanner.Scan)
            .Where(found => found.Declaration.Kind is DeclarationKind.Attribute or DeclarationKind.Reference)
            .Select(found => found.Declaration.Name);

    private static UnifiedDiff ReadDiff(PatchMail mail)
    {
        if (mail.Parts.Length == 1) return UnifiedDiffParser.Parse(mail.Parts[0].Lines, mail.Parts[0].FirstLine);
        var files = ImmutableArray.CreateBuilder<FileDiff>();
        var problems = ImmutableArray.CreateBuilder<DiffProblem>();
        foreach (var part in mail.Parts)
        {
            var diff = UnifiedDiffParser.Parse(part.Lines, part.FirstLine);
            files.AddRange(diff.Files);
            problems.AddRange(diff.Problems);
        }
        return new UnifiedDiff(files.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>C sources and headers outside tools/ (tools/testing holds the test harnesses, not the kernel's ABI).</summary>
    public static bool IsKernelSource(FileDiff diff) =>
        !diff.IsBinary && (diff.Path.EndsWith(".c", StringComparison.Ordinal) || diff.Path.EndsWith(".h", StringComparison.Ordinal)) &&
        !diff.Path.StartsWith("tools/", StringComparison.Ordinal) && !diff.Path.Contains("/tools/testing/", StringComparison.Ordinal);

    /// <summary>The runs of consecutive lines of one kind in each hunk, numbered by their new-file line (old-file for removals).</summary>
    private static IEnumerable<List<SourceLine>> Runs(FileDiff file, DiffLineKind kind)
    {
        foreach (var hunk in file.Hunks)
        {
            List<SourceLine>? run = null;
            foreach (var line in hunk.Lines)
            {
                if (line.Kind == kind)
                {
                    (run ??= []).Add(new SourceLine(line.Text, line.PatchLine));
                }
                else if (line.Kind != DiffLineKind.Removed && kind == DiffLineKind.Added || line.Kind != DiffLineKind.Added && kind == DiffLineKind.Removed)
                {
                    if (run is not null) yield return run;
                    run = null;
                }
            }
            if (run is not null) yield return run;
        }
    }

    /// <summary>The attributes a patch's added C lines define or expose, before the series' documentation is known.</summary>
    private static IEnumerable<Candidate> Candidates(UnifiedDiff diff)
    {
        foreach (var file in diff.Files.Where(IsKernelSource))
        {
            var byPatchLine = file.Lines.Where(l => l.Kind == DiffLineKind.Added).ToDictionary(l => l.PatchLine);
            var found = Runs(file, DiffLineKind.Added).SelectMany(AttributeScanner.Scan).ToList();
            var defined = found.Where(f => f.Declaration.Kind == DeclarationKind.Attribute && f.Declaration.Variable is not null)
                .Select(f => f.Declaration.Variable!).ToHashSet(StringComparer.Ordinal);
            var scope = AttributeScope.Of(file.Path);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (declaration, at) in found.Select(f => (f.Declaration, f.At)))
            {
                if (declaration.IsTemplate || declaration.Kind is not (DeclarationKind.Attribute or DeclarationKind.Reference)) continue;
                // An array entry for an attribute this patch defines is the same attribute; the definition speaks for it.
                if (declaration.Kind == DeclarationKind.Reference && declaration.Variable is { } variable && defined.Contains(variable)) continue;
                if (declaration.Kind == DeclarationKind.Reference && declaration.Variable == declaration.Name) continue; // not a dev_attr_-style name
                if (!seen.Add(declaration.Name)) continue;
                yield return new Candidate(declaration.Name, file.Path, byPatchLine[at.Line], declaration, scope);
            }
        }
    }

    /// <summary>The candidates that are new (not removed elsewhere in the series), each with the What that documents it.</summary>
    private static IEnumerable<NewAttribute> Judge(List<Candidate> candidates, HashSet<string> removed, DocumentedWhats documented)
    {
        foreach (var candidate in candidates.Where(c => !removed.Contains(c.Name)))
        {
            var doc = DocumentingWhatOf(candidate, documented);
            yield return new NewAttribute(candidate.Name, candidate.File, candidate.Line.NewLine, candidate.Line.PatchLine, candidate.Line.Text,
                candidate.Declaration, doc);
        }
    }

    /// <summary>
    /// The What that documents a candidate: one of the series in the C file's subsystem, else one of the existing tree
    /// in that subsystem, else any of the series (the series' own entries are not scoped).
    /// </summary>
    private static DocumentingWhat? DocumentingWhatOf(Candidate candidate, DocumentedWhats documented)
    {
        DocumentingWhat? scoped = null, fromPatch = null;
        foreach (var what in documented.Candidates(candidate.Name))
        {
            var covers = candidate.Scope.Covers(what.What.Text, what.RelativePath);
            if (covers && what.FromPatch) return what;
            if (covers) scoped ??= what;
            else if (what.FromPatch) fromPatch ??= what;
        }
        return scoped ?? fromPatch;
    }

    private static IEnumerable<Diagnostic> Check(PatchMail mail, NewAttribute attribute)
    {
        var span = SourceSpan.At(attribute.File, attribute.Line);
        var declaration = attribute.Declaration;
        if (attribute.DocumentedBy is not { } doc)
        {
            yield return PatchCodes.Undocumented.Create(span,
                $"new sysfs attribute '{attribute.Name}' ({declaration.Macro}) has no Documentation/ABI entry; add one whose What ends in '/{attribute.Name}'",
                $"{attribute.File}:{attribute.Name}") with { Related = [PatchPlace(mail, attribute)] };
            yield break;
        }
        var label = ModeBits.Label(declaration.Access);
        if (label is null || doc.DeclaredAccess is not { } written || written == label) yield break;
        yield return PatchCodes.ModeDisagrees.Create(span,
            $"sysfs attribute '{attribute.Name}' is {label} ({declaration.Macro}{(declaration.Mode is { } m ? ", " + m : "")}) but its entry says ({written})",
            $"{attribute.File}:{attribute.Name}") with
        {
            Related = [PatchPlace(mail, attribute), new RelatedLocation(doc.What.Span, $"documented here: {doc.What.Text}")],
        };
    }

    /// <summary>The patch line a finding comes from, with the line's text, for checkpatch-style output.</summary>
    private static RelatedLocation PatchPlace(PatchMail mail, NewAttribute attribute) =>
        new(SourceSpan.At(mail.Source, attribute.PatchLine), "+" + attribute.Text);

    private static IEnumerable<Diagnostic> Validate(PatchMail mail, FileDiff file, AbiFile abi)
    {
        var added = file.Lines.Where(l => l.Kind == DiffLineKind.Added).ToDictionary(l => l.NewLine);
        var corpus = new AbiCorpus(mail.Source, [abi]);
        foreach (var finding in new Validator().Validate(corpus))
        {
            // Only what the patch adds is its author's; context lines are the tree's as it was.
            if (!added.TryGetValue(finding.Span.Line, out var line)) continue;
            yield return finding with { Related = finding.Related.Insert(0, new RelatedLocation(SourceSpan.At(mail.Source, line.PatchLine), "+" + line.Text)) };
        }
    }

    /// <summary>
    /// The migration rules of <c>abi diff</c> over what the patch shows of the ABI files before and after: an entry
    /// deleted from testing/ or stable/, moved back from stable/, or made obsolete without a removal date. Only
    /// findings on lines the patch adds or removes are the author's.
    /// </summary>
    private static IEnumerable<Diagnostic> Migrations(PatchMail mail, UnifiedDiff diff)
    {
        var changed = diff.Files.Where(f => AbiHunkFile.IsAbiFile(f) || AbiHunkFile.IsOldAbiFile(f)).ToList();
        if (!changed.Any(f => f.IsDeleted || f.IsRename || f.Lines.Any(l => l.Kind == DiffLineKind.Removed))) yield break;
        var before = new AbiCorpus(mail.Source, [.. changed.Where(AbiHunkFile.IsOldAbiFile).Select(AbiHunkFile.ReadOld)]);
        var after = new AbiCorpus(mail.Source, [.. changed.Where(AbiHunkFile.IsAbiFile).Select(AbiHunkFile.Read)]);
        var added = changed.Where(f => f.NewPath is not null).SelectMany(f => f.Lines.Where(l => l.Kind == DiffLineKind.Added).Select(l => ((f.NewPath!, l.NewLine), l)))
            .ToDictionary(x => x.Item1, x => x.l);
        var removed = changed.Where(f => f.OldPath is not null).SelectMany(f => f.Lines.Where(l => l.Kind == DiffLineKind.Removed).Select(l => ((AbiHunkFile.OldSidePrefix + f.OldPath, l.OldLine), l)))
            .ToDictionary(x => x.Item1, x => x.l);
        foreach (var finding in Migration.AbiDiff.Compare(before, after, Migration.DiffOptions.Default).Diagnostics)
        {
            var key = (finding.Span.File, finding.Span.Line);
            DiffLine? line = added.GetValueOrDefault(key) ?? removed.GetValueOrDefault(key);
            if (line is null) continue;
            var span = line.Kind == DiffLineKind.Removed ? finding.Span with { File = finding.Span.File[AbiHunkFile.OldSidePrefix.Length..] } : finding.Span;
            var sign = line.Kind == DiffLineKind.Removed ? "-" : "+";
            yield return finding with
            {
                Span = span,
                Related = finding.Related.Insert(0, new RelatedLocation(SourceSpan.At(mail.Source, line.PatchLine), sign + line.Text)),
            };
        }
    }

    private static IEnumerable<Diagnostic> InputNotes(PatchMail mail, UnifiedDiff diff)
    {
        foreach (var note in mail.Notes)
            yield return PatchCodes.SkippedPart.Create(SourceSpan.At(mail.Source, note.Line), note.Message, $"{mail.Source}:{note.Message}");
        foreach (var problem in diff.Problems)
            yield return PatchCodes.MalformedDiff.Create(SourceSpan.At(mail.Source, problem.PatchLine), problem.Message, $"{mail.Source}:{problem.Message}");
        foreach (var binary in diff.Files.Where(f => f.IsBinary))
            yield return PatchCodes.SkippedPart.Create(SourceSpan.At(mail.Source, binary.PatchLine),
                $"binary change to {binary.Path} not read", $"{mail.Source}:binary:{binary.Path}");
        if (diff.Files.IsEmpty && mail.Notes.IsEmpty)
        {
            var what = mail.Tag.IsCoverLetter ? "cover letter" : "message";
            yield return PatchCodes.SkippedPart.Create(SourceSpan.At(mail.Source, mail.Parts.IsEmpty ? 0 : mail.Parts[0].FirstLine),
                $"{what} {mail.Index} holds no diff{(mail.Subject is null ? "" : $" ('{mail.Subject}')")}", $"{mail.Source}:{mail.Index}:no-diff");
        }
    }
}
