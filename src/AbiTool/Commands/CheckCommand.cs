using System.CommandLine;
using AbiTool.Cli.Input;
using AbiTool.Diagnostics;
using AbiTool.Patterns;
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
        var reporting = new FindingOptions();
        var command = new Command("check", "Check a sysfs tree against the ABI docs: undocumented files, Whats with no instance, access modes")
        {
            dir, sysfs, under, all,
        };
        reporting.AddTo(command);
        command.SetAction(result => io.Guard(() =>
        {
            var policy = reporting.Policy(result);
            var corpus = AbiTreeLocator.Load(result.GetValue(dir));
            var tree = SysfsTreeReader.Read(result.GetValue(sysfs)!);
            var findings = policy.Apply(CheckAnalysis.Run(tree, WhatIndex.Build(corpus), result.GetValue(under), result.GetValue(all)));
            var context = new ReportContext("check", Scope: $"{tree.Source} ({tree.Count} nodes) against {corpus.Root}");
            return reporting.Report(io, result, policy, findings, context);
        }));
        return command;
    }
}
