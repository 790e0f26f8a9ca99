using System.Collections.Immutable;
using AbiTool.Reporting.Docs.Markdown;
using AbiTool.Reporting.Docs.Model;
using AbiTool.Reporting.Docs.Text;
using Markdig;

namespace AbiTool.Reporting.Docs.Html;

/// <summary>
/// Description blocks as HTML: written as Markdown (the one place that decides how each block looks) and rendered by
/// Markdig with its advanced extensions. Raw HTML is off: ABI text is shown, never run.
/// </summary>
public sealed class HtmlDescription(CrossLinks links)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    private readonly MarkdownBlockWriter markdown = new(links, new DocLinks(".html"));

    public string Render(ImmutableArray<Block> blocks) => Markdig.Markdown.ToHtml(markdown.Write(blocks), Pipeline);
}
