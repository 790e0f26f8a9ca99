using System.Text;
using AbiTool.Migration;
using AbiTool.Model;
using AbiTool.Sources;

namespace AbiTool.Tests.Migration;

/// <summary>Small ABI trees written in the test, and entries to fill them with.</summary>
internal static class Trees
{
    public static AbiCorpus Of(string root, params (string Path, string Text)[] files) =>
        AbiCorpusReader.Read(root, [.. files.Select(f =>
        {
            var bytes = Encoding.UTF8.GetBytes(f.Text);
            return new AbiSourceFile(f.Path, $"{root}/{f.Path}", bytes.Length, () => new MemoryStream(bytes));
        })]);

    public static string Entry(string what, string description = "The number of widgets the device holds.", string date = "March 2021") =>
        $"What:\t\t{what}\nDate:\t\t{date}\nKernelVersion:\t5.12\nContact:\tfoo@example.org\nDescription:\n\t\t{description}\n\n";

    public static DiffResult Diff(AbiCorpus old, AbiCorpus @new, DiffOptions? options = null) =>
        AbiDiff.Compare(old, @new, options ?? DiffOptions.Default);

    /// <summary>The codes of the broken rules, in order.</summary>
    public static string[] Codes(DiffResult diff) => [.. diff.Diagnostics.Select(d => d.Code)];
}
