using System.Text;
using AbiTool.Reporting.Docs.Model;

namespace AbiTool.Reporting.Docs.Html;

/// <summary>The "what changed" page body: counts, then one list per kind of change, linked to the entries.</summary>
internal static class ChangesHtml
{
    public static string Body(DocSite site, ChangesPage changes, DocLinks links)
    {
        var html = new StringBuilder();
        var groups = ChangeList.Of(site, changes.Diff).ToList();
        html.Append("<nav class=\"crumbs\"><a href=\"index.html\">Index</a> › what changed</nav>");
        html.Append("<h1>What changed since <code>").Append(Html.Text(changes.Since)).Append("</code></h1><p class=\"lede\">");
        html.Append(string.Join(" · ", groups.Select(g => $"{g.Rows.Count} {ChangeList.Title(g.Kind).ToLowerInvariant()}")));
        html.Append(groups.Count == 0 ? "No interface changed." : "").Append(" · ").Append(changes.Diff.Unchanged).Append(" unchanged</p>");
        foreach (var (kind, rows) in groups)
        {
            html.Append("<section class=\"card changes\" id=\"").Append(kind.ToString().ToLowerInvariant()).Append("\"><h2>")
                .Append(ChangeList.Title(kind)).Append(" <span class=\"count\">").Append(rows.Count).Append("</span></h2><ul class=\"whats\">");
            foreach (var row in rows)
            {
                html.Append("<li>");
                if (row.Entry is not null)
                    html.Append("<a href=\"").Append(Html.Attr(links.Entry(row.Entry, row.Label!))).Append("\"><code>").Append(Html.Text(row.Change.What)).Append("</code></a>");
                else html.Append("<code>").Append(Html.Text(row.Change.What)).Append("</code>");
                html.Append(" <span class=\"count\">").Append(Html.Text(row.Summary)).Append("</span></li>");
            }
            html.Append("</ul></section>");
        }
        return html.ToString();
    }
}
