using System.CommandLine;
using AbiTool.Cli.Input;
using AbiTool.Model;
using AbiTool.Patterns;
using AbiTool.Sysfs;

namespace AbiTool.Cli.Commands;

/// <summary><c>abi why PATH…</c>: which entries document each path and through which of its paths, or why none does.</summary>
internal static class WhyCommand
{
    public static Command Create(CliIO io)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Paths such as /sys/bus/dax/devices/dax0.0/size", Arity = ArgumentArity.OneOrMore };
        var dir = CommonOptions.Dir();
        var sysfs = new Option<string?>("--sysfs")
        {
            Description = "A sysfs tree to resolve links and aliases in (without it the paths are matched as written)",
            HelpName = "ROOT",
        };
        var command = new Command("why", "Explain which ABI entries document each path, or why none does") { paths, dir, sysfs };
        command.SetAction(result => io.Guard(() =>
        {
            var corpus = AbiTreeLocator.Load(result.GetValue(dir));
            var index = WhatIndex.Build(corpus);
            var tree = result.GetValue(sysfs) is { } root ? SysfsTreeReader.Read(root) : null;
            var matcher = tree is null ? null : new TreeMatcher(tree, index);
            var allDocumented = true;
            foreach (var path in result.GetValue(paths)!)
            {
                var normalized = "/" + string.Join('/', WhatIndex.Split(path));
                io.Out.WriteLine(normalized);
                List<NodeMatch> matches;
                if (tree is not null && tree.Find(normalized) is var node and >= 0)
                {
                    matches = matcher!.MatchesOf(node);
                }
                else
                {
                    if (tree is not null) io.Out.WriteLine("  (not in the tree; matched as written)");
                    matches = [.. index.Match(WhatIndex.Split(normalized)).Select(w => new NodeMatch(w, normalized, "its own path"))];
                }
                foreach (var match in matches)
                {
                    var what = match.What;
                    io.Out.WriteLine($"  documented by '{what.What.Text}' at {what.Entry.Span.File}:{what.What.Span.Line} ({what.Entry.Level.FolderName()}), matched through {match.How}{(match.Path == normalized ? "" : $" {match.Path}")}");
                }
                if (matches.Count > 0) continue;
                allDocumented = false;
                var nearest = UndefinedAnalysis.Nearest(index, normalized);
                if (nearest.Count == 0)
                {
                    io.Out.WriteLine("  not documented: no What shares its name or its leading folders");
                    continue;
                }
                var components = WhatIndex.Split(normalized);
                foreach (var hint in nearest)
                {
                    var where = hint.MatchedComponents < components.Length ? $"parts at '{components[hint.MatchedComponents]}'" : "is longer than the path";
                    io.Out.WriteLine($"  not documented: '{hint.What.What.Text}' at {hint.What.Entry.Span.File}:{hint.What.What.Span.Line} follows {hint.MatchedComponents} components, then {where}");
                }
            }
            return allDocumented ? AbiCli.Clean : AbiCli.Findings;
        }));
        return command;
    }
}
