using AbiTool.Reporting.Docs.Html;
using AbiTool.Reporting.Docs.Markdown;
using AbiTool.Reporting.Docs.Model;
using AbiTool.Reporting.Docs.Rest;

namespace AbiTool.Reporting.Docs;

/// <summary>Writes a tree's documentation in one format into a folder.</summary>
public static class DocsGenerator
{
    public static DocsFormat ParseFormat(string name) => name switch
    {
        "html" => DocsFormat.Html,
        "md" or "markdown" => DocsFormat.Markdown,
        "rst" or "rest" => DocsFormat.Rest,
        _ => throw new ArgumentException($"unknown docs format '{name}' (html, md, rst)"),
    };

    /// <returns>How many files were written.</returns>
    public static int Write(DocSite site, DocsFormat format, string outDir, DocsOptions options)
    {
        if (File.Exists(outDir)) throw new IOException($"{outDir}: is a file; --out needs a folder");
        var pages = new PageSink(outDir);
        switch (format)
        {
            case DocsFormat.Html:
                new HtmlSiteWriter(site, options).Write(pages);
                break;
            case DocsFormat.Markdown:
                new MarkdownSiteWriter(site, options).Write(pages);
                break;
            default:
                new RestPagesWriter(site, options).Write(pages);
                break;
        }
        return pages.Count;
    }
}

/// <summary>Where pages go: files below one folder, and nowhere else.</summary>
public sealed class PageSink(string root)
{
    public int Count { get; private set; }

    public string Root => root;

    public void Write(string relative, string text)
    {
        var path = Path.GetFullPath(Path.Join(root, relative));
        if (!path.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal)) throw new IOException($"{relative}: outside the output folder");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        Count++;
    }
}
