using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace AbiTool.Sources;

/// <summary>Runs <c>git</c> on a repository and turns every way it can fail into one-line <see cref="AbiInputException"/>s.</summary>
internal static class GitCommand
{
    public static ProcessStartInfo StartInfo(string repository, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo("git")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-C");
        info.ArgumentList.Add(repository);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        // Never wait for a password or an editor: this is a reader.
        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        info.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        return info;
    }

    public static Process Start(string repository, params string[] arguments)
    {
        try
        {
            return Process.Start(StartInfo(repository, arguments)) ?? throw new AbiInputException("git: could not be started");
        }
        catch (Win32Exception e)
        {
            throw new AbiInputException($"git: could not be run ({e.Message}); --git needs git on PATH", e);
        }
    }

    /// <summary>Runs git to the end and returns its standard output; a non-zero exit becomes an error naming the repository.</summary>
    public static byte[] Run(string repository, params string[] arguments)
    {
        using var process = Start(repository, arguments);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        if (process.ExitCode != 0) throw new AbiInputException($"{repository}: {FirstLine(error.Result, $"git {arguments[0]} failed")}");
        return output.ToArray();
    }

    public static string RunText(string repository, params string[] arguments) => Encoding.UTF8.GetString(Run(repository, arguments)).Trim();

    /// <summary>
    /// Runs git and hands its standard output to <paramref name="read"/> as a stream, yielding what that reads as it
    /// reads it (a long <c>format-patch</c> is never held whole); a non-zero exit becomes an error naming the repository.
    /// </summary>
    public static IEnumerable<T> Stream<T>(string repository, string[] arguments, Func<Stream, IEnumerable<T>> read)
    {
        using var process = Start(repository, arguments);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        foreach (var item in read(process.StandardOutput.BaseStream)) yield return item;
        process.WaitForExit();
        if (process.ExitCode != 0) throw new AbiInputException($"{repository}: {FirstLine(error.Result, $"git {arguments[0]} failed")}");
    }

    private static string FirstLine(string text, string fallback)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return string.IsNullOrEmpty(line) ? fallback : line.StartsWith("fatal: ", StringComparison.Ordinal) ? line[7..] : line;
    }
}
