using System.Text.RegularExpressions;
using AbiTool.Reporting.Docs;

namespace AbiTool.Tests.Docs;

/// <summary>Every local link of the HTML site goes to a page that exists and, with a fragment, to an id on it.</summary>
public partial class SiteLinksTests
{
    [SkippableFact]
    public void EveryLocalHrefOfThe612SiteResolves()
    {
        var dir = TestPaths.Corpus("linux-6.12");
        using var output = new TempTree();
        var written = DocsGenerator.Write(DocsFixture.RealSite(dir), DocsFormat.Html, output.Root, new DocsOptions("linux-6.12 ABI"));
        Assert.True(written > 600, $"{written} files");
        var (checkedLinks, dangling) = Check(output.Root);
        Assert.True(checkedLinks > 10_000, $"only {checkedLinks} local links");
        Assert.True(dangling.Count == 0, $"{dangling.Count} dangling links, e.g.:\n{string.Join('\n', dangling.Take(20))}");
    }

    [Fact]
    public void FixtureSiteLinksResolveAndCrossLinksArePresent()
    {
        using var output = new TempTree();
        DocsGenerator.Write(DocsFixture.Site(), DocsFormat.Html, output.Root, DocsFixture.Options);
        var (checkedLinks, dangling) = Check(output.Root);
        Assert.Empty(dangling);
        Assert.True(checkedLinks > 20);
        var bus = File.ReadAllText(Path.Join(output.Root, "testing__sysfs-bus-widget.html"));
        // A concrete path in a Description links to the What whose pattern matches it, on another page.
        Assert.Contains("href=\"stable__sysfs-class-widget.html#abi_sys_class_widget_widgetn_speed\"", bus);
        Assert.Contains("href=\"stable__sysfs-class-widget.html\"", bus);
        var obsolete = File.ReadAllText(Path.Join(output.Root, "obsolete__sysfs-class-widget-turbo.html"));
        Assert.Contains("class=\"banner lvl-obsolete\"", obsolete);
        Assert.Contains("entry lvl-obsolete withdrawn", obsolete);
    }

    /// <summary>A link to a missing page or id is reported with the page it is on.</summary>
    [Fact]
    public void CheckerFindsADanglingAnchor()
    {
        using var site = new TempTree();
        site.Write("a.html", "<a href=\"b.html#there\">x</a><a href=\"b.html#nowhere\">y</a><a href=\"c.html\">z</a><a href=\"https://example.org/\">w</a>");
        site.Write("b.html", "<p id=\"there\"></p>");
        var (checkedLinks, dangling) = Check(site.Root);
        Assert.Equal(3, checkedLinks);
        Assert.Equal(["a.html -> b.html#nowhere", "a.html -> c.html"], dangling.Order(StringComparer.Ordinal));
    }

    internal static (int Checked, List<string> Dangling) Check(string root)
    {
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var pages = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories).ToList();
        foreach (var page in pages) ids[Path.GetFullPath(page)] = [.. Id().Matches(File.ReadAllText(page)).Select(m => m.Groups[1].Value)];
        var dangling = new List<string>();
        var count = 0;
        foreach (var page in pages)
        {
            foreach (Match match in Href().Matches(File.ReadAllText(page)))
            {
                var href = System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
                if (href.Contains("://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                count++;
                var hash = href.IndexOf('#');
                var file = hash < 0 ? href : href[..hash];
                var fragment = hash < 0 ? null : Uri.UnescapeDataString(href[(hash + 1)..]);
                var query = file.IndexOf('?');
                if (query >= 0) file = file[..query];
                var target = file.Length == 0 ? Path.GetFullPath(page) : Path.GetFullPath(Path.Join(Path.GetDirectoryName(page), Uri.UnescapeDataString(file)));
                var name = Path.GetRelativePath(root, page);
                if (!File.Exists(target)) dangling.Add($"{name} -> {href}");
                else if (fragment is not null && (!ids.TryGetValue(target, out var known) || !known.Contains(fragment))) dangling.Add($"{name} -> {href}");
            }
        }
        return (count, dangling);
    }

    [GeneratedRegex("\\shref=\"([^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex("\\sid=\"([^\"]*)\"")]
    private static partial Regex Id();
}
