using System.CommandLine;
using AbiTool.Cli;

namespace AbiTool.Tests;

/// <summary>A run builds only the command it names: the table of names must match the commands it builds.</summary>
public class CommandSelectionTests
{
    [Fact]
    public void EveryTableNameIsTheNameOfTheCommandItBuilds()
    {
        var io = new CliIO(TextWriter.Null, TextWriter.Null);
        foreach (var (name, create) in AbiCli.Commands)
            Assert.Equal(name, create(io).Name);
    }

    [Fact]
    public void VersionNeedsNoCommand()
    {
        var (code, output, error) = CliTests.Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
        Assert.Equal("", error);
    }

    [Fact]
    public void HelpStillListsEveryCommand()
    {
        var (code, output, _) = CliTests.Run("--help");
        Assert.Equal(0, code);
        foreach (var (name, _) in AbiCli.Commands) Assert.Contains(name, output);
    }

    [Fact]
    public void AMisspelledCommandIsStillAOneLineError()
    {
        var result = CliTests.Run("valdate", "--dir", ".");
        CliTests.AssertOneLineError(result, "valdate");
    }

    [Fact]
    public void ANamedCommandHasItsOwnHelp()
    {
        var (code, output, _) = CliTests.Run("validate", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--baseline", output);
        Assert.DoesNotContain("lint-patch", output);
    }
}
