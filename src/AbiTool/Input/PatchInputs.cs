using System.Diagnostics;
using AbiTool.Patches.Mail;
using AbiTool.Sources;

namespace AbiTool.Cli.Input;

/// <summary>
/// Where <c>abi lint-patch</c> reads patches: files (mbox, one email, a plain diff), standard input (<c>-</c>), or the
/// commits of a git range, through <c>git format-patch --stdout</c>. Messages stream one at a time from each.
/// </summary>
internal static class PatchInputs
{
    public static IEnumerable<PatchMail> FromFiles(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                using var input = Console.OpenStandardInput();
                foreach (var mail in MailReader.Read(input, "(stdin)")) yield return mail;
                continue;
            }
            if (Directory.Exists(path)) throw new AbiInputException($"{path}: is a directory; give the patch files (e.g. {path}/*.patch)");
            if (!File.Exists(path)) throw new AbiInputException($"{path}: no such file");
            using var stream = File.OpenRead(path);
            foreach (var mail in MailReader.Read(stream, path)) yield return mail;
        }
    }

    /// <summary>The commits of <paramref name="range"/> in <paramref name="repository"/> as the mbox git format-patch writes.</summary>
    public static IEnumerable<PatchMail> FromGit(string repository, string range)
    {
        if (!Directory.Exists(repository)) throw new AbiInputException($"{repository}: no such directory");
        if (range.StartsWith('-')) throw new AbiInputException($"{range}: not a revision range");
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-C", repository, "format-patch", "--stdout", "--no-color", "--no-signature", range, "--"])
            start.ArgumentList.Add(argument);
        using var process = Start(start);
        var errors = process.StandardError.ReadToEndAsync();
        foreach (var mail in MailReader.Read(process.StandardOutput.BaseStream, $"{repository} {range}")) yield return mail;
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new AbiInputException($"git format-patch {range} in {repository} failed: {errors.Result.Split('\n')[0].Trim()}");
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new AbiInputException("git: could not be started");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new AbiInputException($"git: could not be started ({e.Message}); --git needs git on PATH");
        }
    }
}
