using System.CommandLine;
using AbiTool.Cli.Input;
using AbiTool.Migration;
using AbiTool.Reporting.Docs;
using AbiTool.Reporting.Docs.Model;
using AbiTool.Sources;

namespace AbiTool.Cli.Commands;

/// <summary><c>abi docs</c>: the documentation of a tree as ReST pages, Markdown pages or a static HTML site.</summary>
internal static class DocsCommand
{
    public static Command Create(CliIO io)
    {
        var dir = CommonOptions.Dir();
        var format = CommonOptions.Format("html", "md", "rst");
        var output = new Option<string>("--out")
        {
            Description = "Folder to write the pages to (created; files the docs write are replaced, nothing else is touched)",
            HelpName = "DIR",
            Required = true,
        };
        var title = new Option<string?>("--title") { Description = "Title of the site (default: the tree's name)", HelpName = "TEXT" };
        var since = new Option<string?>("--since")
        {
            Description = "An older ABI tree: add a \"what changed\" page (added, moved, renamed, changed, removed interfaces)",
            HelpName = "OLD_DIR",
        };
        var command = new Command("docs", "Write the tree's documentation: ReST, Markdown or a static HTML site with search")
        {
            dir, format, output, title, since,
        };
        command.SetAction(result => io.Guard(() =>
        {
            var corpus = AbiTreeLocator.Load(result.GetValue(dir));
            var site = DocSite.Build(corpus);
            var old = result.GetValue(since);
            var changes = old is null ? null
                : new ChangesPage(DocsOptions.TitleOf(old), AbiDiff.Compare(AbiCorpusReader.ReadDirectory(old), corpus, DiffOptions.Default));
            var options = new DocsOptions(result.GetValue(title) ?? DocsOptions.TitleOf(corpus.Root), changes);
            var written = DocsGenerator.Write(site, DocsGenerator.ParseFormat(result.GetValue(format)!), result.GetValue(output)!, options);
            io.Out.WriteLine($"{written} files written to {result.GetValue(output)}");
            return AbiCli.Clean;
        }));
        return command;
    }
}
