using System.Text;
using AbiTool.Reporting.Docs.Model;

namespace AbiTool.Reporting.Docs.Markdown;

/// <summary>
/// Markdown pages side by side: <c>index.md</c> (levels and their files), <c>level-NAME.md</c> (every What of a level)
/// and one page per ABI file with its entries, each What with its anchor.
/// </summary>
public sealed class MarkdownSiteWriter(DocSite site, DocsOptions options)
{
    private readonly DocLinks links = new(".md");

    public void Write(PageSink pages)
    {
        pages.Write("index.md", Index());
        foreach (var level in site.Levels) pages.Write(links.Level(level), Level(level));
        foreach (var file in site.Files) pages.Write(links.File(file), File(file));
        if (options.Changes is { } changes) pages.Write("changes.md", Changes(changes));
    }

    private string Changes(ChangesPage changes)
    {
        var md = new StringBuilder();
        md.Append("# What changed since ").Append(MarkdownText.Code(changes.Since)).Append("\n\n[Index](index.md)\n\n");
        foreach (var (kind, rows) in ChangeList.Of(site, changes.Diff))
        {
            md.Append("## ").Append(ChangeList.Title(kind)).Append(" (").Append(rows.Count).Append(")\n\n");
            foreach (var row in rows)
            {
                md.Append("- ").Append(row.Entry is null ? MarkdownText.Code(row.Change.What)
                    : $"[{MarkdownText.Code(row.Change.What)}]({links.Entry(row.Entry, row.Label!)})");
                md.Append(": ").Append(MarkdownText.Escape(row.Summary)).Append('\n');
            }
            md.Append('\n');
        }
        md.Append(changes.Diff.Unchanged).Append(" interfaces unchanged.\n");
        return md.ToString();
    }

    private string Index()
    {
        var md = new StringBuilder();
        md.Append("# ").Append(MarkdownText.Escape(options.Title)).Append("\n\n");
        if (options.Changes is not null) md.Append("[What changed since ").Append(MarkdownText.Escape(options.Changes.Since)).Append("](changes.md)\n\n");
        md.Append("| Level | Files | Entries |\n| --- | ---: | ---: |\n");
        foreach (var level in site.Levels)
            md.Append("| [").Append(level.Name).Append("](").Append(links.Level(level)).Append(") | ").Append(level.Files.Length)
              .Append(" | ").Append(level.EntryCount).Append(" |\n");
        foreach (var level in site.Levels)
        {
            md.Append("\n## ").Append(level.Name).Append("\n\n");
            if (DocLevel.IsWithdrawn(level.Level)) md.Append(Withdrawn(level.Name)).Append("\n\n");
            foreach (var file in level.Files)
                md.Append("- [").Append(MarkdownText.Escape(file.Path)).Append("](").Append(links.File(file)).Append(") (")
                  .Append(file.Entries.Length).Append(file.Entries.Length == 1 ? " entry" : " entries").Append(")\n");
        }
        return md.ToString();
    }

    private string Level(DocLevel level)
    {
        var md = new StringBuilder();
        md.Append("# ABI ").Append(level.Name).Append(" symbols\n\n[Index](index.md)\n\n");
        if (DocLevel.IsWithdrawn(level.Level)) md.Append(Withdrawn(level.Name)).Append("\n\n");
        foreach (var file in level.Files)
        {
            md.Append("## [").Append(MarkdownText.Escape(file.Path)).Append("](").Append(links.File(file)).Append(")\n\n");
            foreach (var entry in file.Entries)
            {
                for (var i = 0; i < entry.Whats.Length; i++)
                    md.Append("- [").Append(MarkdownText.Code(entry.Whats[i].Text)).Append("](").Append(links.Entry(entry, entry.Labels[i])).Append(")\n");
            }
            md.Append('\n');
        }
        return md.ToString();
    }

    private string File(DocFile file)
    {
        var md = new StringBuilder();
        var blocks = new MarkdownBlockWriter(site.Links, links);
        md.Append("<a id=\"").Append(file.Label).Append("\"></a>\n\n");
        md.Append("# ").Append(MarkdownText.Escape(file.Path)).Append("\n\n");
        md.Append("[Index](index.md) › [").Append(DocLevel.NameOf(file.Level)).Append("](level-").Append(DocLevel.NameOf(file.Level)).Append(".md)\n\n");
        if (DocLevel.IsWithdrawn(file.Level)) md.Append(Withdrawn(DocLevel.NameOf(file.Level))).Append("\n\n");
        if (!file.Preamble.IsEmpty) md.Append(blocks.Write(file.Preamble)).Append('\n');
        foreach (var entry in file.Entries)
        {
            md.Append("<a id=\"").Append(entry.Label).Append("\"></a>\n\n");
            md.Append("## ").Append(MarkdownText.Code(entry.Whats[0].Text)).Append("\n\n");
            for (var i = 1; i < entry.Whats.Length; i++)
                md.Append("<a id=\"").Append(entry.Labels[i]).Append("\"></a>").Append(MarkdownText.Code(entry.Whats[i].Text)).Append("  \n");
            if (entry.Whats.Length > 1) md.Append('\n');
            md.Append("- **Level:** ").Append(DocLevel.NameOf(entry.Level)).Append(DocLevel.IsWithdrawn(entry.Level) ? " ⚠" : "").Append('\n');
            foreach (var (name, value) in EntryFields.Of(entry))
                md.Append("- **").Append(name).Append(":** ").Append(MarkdownText.Escape(value.ReplaceLineEndings(", "))).Append('\n');
            md.Append("- **Defined in:** ").Append(MarkdownText.Escape(file.Path)).Append(", line ").Append(entry.Entry.Span.Line).Append("\n\n");
            if (!entry.Blocks.IsEmpty) md.Append(blocks.Write(entry.Blocks)).Append('\n');
        }
        return md.ToString();
    }

    private static string Withdrawn(string level) =>
        $"> **{char.ToUpperInvariant(level[0])}{level[1..]}:** these interfaces are withdrawn; do not build anything new on them.";
}
