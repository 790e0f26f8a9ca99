using System.CommandLine;
using AbiTool.Cli.Input;
using AbiTool.Diagnostics;
using AbiTool.Patterns;
using AbiTool.Reference.Values;
using AbiTool.Reporting.Diagnostics;
using AbiTool.Sysfs;

namespace AbiTool.Cli.Commands;

/// <summary><c>abi check</c>: a sysfs subtree and the docs in both directions, as coded diagnostics.</summary>
internal static class CheckCommand
{
    public static Command Create(CliIO io)
    {
        var dir = CommonOptions.Dir();
        var sysfs = CommonOptions.Sysfs();
        var under = new Option<string?>("--under") { Description = "Only this subtree, e.g. /sys/bus/dax", HelpName = "PREFIX" };
        var all = new Option<bool>("--all") { Description = "Also module parameters, firmware, sections/notes and cgroupfs" };
        var values = new Option<bool>("--values") { Description = "Also read the dax values and check the reference model's modes, formats and invariants (ABI05xx)" };
        var kernel = new Option<string?>("--kernel") { Description = "With --values: the kernel the tree is from, e.g. 6.1 (default: a fixture's manifest says; else unknown)", HelpName = "X.Y" };
        var reporting = new FindingOptions();
        var command = new Command("check", "Check a sysfs tree against the ABI docs: undocumented files, Whats with no instance, access modes")
        {
            dir, sysfs, under, all, values, kernel,
        };
        reporting.AddTo(command);
        command.SetAction(result => io.Guard(() =>
        {
            var policy = reporting.Policy(result);
            var corpus = AbiTreeLocator.Load(result.GetValue(dir));
            var tree = SysfsTreeReader.Read(result.GetValue(sysfs)!);
            var index = WhatIndex.Build(corpus);
            var found = CheckAnalysis.Run(tree, index, result.GetValue(under), result.GetValue(all));
            if (result.GetValue(values))
                found = [.. found, .. DaxValueAnalysis.Run(tree, TreeFiles.Reader(tree), TreeFiles.Options(tree, KernelVersion.Parse(result.GetValue(kernel))))];
            found.Sort(Diagnostic.SourceOrder);
            var findings = policy.Apply(found);
            var context = new ReportContext("check", Scope: $"{tree.Source} ({tree.Count} nodes) against {corpus.Root}");
            return reporting.Report(io, result, policy, findings, context);
        }));
        return command;
    }
}
