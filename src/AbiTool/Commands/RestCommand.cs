using System.CommandLine;
using AbiTool.Cli.Input;
using AbiTool.Model;
using AbiTool.Reporting.Docs.Model;
using AbiTool.Reporting.Docs.Rest;

namespace AbiTool.Cli.Commands;

/// <summary>
/// <c>abi rest</c>: the ReST book of a tree, a drop-in for <c>get_abi.pl rest</c> as the kernel's Sphinx extension
/// (kernel_abi.py) runs it: <c>rest --enable-lineno --dir DIR [--rst-source]</c>.
/// </summary>
internal static class RestCommand
{
    public static Command Create(CliIO io)
    {
        var dir = CommonOptions.Dir();
        var lineNumbers = new Option<bool>("--enable-lineno") { Description = "Write '.. LINENO FILE#LINE' markers for Sphinx's warnings" };
        var rstSource = new Option<bool>("--rst-source") { Description = "Descriptions are ReST: keep them as written (the default)" };
        var plainSource = new Option<bool>("--no-rst-source") { Description = "Descriptions are plain text: escape them, literal blocks for pre-formatted parts" };
        var command = new Command("rest", "Write the ReST book of the tree, as the kernel's get_abi.pl rest does")
        {
            dir, lineNumbers, rstSource, plainSource,
        };
        command.SetAction(result => io.Guard(() =>
        {
            var given = result.GetValue(dir);
            if (result.GetValue(rstSource) && result.GetValue(plainSource))
                throw new ArgumentException("--rst-source and --no-rst-source contradict each other");
            var corpus = AbiTreeLocator.Load(given);
            var root = given ?? corpus.Root;
            var levelOfRoot = AbiLevels.TryParse(Path.GetFileName(Path.TrimEndingDirectorySeparator(root)), out var level) ? level : AbiLevel.None;
            var site = DocSite.Build(corpus, levelOfRoot);
            var options = new RestOptions(result.GetValue(lineNumbers), Path.TrimEndingDirectorySeparator(root) + "/", !result.GetValue(plainSource));
            new RestBookWriter(site, options).Write(io.Out);
            return AbiCli.Clean;
        }));
        return command;
    }
}
