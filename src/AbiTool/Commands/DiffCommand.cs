using System.CommandLine;
using System.Globalization;
using AbiTool.Diagnostics;
using AbiTool.Migration;
using AbiTool.Reporting.Diagnostics;
using AbiTool.Sources;

namespace AbiTool.Cli.Commands;

/// <summary><c>abi diff OLD NEW</c>: what changed between two ABI trees, and the migration rules the changes break.</summary>
internal static class DiffCommand
{
    public static Command Create(CliIO io)
    {
        var oldTree = new Argument<string>("OLD") { Description = "The older ABI directory (with --git: a revision)" };
        var newTree = new Argument<string>("NEW") { Description = "The newer ABI directory (with --git: a revision)" };
        var git = new Option<string?>("--git")
        {
            Description = "Read OLD and NEW as revisions of this git repository (its Documentation/ABI), without a checkout",
            HelpName = "REPO",
        };
        var noHistory = new Option<bool>("--no-history")
        {
            Description = "With --git: judge the two revisions alone, not each commit between them",
        };
        var noRenames = new Option<bool>("--no-renames") { Description = "Do not match changed What strings as renames" };
        var today = new Option<string?>("--today")
        {
            Description = "Report obsolete entries whose announced removal date is before DATE (YYYY-MM-DD; default: today)",
            HelpName = "DATE",
        };
        var rulesOnly = new Option<bool>("--rules-only") { Description = "Report broken rules only, not the list of changes" };
        var reporting = new FindingOptions();
        var command = new Command("diff", "Compare two ABI trees: interfaces added, removed, moved, renamed, changed, and broken migration rules")
        {
            oldTree, newTree, git, noHistory, noRenames, today, rulesOnly,
        };
        reporting.AddTo(command);
        command.SetAction(result => io.Guard(() =>
        {
            var policy = reporting.Policy(result);
            var options = new DiffOptions(DetectRenames: !result.GetValue(noRenames), Today: DateOf(result.GetValue(today)));
            var (from, to) = (result.GetValue(oldTree)!, result.GetValue(newTree)!);
            var diff = result.GetValue(git) is { } repository
                ? DiffSources.Git(new GitSource(repository), from, to, options, history: !result.GetValue(noHistory))
                : DiffSources.Directories(from, to, options);

            IEnumerable<Diagnostic> findings = diff.Diagnostics;
            if (!result.GetValue(rulesOnly)) findings = findings.Concat(ChangeReport.Findings(diff));
            var reported = policy.Apply(findings).Sort(Diagnostic.SourceOrder);
            return reporting.Report(io, result, policy, reported, new ReportContext("diff", Scope: Scope(diff)));
        }));
        return command;
    }

    private static DateOnly DateOf(string? text)
    {
        if (text is null) return DateOnly.FromDateTime(DateTime.UtcNow);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"--today '{text}': expected a date as YYYY-MM-DD");
    }

    private static string Scope(DiffResult diff) =>
        $"{diff.OldTree.Root} → {diff.NewTree.Root}: {diff.Count(ChangeKind.Added)} added, {diff.Count(ChangeKind.Removed)} removed, " +
        $"{diff.Count(ChangeKind.Moved)} moved, {diff.Count(ChangeKind.Renamed)} renamed, {diff.Count(ChangeKind.Changed)} changed, {diff.Unchanged} unchanged";
}
