using System.Text;
using System.Text.RegularExpressions;
using AbiTool.Reference.Model;
using AbiTool.Reference.Scenarios;
using AbiTool.Reference.View;
using static AbiTool.Tests.FixtureHelpers;

namespace AbiTool.Tests;

/// <summary>
/// The real daxctl drives the model: it runs against a rendered fixture under strace (in a private mount namespace),
/// every write it makes below /sys is replayed as a model write, the model is rendered again, and so on until
/// "reconfigure-device --mode=system-ram" and "online-memory" are done. A fixture cannot react to writes, so daxctl
/// gives up after each step; the next render shows it the state the kernel would have reached.
/// </summary>
public partial class DaxctlDrivesModelTests
{
    private const string Script =
        """mount --bind "$1/sys" /sys && mount --bind "$1/dev" /dev && trace="$2" && shift 2 && exec strace -f -qq -o "$trace" -e trace=openat,write daxctl "$@" """;

    [SkippableFact]
    public void ReconfigureToSystemRamAndOnlineTheMemory()
    {
        PrivateNamespace.SkipUnlessAvailable("daxctl", "strace");
        var system = ScenarioLoader.LoadShipped("hmem-devdax");
        var device = system.FindDevice("dax0.0")!;
        var replayed = new List<string>();
        using var temp = new TempTree();
        for (var round = 0; round < 6 && !Done(system, device); round++)
        {
            var fixture = Render(temp, system, $"round{round}");
            // libkmod asks /sys/module/<module>/initstate whether the drivers are loaded: the fixture renders it.
            var trace = Path.Join(temp.Root, $"trace{round}");
            string[] command = device.Driver?.Name == DaxDriver.Kmem ? ["online-memory", "dax0.0"] : ["reconfigure-device", "dax0.0", "--mode=system-ram", "-f"];
            var error = Run(fixture, trace, command);
            Skip.If(!File.Exists(trace) && error.Contains("unshare", StringComparison.Ordinal), $"no mount namespace here: {error.Trim()}");
            var writes = Writes(File.ReadAllText(trace));
            Assert.True(writes.Count > 0, $"daxctl {string.Join(' ', command)} wrote nothing: {error}");
            foreach (var (path, value) in writes)
            {
                var result = AttributeWriter.Write(system, path, value);
                replayed.Add($"{path} <- {value.TrimEnd('\0')}: {result}");
            }
        }
        Assert.True(Done(system, device), "daxctl did not get the device to system-ram with its memory online:\n" + string.Join('\n', replayed));
        // The sequence the issue describes: remove_id and unbind on device_dax, new_id and bind on kmem, then the blocks.
        var order = replayed.Select(r => r[..r.IndexOf(" <- ", StringComparison.Ordinal)].Split('/')[^1]).Distinct().ToList();
        Assert.Equal(["remove_id", "unbind", "new_id", "bind", "state"], order);
        Assert.Equal(32, replayed.Count(r => r.Contains("/state <- online_movable: ok", StringComparison.Ordinal)));

        var final = Render(temp, system, "final");
        var findings = Check(final);
        Assert.True(findings.Count == 0, Show(findings));
    }

    private static bool Done(DaxSystem system, DaxDevice device) =>
        device.Driver?.Name == DaxDriver.Kmem && system.BlocksOf(device).All(b => system.Blocks[b].Online);

    private static string Run(string fixture, string trace, string[] daxctlArgs)
    {
        var (_, output, error) = PrivateNamespace.Run(Script, [fixture, trace, .. daxctlArgs]);
        return output + error;
    }

    /// <summary>The writes below /sys in a strace log: which path each descriptor was opened for writing on, and what was written.</summary>
    private static List<(string Path, string Value)> Writes(string log)
    {
        var open = new Dictionary<string, string>();
        var writes = new List<(string, string)>();
        foreach (var line in log.Split('\n'))
        {
            if (OpenLine().Match(line) is { Success: true } o && o.Groups["flags"].Value.Contains("O_WRONLY", StringComparison.Ordinal))
                open[$"{o.Groups["pid"].Value}:{o.Groups["fd"].Value}"] = Unescape(o.Groups["path"].Value);
            else if (WriteLine().Match(line) is { Success: true } w && open.TryGetValue($"{w.Groups["pid"].Value}:{w.Groups["fd"].Value}", out var path) &&
                     path.StartsWith("/sys/", StringComparison.Ordinal))
                writes.Add((path, Unescape(w.Groups["data"].Value)));
        }
        return writes;
    }

    private static string Unescape(string text)
    {
        var result = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 == text.Length)
            {
                result.Append(text[i]);
                continue;
            }
            var c = text[++i];
            result.Append(c switch { '0' => '\0', 'n' => '\n', 't' => '\t', _ => c });
        }
        return result.ToString();
    }

    [GeneratedRegex("""^(?<pid>\d+) +openat\(AT_FDCWD, "(?<path>(?:[^"\\]|\\.)*)", (?<flags>[A-Z_|]+)\)\s+=\s+(?<fd>\d+)""")]
    private static partial Regex OpenLine();

    [GeneratedRegex("""^(?<pid>\d+) +write\((?<fd>\d+), "(?<data>(?:[^"\\]|\\.)*)", \d+\)\s+=\s+\d+""")]
    private static partial Regex WriteLine();
}
