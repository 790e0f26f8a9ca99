using System.Net;

namespace AbiTool.Reporting.Docs.Html;

/// <summary>HTML text and attribute encoding.</summary>
internal static class Html
{
    public static string Text(string text) => WebUtility.HtmlEncode(text);

    public static string Attr(string text) => WebUtility.HtmlEncode(text);
}
