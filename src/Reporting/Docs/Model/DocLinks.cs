namespace AbiTool.Reporting.Docs.Model;

/// <summary>
/// Where a mention links to in a multi-page format whose pages sit side by side and end in
/// <paramref name="extension"/> (".md", ".html").
/// </summary>
public sealed class DocLinks(string extension)
{
    public string Extension => extension;

    public string? Href(Mention mention) => mention.Kind switch
    {
        MentionKind.What => Entry(mention.Entry!, mention.Label!),
        MentionKind.AbiFile => File(mention.File!),
        MentionKind.KernelDoc => $"https://docs.kernel.org/{mention.Target}.html",
        _ => null,
    };

    public string File(DocFile file) => file.Page + extension;

    public string Entry(DocEntry entry, string label) => $"{entry.File.Page}{extension}#{label}";

    public string Level(DocLevel level) => $"level-{level.Name}{extension}";
}
