using System.Text;
using AbiTool.Reporting.Docs.Model;

namespace AbiTool.Reporting.Docs.Rest;

/// <summary>ReST pages for a Sphinx project: an index with a toctree, and one page per level holding its book.</summary>
public sealed class RestPagesWriter(DocSite site, DocsOptions options)
{
    public void Write(PageSink pages)
    {
        var index = new StringBuilder();
        var rule = new string('=', options.Title.Length);
        index.Append(rule).Append('\n').Append(RestText.Escape(options.Title)).Append('\n').Append(rule).Append("\n\n");
        index.Append(".. toctree::\n   :maxdepth: 2\n\n");
        foreach (var level in site.Levels) index.Append("   abi-").Append(level.Name).Append('\n');
        if (options.Changes is not null) index.Append("   abi-changes\n");
        pages.Write("index.rst", index.ToString());
        foreach (var level in site.Levels)
        {
            var page = new StringWriter();
            var title = $"ABI {level.Name} symbols";
            page.Write(RestText.Section(title, '='));
            if (DocLevel.IsWithdrawn(level.Level))
                page.Write($".. attention::\n\n   The interfaces on this page are {level.Name}: do not build anything new on them.\n\n");
            new RestBookWriter(site, new RestOptions(), level.Level).Write(page);
            pages.Write($"abi-{level.Name}.rst", page.ToString());
        }
        if (options.Changes is { } changes) pages.Write("abi-changes.rst", Changes(changes));
    }

    private string Changes(ChangesPage changes)
    {
        var rst = new StringBuilder();
        rst.Append(RestText.Section(RestText.Escape($"What changed since {changes.Since}"), '='));
        foreach (var (kind, rows) in ChangeList.Of(site, changes.Diff))
        {
            rst.Append(RestText.Section($"{ChangeList.Title(kind)} ({rows.Count})", '-'));
            foreach (var row in rows)
            {
                var what = RestText.Escape(row.Change.What);
                rst.Append("- ").Append(row.Label is null ? $"**{what}**" : $":ref:`{what} <{row.Label}>`")
                   .Append(": ").Append(RestText.Escape(row.Summary)).Append("\n\n");
            }
        }
        rst.Append(changes.Diff.Unchanged).Append(" interfaces unchanged.\n");
        return rst.ToString();
    }
}
