using System.CommandLine;
using AbiTool.Cli.Input;
using AbiTool.Reporting.Index;

namespace AbiTool.Cli.Commands;

/// <summary><c>abi index</c>: the compact index of an ABI tree that the Roslyn analyzer and generator read.</summary>
internal static class IndexCommand
{
    public static Command Create(CliIO io)
    {
        var dir = CommonOptions.Dir();
        var output = CommonOptions.Output();
        var command = new Command("index", "Write the compact index of an ABI tree for the C# analyzer and generator (AdditionalFiles)")
        {
            dir, output,
        };
        command.SetAction(result => io.Guard(() =>
        {
            var corpus = AbiTreeLocator.Load(result.GetValue(dir));
            io.WriteTo(result.GetValue(output), writer => AbiIndexWriter.Write(writer, corpus));
            return AbiCli.Clean;
        }));
        return command;
    }
}
