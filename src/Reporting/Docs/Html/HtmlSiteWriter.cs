using System.Text;
using AbiTool.Reporting.Docs.Model;

namespace AbiTool.Reporting.Docs.Html;

/// <summary>
/// A static site that needs no server and nothing from the network: <c>index.html</c> (search, level filter, the files
/// of each level), <c>level-NAME.html</c> (every What of a level), one page per ABI file, and <c>assets/</c> (style,
/// script, search index).
/// </summary>
public sealed class HtmlSiteWriter(DocSite site, DocsOptions options)
{
    private readonly DocLinks links = new(".html");
    private readonly HtmlDescription descriptions = new(site.Links);

    public void Write(PageSink pages)
    {
        pages.Write("assets/style.css", Asset("style.css"));
        pages.Write("assets/app.js", Asset("app.js"));
        pages.Write("assets/search-index.js", SearchIndexWriter.Write(site));
        pages.Write("index.html", Index());
        foreach (var level in site.Levels) pages.Write(links.Level(level), Level(level));
        foreach (var file in site.Files) pages.Write(links.File(file), File(file));
        if (options.Changes is { } changes) pages.Write("changes.html", Page("What changed", ChangesHtml.Body(site, changes, links), "changes"));
    }

    private string Index()
    {
        var body = new StringBuilder();
        body.Append("<section class=\"hero\"><h1>").Append(Html.Text(options.Title)).Append("</h1>");
        body.Append("<p class=\"lede\">").Append(site.Entries.Length).Append(" entries documenting ")
            .Append(site.Entries.Sum(e => e.Whats.Length)).Append(" interfaces in ").Append(site.Files.Length).Append(" files.");
        if (options.Changes is { } changes)
            body.Append(" <a href=\"changes.html\">What changed since ").Append(Html.Text(changes.Since)).Append("</a>");
        body.Append("</p>");
        body.Append("<form class=\"search\" role=\"search\" onsubmit=\"return false\"><input id=\"q\" type=\"search\" autocomplete=\"off\" ")
            .Append("placeholder=\"Search What strings and descriptions, e.g. target_node\" aria-label=\"Search\"></form>");
        body.Append("<fieldset class=\"levels\"><legend>Levels</legend>");
        foreach (var level in site.Levels)
            body.Append("<label class=\"chip lvl-").Append(level.Name).Append("\"><input type=\"checkbox\" name=\"level\" value=\"").Append(level.Name)
                .Append("\" checked> ").Append(level.Name).Append(" <span class=\"count\">").Append(level.EntryCount).Append("</span></label>");
        body.Append("</fieldset></section>");
        body.Append("<section id=\"results\" class=\"results\" hidden><h2 id=\"results-title\">Results</h2><ol id=\"result-list\"></ol></section>");
        body.Append("<section id=\"browse\">");
        foreach (var level in site.Levels)
        {
            body.Append("<section class=\"level-group\" data-level=\"").Append(level.Name).Append("\" id=\"level-").Append(level.Name).Append("\">");
            body.Append("<h2><a href=\"").Append(links.Level(level)).Append("\">").Append(level.Name).Append("</a> <span class=\"count\">")
                .Append(level.Files.Length).Append(" files · ").Append(level.EntryCount).Append(" entries</span></h2>");
            if (DocLevel.IsWithdrawn(level.Level)) body.Append(Withdrawn(level.Name));
            body.Append("<ul class=\"files\">");
            foreach (var file in level.Files)
                body.Append("<li><a href=\"").Append(links.File(file)).Append("\">").Append(Html.Text(file.Name)).Append("</a> <span class=\"count\">")
                    .Append(file.Entries.Length).Append("</span></li>");
            body.Append("</ul></section>");
        }
        body.Append("</section>");
        return Page(options.Title, body.ToString(), "index", search: true);
    }

    private string Level(DocLevel level)
    {
        var body = new StringBuilder();
        body.Append("<nav class=\"crumbs\"><a href=\"index.html\">Index</a> › ").Append(level.Name).Append("</nav>");
        body.Append("<h1>ABI ").Append(level.Name).Append(" symbols <span class=\"badge lvl-").Append(level.Name).Append("\">")
            .Append(level.EntryCount).Append(" entries</span></h1>");
        if (DocLevel.IsWithdrawn(level.Level)) body.Append(Withdrawn(level.Name));
        foreach (var file in level.Files)
        {
            body.Append("<section class=\"card\"><h2><a href=\"").Append(links.File(file)).Append("\">").Append(Html.Text(file.Path)).Append("</a></h2><ul class=\"whats\">");
            foreach (var entry in file.Entries)
            {
                for (var i = 0; i < entry.Whats.Length; i++)
                    body.Append("<li><a href=\"").Append(Html.Attr(links.Entry(entry, entry.Labels[i]))).Append("\"><code>").Append(Html.Text(entry.Whats[i].Text)).Append("</code></a></li>");
            }
            body.Append("</ul></section>");
        }
        return Page($"ABI {level.Name} symbols", body.ToString(), level.Name);
    }

