using AbiTool.Patches;
using AbiTool.Patches.Mail;
using AbiTool.Sources;

namespace AbiTool.Cli.Input;

/// <summary>
/// Where <c>abi lint-patch</c> reads patch files: mbox, one email, a plain diff, or standard input (<c>-</c>). Messages
/// stream one at a time from each. A git range is read by <see cref="Patches.GitSeries"/>.
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
}
