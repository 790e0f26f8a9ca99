namespace AbiTool.Reporting.Docs;

public enum DocsFormat
{
    Html,
    Markdown,
    Rest,
}
