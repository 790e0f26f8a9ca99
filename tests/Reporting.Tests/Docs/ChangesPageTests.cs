using AbiTool.Migration;
using AbiTool.Reporting.Docs;
using AbiTool.Sources;

namespace AbiTool.Tests.Docs;

/// <summary>The "what changed" page (--since) in every format, from the diff model, linked to the entries.</summary>
public class ChangesPageTests
{
    private const string Old =
        "What:\t\t/sys/class/widget/widgetN/speed\nDate:\t\tMarch 2024\nKernelVersion:\t6.9\nContact:\twidget-devel@example.org\nDescription:\n\t\tHow fast it turns.\n\n"
        + "What:\t\t/sys/class/widget/widgetN/weight\nDate:\t\tMarch 2024\nKernelVersion:\t6.9\nContact:\twidget-devel@example.org\nDescription:\n\t\tHow heavy the widget is, in grams; nobody ever read it.\n";

    private const string OldTurbo =
        "What:\t\t/sys/class/widget/widgetN/turbo\nDate:\t\tJanuary 2020\nKernelVersion:\t5.6\nContact:\twidget-devel@example.org\nUsers:\t\tnobody\nDescription:\n\t\tSwitched the widget to double speed. Use\n\t\t/sys/class/widget/widgetN/speed instead.\n";

    private static DocsOptions Options(TempTree old)
    {
        old.Write("stable/sysfs-class-widget", Old);
        old.Write("testing/sysfs-class-widget-turbo", OldTurbo);
        var diff = AbiDiff.Compare(AbiCorpusReader.ReadDirectory(old.Root), DocsFixture.Site().Corpus, DiffOptions.Default);
        return DocsFixture.Options with { Changes = new ChangesPage("widgets-1.0", diff) };
    }

    [Fact]
    public void HtmlChangesPageListsEachKindWithLinksThatResolve()
    {
        using var old = new TempTree();
        using var output = new TempTree();
        DocsGenerator.Write(DocsFixture.Site(), DocsFormat.Html, output.Root, Options(old));
        var page = File.ReadAllText(Path.Join(output.Root, "changes.html"));
        Assert.Contains("What changed since <code>widgets-1.0</code>", page);
        Assert.Contains("id=\"added\"", page);
        Assert.Contains("href=\"stable__sysfs-class-widget.html#abi_sys_class_widget_widgetn_label\"", page);
        Assert.Contains("moved from testing to obsolete", page);
        // A removed interface has nothing left to link to.
        Assert.Contains("<li><code>/sys/class/widget/widgetN/weight</code> <span class=\"count\">removed from stable</span></li>", page);
        Assert.Contains("href=\"changes.html\"", File.ReadAllText(Path.Join(output.Root, "index.html")));
        var (_, dangling) = SiteLinksTests.Check(output.Root);
        Assert.Empty(dangling);
    }

    [Fact]
    public void MarkdownAndRestChangesPages()
    {
        using var old = new TempTree();
        var options = Options(old);
        using var md = new TempTree();
        DocsGenerator.Write(DocsFixture.Site(), DocsFormat.Markdown, md.Root, options);
        var markdown = File.ReadAllText(Path.Join(md.Root, "changes.md"));
        Assert.Contains("[`/sys/class/widget/widgetN/label`](stable__sysfs-class-widget.md#abi_sys_class_widget_widgetn_label): added in stable", markdown);
        Assert.Contains("- `/sys/class/widget/widgetN/weight`: removed from stable", markdown);
        using var rst = new TempTree();
        DocsGenerator.Write(DocsFixture.Site(), DocsFormat.Rest, rst.Root, options);
        Assert.Contains("   abi-changes\n", File.ReadAllText(Path.Join(rst.Root, "index.rst")));
        Assert.Contains(":ref:`/sys/class/widget/widgetN/turbo <abi_sys_class_widget_widgetn_turbo>`: moved from testing to obsolete",
            File.ReadAllText(Path.Join(rst.Root, "abi-changes.rst")));
    }
}
