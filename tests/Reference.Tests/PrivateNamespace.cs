using System.Diagnostics;

namespace AbiTool.Tests;

/// <summary>
/// Runs a shell script under <c>unshare -m --propagation private</c>: the script's bind mounts exist only in that
/// namespace and vanish with it, so nothing is ever mounted in the host's.
/// </summary>
internal static class PrivateNamespace
{
    public static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':').Select(d => Path.Join(d, tool)).FirstOrDefault(File.Exists);

    /// <summary>Skips the test, with the reason, where the tools or the rights are missing.</summary>
    public static void SkipUnlessAvailable(params string[] tools)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "needs Linux");
        Skip.IfNot(Environment.IsPrivilegedProcess, "needs root (bind mounts in a private mount namespace)");
        foreach (var tool in tools.Prepend("unshare")) Skip.If(Find(tool) is null, $"{tool} is not installed");
    }

    /// <summary>Exit code, standard output and standard error of <c>sh -c SCRIPT sh ARGS…</c> in a private mount namespace.</summary>
    public static (int Exit, string Out, string Error) Run(string script, params string[] args)
    {
        var start = new ProcessStartInfo(Find("unshare")!, ["-m", "--propagation", "private", "sh", "-c", script, "sh", .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the namespaced command did not finish within a minute");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
