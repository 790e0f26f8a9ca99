using System.CommandLine;
using AbiTool.Cli.Input;
using AbiTool.Diagnostics;
using AbiTool.Model;
using AbiTool.Patches;
using AbiTool.Patches.Mail;
using AbiTool.Reporting.Diagnostics;
using AbiTool.Sources;

namespace AbiTool.Cli.Commands;

/// <summary><c>abi lint-patch</c>: new sysfs attributes in a patch series must come with Documentation/ABI entries.</summary>
internal static class LintPatchCommand
{
    public static Command Create(CliIO io)
    {
        var patches = new Argument<string[]>("PATCH")
        {
            Description = "Patch files: git format-patch output, emails, mbox files, plain diffs; '-' reads standard input",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var dir = new Option<string?>("--dir", "-d")
        {
            Description = "Existing ABI tree whose entries also document attributes (default with --git: Documentation/ABI at the start of REV_RANGE)",
            HelpName = "DIR",
        };
        var git = new Option<string[]>("--git")
        {
            Description = "Lint the commits of REV_RANGE in the git repository REPO",
            HelpName = "REPO REV_RANGE",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        var reporting = new FindingOptions();
        var command = new Command("lint-patch", "Check that a patch series documents the sysfs attributes it adds, as checkpatch does for style")
        {
            patches, dir, git,
        };
        reporting.AddTo(command);
        command.SetAction(result => io.Guard(() =>
        {
            var policy = reporting.Policy(result);
            var files = result.GetValue(patches) ?? [];
            var range = result.GetValue(git);
            IEnumerable<PatchMail> series;
            AbiCorpus? existing = null;
            if (range is { Length: 2 })
            {
                if (files.Length > 0) throw new AbiInputException("give patch files or --git, not both");
                var source = new GitSource(range[0]);
                series = GitSeries.Patches(source, range[1]);
                if (result.GetValue(dir) is null) existing = GitSeries.BaseTree(source, range[1]);
            }
            else
            {
                if (files.Length == 0) throw new AbiInputException("no patches given (name files, '-' for standard input, or --git REPO REV_RANGE)");
                series = PatchInputs.FromFiles(files);
            }
            if (result.GetValue(dir) is { } treeDir) existing = AbiCorpusReader.ReadDirectory(treeDir);
            var reports = PatchLint.Run(series, existing);
            var sections = reports.Select(r => new PatchSection(NameOf(r.Mail), r.LinesChecked, policy.Apply(r.Findings))).ToList();
            var findings = sections.SelectMany(s => s.Findings).ToList();
            var scope = $"{reports.Length} patch{(reports.Length == 1 ? "" : "es")}, {reports.Sum(r => r.Attributes.Length)} new attributes" +
                        (existing is null ? "" : $", against {existing.Root}");
            return reporting.Report(io, result, policy, findings, new ReportContext("lint-patch", Scope: scope), new CheckpatchReporter(sections));
        }));
        return command;
    }

    private static string NameOf(PatchMail mail) =>
        mail.Subject is null ? mail.Source : $"{mail.Source} ({(mail.Index > 1 ? $"message {mail.Index}: " : "")}{mail.Subject})";
}
