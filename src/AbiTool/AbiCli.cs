using System.CommandLine;
using AbiTool.Cli.Commands;
using AbiTool.Sources;

namespace AbiTool.Cli;

/// <summary>
/// The <c>abi</c> command line. Exit codes: 0 clean, 1 findings (or nothing found), 2 usage or input error with a
/// one-line message on standard error.
/// </summary>
public static class AbiCli
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var io = new CliIO(stdout, stderr);
        var root = new RootCommand("abi: checks the Linux kernel's ABI documentation (Documentation/ABI).");
        foreach (var command in CommandsFor(args, io)) root.Subcommands.Add(command);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            stderr.WriteLine($"abi: {string.Join("; ", parsed.Errors.Select(e => CliIO.OneLine(e.Message)))} (see 'abi --help')");
            return UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    /// <summary>Every command, by name; each is built only when asked for.</summary>
    internal static readonly (string Name, Func<CliIO, Command> Create)[] Commands =
    [
        ("validate", ValidateCommand.Create),
        ("search", SearchCommand.Create),
        ("stats", StatsCommand.Create),
        ("undefined", UndefinedCommand.Create),
        ("why", WhyCommand.Create),
        ("check", CheckCommand.Create),
        ("diff", DiffCommand.Create),
        ("fixture", FixtureCommand.Create),
        ("lint-patch", LintPatchCommand.Create),
        ("rest", RestCommand.Create),
        ("docs", DocsCommand.Create),
        ("index", IndexCommand.Create),
        ("scan-cs", ScanCsCommand.Create),
        ("surface", SurfaceCommand.Create),
    ];

    /// <summary>
    /// The commands a run needs: building all fourteen (their options, validators, help text) is most of the start-up of
    /// a short run, so a run that names a command gets only that one, and <c>--version</c> none. Anything else (help,
    /// no command, a misspelled one) gets all of them, for the help text and the suggestions.
    /// </summary>
    private static IEnumerable<Command> CommandsFor(string[] args, CliIO io)
    {
        if (args is ["--version"]) return [];
        foreach (var (name, create) in Commands)
        {
            if (args.Length > 0 && args[0] == name) return [create(io)];
        }
        return Commands.Select(c => c.Create(io));
    }
}

/// <summary>Where a command writes; tests pass their own writers.</summary>
public sealed record CliIO(TextWriter Out, TextWriter Error)
{
    /// <summary>
    /// Runs a command body, turning every failure the user can cause into one line on standard error and exit code 2.
    /// Anything else is a bug, still reported on one line (no stack trace) with the same exit code.
    /// </summary>
    public int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is AbiInputException or FormatException or IOException or UnauthorizedAccessException
                                      or ArgumentException)
        {
            Error.WriteLine($"abi: {OneLine(e.Message)}");
            return AbiCli.UsageError;
        }
        catch (Exception e)
        {
            Error.WriteLine($"abi: internal error: {OneLine(e.Message)} ({e.GetType().Name}); please report it");
            return AbiCli.UsageError;
        }
    }

    /// <summary>Messages from libraries may span lines; the user gets one.</summary>
    internal static string OneLine(string message) =>
        string.Join(' ', message.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Runs <paramref name="write"/> against the file named by --output, or standard output.</summary>
    public void WriteTo(string? path, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(Out);
            return;
        }
        using var file = new StreamWriter(path);
        write(file);
    }
}
