using AbiTool.Reporting.Docs.Model;

namespace AbiTool.Reporting.Docs.Html;

/// <summary>The "what changed" page body.</summary>
internal static class ChangesHtml
{
    public static string Body(DocSite site, ChangesPage changes, DocLinks links) =>
        $"<h1>What changed since <code>{Html.Text(changes.Since)}</code></h1>";
}
