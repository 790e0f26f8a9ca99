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
    }
}
