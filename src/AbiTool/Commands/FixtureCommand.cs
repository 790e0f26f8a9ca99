using System.CommandLine;
using AbiTool.Reference.Rendering;
using AbiTool.Reference.Scenarios;

namespace AbiTool.Cli.Commands;

/// <summary><c>abi fixture dax</c>: renders a device-dax scenario of the reference model as a sysfs-shaped tree.</summary>
internal static class FixtureCommand
{
    public const string DefaultScenario = "default";

    public static Command Create(CliIO io)
    {
        var scenario = new Option<string?>("--scenario")
        {
            Description = $"Scenario file (JSON), or the name of a shipped one ({string.Join(", ", ScenarioLoader.Shipped())}; default {DefaultScenario})",
            HelpName = "FILE",
        };
        var output = new Option<string>("--out") { Description = "Empty or new folder to write DIR/sys, DIR/dev and DIR/dev.manifest into", HelpName = "DIR", Required = true };
        var dax = new Command("dax", "Render the device-dax reference model as DIR/sys/… with the kernel's modes, values and links") { scenario, output };
        dax.SetAction(result => io.Guard(() =>
        {
            var system = Load(result.GetValue(scenario));
            var outDir = result.GetValue(output)!;
            var rendered = FixtureRenderer.Render(system, outDir);
            io.Out.WriteLine($"{outDir}: {rendered.Files} files, {rendered.Links} links, {rendered.CharDevices} character devices " +
                             $"(check with: abi check --sysfs {Path.Join(outDir, "sys")} --values)");
            return AbiCli.Clean;
        }));
        return new Command("fixture", "Write fixture trees from reference models") { dax };
    }

    private static Reference.Model.DaxSystem Load(string? scenario)
    {
        if (scenario is null) return ScenarioLoader.LoadShipped(DefaultScenario);
        if (!File.Exists(scenario) && ScenarioLoader.Shipped().Contains(scenario)) return ScenarioLoader.LoadShipped(scenario);
        return ScenarioLoader.LoadFile(scenario);
    }
}
