using System.CommandLine;
using System.Text.RegularExpressions;
using AbiTool.Cli.Input;
using AbiTool.Reporting.Queries;
using AbiTool.Search;

namespace AbiTool.Cli.Commands;

/// <summary><c>abi search REGEX</c>: entries whose What or Description match, printed like get_abi.pl prints them.</summary>
internal static class SearchCommand
{
    public static Command Create(CliIO io)
    {
        var pattern = new Argument<string>("REGEX") { Description = "Regular expression (.NET syntax) searched in What strings and Descriptions" };
        var dir = CommonOptions.Dir();
        var level = CommonOptions.Level();
        var format = CommonOptions.Format("text", "json");
        var whatOnly = new Option<bool>("--what-only") { Description = "Match What strings only, as get_abi.pl search does" };
        var ignoreCase = new Option<bool>("--ignore-case", "-i") { Description = "Match without regard to case" };
        var command = new Command("search", "Show the entries whose What or Description match REGEX")
        {
            pattern, dir, level, format, whatOnly, ignoreCase,
        };
        command.SetAction(result => io.Guard(() =>
        {
            Regex regex;
            try
            {
                regex = EntrySearch.Compile(result.GetValue(pattern)!, result.GetValue(ignoreCase));
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"invalid regular expression: {e.Message}");
            }
            var corpus = AbiTreeLocator.Load(result.GetValue(dir));
            var found = EntrySearch.Find(corpus, regex, CommonOptions.LevelOf(result.GetValue(level)), result.GetValue(whatOnly)).ToList();
            if (result.GetValue(format) == "json") SearchWriter.WriteJson(io.Out, found);
            else SearchWriter.WriteText(io.Out, found);
            return found.Count > 0 ? AbiCli.Clean : AbiCli.Findings;
        }));
        return command;
    }
}
