using System.CommandLine;
using AbiTool.Cli.Input;
using AbiTool.Reporting.Queries;
using AbiTool.Stats;
using AbiTool.Validation;

namespace AbiTool.Cli.Commands;

/// <summary><c>abi stats</c>: files, entries and What strings per level, and findings per code.</summary>
internal static class StatsCommand
{
    public static Command Create(CliIO io)
    {
        var dir = CommonOptions.Dir();
        var format = CommonOptions.Format("text", "json");
        var command = new Command("stats", "Count files, entries and What strings per level, and findings per code") { dir, format };
        command.SetAction(result => io.Guard(() =>
        {
            var corpus = AbiTreeLocator.Load(result.GetValue(dir));
            var stats = CorpusStats.Compute(corpus, new Validator().Validate(corpus));
            if (result.GetValue(format) == "json") StatsWriter.WriteJson(io.Out, stats);
            else StatsWriter.WriteText(io.Out, stats);
            return AbiCli.Clean;
        }));
        return command;
    }
}
