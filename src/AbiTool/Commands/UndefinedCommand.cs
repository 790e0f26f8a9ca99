using System.CommandLine;
using AbiTool.Cli.Input;
using AbiTool.Diagnostics;
using AbiTool.Patterns;
using AbiTool.Reporting.Diagnostics;
using AbiTool.Search;
using AbiTool.Sysfs;

namespace AbiTool.Cli.Commands;

/// <summary>
/// <c>abi undefined</c>: the sysfs files no What documents, one "PATH not found." line each as get_abi.pl prints them,
/// so it can replace get_abi.pl in scripts (exit 0, like get_abi.pl; use <c>abi check</c> to fail a build).
/// </summary>
internal static class UndefinedCommand
{
    public static Command Create(CliIO io)
    {
        var dir = CommonOptions.Dir();
        var sysfs = CommonOptions.Sysfs();
        var search = new Option<string?>("--search-string") { Description = "Only paths matching this regular expression", HelpName = "RE" };
        var hints = new Option<bool>("--hints", "--show-hints") { Description = "After each path, the Whats that came nearest" };
        var dirs = new Option<bool>("--dirs") { Description = "Report undocumented folders too, not only files" };
        var all = new Option<bool>("--all") { Description = "Also module parameters, firmware tables, sections/notes and cgroupfs, which get_abi.pl skips as out of the ABI's scope" };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("undefined", "List the files of a sysfs tree that no ABI entry documents")
        {
            dir, sysfs, search, hints, dirs, all, format,
        };
        command.SetAction(result => io.Guard(() =>
        {
            var filter = result.GetValue(search) is { } pattern ? EntrySearch.Compile(pattern) : null;
            var corpus = AbiTreeLocator.Load(result.GetValue(dir));
            var tree = SysfsTreeReader.Read(result.GetValue(sysfs)!);
            var index = WhatIndex.Build(corpus);
            var undefined = UndefinedAnalysis.Run(tree, index, filter, result.GetValue(dirs), result.GetValue(hints), result.GetValue(all));
            undefined.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            if (result.GetValue(format) == "json") WriteJson(io.Out, tree, undefined);
            else WriteText(io.Out, undefined);
            foreach (var problem in tree.Problems) io.Error.WriteLine($"abi: {problem.Severity.Name()}: [{problem.Code}] {problem.Message}");
            io.Error.WriteLine($"abi: {undefined.Count} undocumented in {tree.Source} against {corpus.Root}");
            return AbiCli.Clean;
        }));
        return command;
    }

    private static void WriteText(TextWriter output, List<UndefinedNode> undefined)
    {
        foreach (var node in undefined)
        {
            output.Write(node.Path);
            output.WriteLine(" not found.");
            foreach (var hint in node.Hints)
            {
                var entry = hint.What.Entry;
                output.WriteLine($"    nearest: {hint.What.What.Text} ({entry.Span.File}:{hint.What.What.Span.Line}, {hint.MatchedComponents} components match)");
            }
        }
    }

    private static void WriteJson(TextWriter output, SysfsTree tree, List<UndefinedNode> undefined) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("tree", tree.Source);
            json.WriteStartArray("undefined");
            foreach (var node in undefined)
            {
                json.WriteStartObject();
                json.WriteString("path", node.Path);
                json.WriteString("kind", tree[node.Node].Kind.ToString().ToLowerInvariant());
                json.WriteStartArray("nearest");
                foreach (var hint in node.Hints)
                {
                    json.WriteStartObject();
                    json.WriteString("what", hint.What.What.Text);
                    json.WriteString("file", hint.What.Entry.Span.File);
                    json.WriteNumber("line", hint.What.What.Span.Line);
                    json.WriteNumber("matchedComponents", hint.MatchedComponents);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
}