    private string File(DocFile file)
    {
        var level = DocLevel.NameOf(file.Level);
        var body = new StringBuilder();
        body.Append("<nav class=\"crumbs\"><a href=\"index.html\">Index</a> › <a href=\"level-").Append(level).Append(".html\">").Append(level)
            .Append("</a> › ").Append(Html.Text(file.Name)).Append("</nav>");
        body.Append("<h1 id=\"").Append(file.Label).Append("\">").Append(Html.Text(file.Path)).Append(" <span class=\"badge lvl-").Append(level).Append("\">")
            .Append(level).Append("</span></h1>");
        if (DocLevel.IsWithdrawn(file.Level)) body.Append(Withdrawn(level));
        if (!file.Preamble.IsEmpty) body.Append("<div class=\"preamble desc\">").Append(descriptions.Render(file.Preamble)).Append("</div>");
        if (file.Entries.Length > 1)
        {
            body.Append("<details class=\"toc\"><summary>").Append(file.Entries.Length).Append(" entries</summary><ul>");
            foreach (var entry in file.Entries)
                body.Append("<li><a href=\"#").Append(entry.Label).Append("\"><code>").Append(Html.Text(entry.Whats[0].Text)).Append("</code></a></li>");
            body.Append("</ul></details>");
        }
        foreach (var entry in file.Entries) WriteEntry(body, entry, level);
        return Page(file.Path, body.ToString(), level);
    }

    private void WriteEntry(StringBuilder body, DocEntry entry, string level)
    {
        var withdrawn = DocLevel.IsWithdrawn(entry.Level) ? " withdrawn" : "";
        body.Append("<article class=\"entry lvl-").Append(level).Append(withdrawn).Append("\" id=\"").Append(entry.Label).Append("\"><header>");
        for (var i = 0; i < entry.Whats.Length; i++)
        {
            body.Append(i == 0 ? "<h2 class=\"what\">" : "<p class=\"what more\" id=\"" + entry.Labels[i] + "\">")
                .Append("<a class=\"anchor\" href=\"#").Append(entry.Labels[i]).Append("\" aria-label=\"Link to this What\">#</a><code>")
                .Append(Html.Text(entry.Whats[i].Text)).Append("</code>").Append(i == 0 ? "</h2>" : "</p>");
        }
        body.Append("</header><dl class=\"fields\"><dt>Level</dt><dd><span class=\"badge lvl-").Append(level).Append("\">").Append(level).Append("</span></dd>");
        foreach (var (name, value) in EntryFields.Of(entry))
            body.Append("<dt>").Append(name).Append("</dt><dd>").Append(Html.Text(value).ReplaceLineEndings("<br>")).Append("</dd>");
        body.Append("<dt>Source</dt><dd><code>").Append(Html.Text(entry.File.Path)).Append(':').Append(entry.Entry.Span.Line).Append("</code></dd></dl>");
        if (!entry.Blocks.IsEmpty) body.Append("<div class=\"desc\">").Append(descriptions.Render(entry.Blocks)).Append("</div>");
        body.Append("</article>");
    }

    private static string Withdrawn(string level) =>
        $"<p class=\"banner lvl-{level}\"><strong>{char.ToUpperInvariant(level[0])}{level[1..]}.</strong> These interfaces are withdrawn: do not build anything new on them.</p>";

    private string Page(string title, string body, string current, bool search = false)
    {
        var html = new StringBuilder(body.Length + 2048);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Html.Text(title == options.Title ? title : $"{title} · {options.Title}")).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"assets/style.css\"></head><body>");
        html.Append("<header class=\"top\"><a class=\"brand\" href=\"index.html\">").Append(Html.Text(options.Title)).Append("</a><nav>");
        foreach (var level in site.Levels)
            html.Append("<a class=\"").Append(level.Name == current ? "here" : "").Append("\" href=\"").Append(links.Level(level)).Append("\">").Append(level.Name).Append("</a>");
        if (options.Changes is not null) html.Append("<a class=\"").Append(current == "changes" ? "here" : "").Append("\" href=\"changes.html\">changes</a>");
        html.Append("</nav>");
        if (!search)
            html.Append("<form class=\"mini\" action=\"index.html\" method=\"get\" role=\"search\"><input name=\"q\" type=\"search\" placeholder=\"Search\" aria-label=\"Search\"></form>");
        html.Append("</header><main>").Append(body).Append("</main>");
        html.Append("<footer>Generated by <code>abi docs</code> from <code>").Append(Html.Text(site.Corpus.Root)).Append("</code></footer>");
        if (search) html.Append("<script src=\"assets/search-index.js\"></script><script src=\"assets/app.js\"></script>");
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static string Asset(string name)
    {
        using var stream = typeof(HtmlSiteWriter).Assembly.GetManifestResourceStream($"docs-assets/{name}")
                           ?? throw new InvalidOperationException($"asset {name} is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
