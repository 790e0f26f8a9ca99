using System.Collections.Immutable;
using AbiTool.Model;

namespace AbiTool.Reporting.Docs.Model;

/// <summary>One ABI file of the page model.</summary>
/// <param name="Path">The file below the ABI root with its level folder (<c>testing/sysfs-bus-dax</c>).</param>
/// <param name="Label">Its anchor (<c>abi_file_testing_sysfs_bus_dax</c>), as the kernel's pages name it.</param>
/// <param name="Page">The page name every multi-page format uses for it (<c>testing__sysfs-bus-dax</c>).</param>
public sealed record DocFile(AbiFile Source, string Path, string Label, string Page, AbiLevel Level, ImmutableArray<DocEntry> Entries)
{
    public string Name => Source.Name;

    /// <summary>The text before the first entry, as lines with their source line.</summary>
    public DescriptionText PreambleText => preambleText ??= DescriptionLines.Preamble(Source);

    /// <summary>The text before the first entry, as blocks.</summary>
    public ImmutableArray<Text.Block> Preamble => preamble ??= PreambleText.Lines.Length == 0 ? [] : Text.DescriptionParser.Parse(PreambleText.Text);

    private DescriptionText? preambleText;
    private ImmutableArray<Text.Block>? preamble;
}
