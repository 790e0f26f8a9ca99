using System.Diagnostics;

namespace AbiTool.Tests;

/// <summary>A git repository made by a test, with a configuration of its own so it works on a clean machine.</summary>
public static class GitRepo
{
    public static bool Available { get; } = Probe();

    /// <summary>Runs git in <paramref name="repository"/> and fails the test with git's message when it fails.</summary>
    public static void Run(string repository, params string[] args)
    {
        var info = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repository };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        info.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        info.Environment["GIT_AUTHOR_NAME"] = info.Environment["GIT_COMMITTER_NAME"] = "AbiTool Test";
        info.Environment["GIT_AUTHOR_EMAIL"] = info.Environment["GIT_COMMITTER_EMAIL"] = "test@example.org";
        info.Environment["GIT_AUTHOR_DATE"] = info.Environment["GIT_COMMITTER_DATE"] = "2024-01-01T00:00:00Z";
        using var git = Process.Start(info)!;
        var error = git.StandardError.ReadToEndAsync();
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)}: {error.Result}");
    }

    /// <summary>Stages everything and commits it.</summary>
    public static void Commit(string repository, string message)
    {
        Run(repository, "add", "-A");
        Run(repository, "commit", "-q", "-m", message);
    }

    private static bool Probe()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "--version") { RedirectStandardOutput = true })!;
            git.WaitForExit();
            return git.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
