using System.Collections.Immutable;
using AbiTool.Model;

namespace AbiTool.Reporting.Docs.Model;

/// <summary>
/// The page model every docs format renders: levels, files, entries with their anchors, and the index that turns
/// mentions of documented paths and ABI files into links. Built once per corpus.
/// </summary>
public sealed class DocSite
{
    private DocSite(AbiCorpus corpus, ImmutableArray<DocLevel> levels, ImmutableArray<DocFile> files)
    {
        Corpus = corpus;
        Levels = levels;
        Files = files;
        Entries = [.. files.SelectMany(f => f.Entries)];
        Links = new CrossLinks(this);
    }

    public AbiCorpus Corpus { get; }

    /// <summary>Levels that have files, in the order stable, testing, obsolete, removed, other.</summary>
    public ImmutableArray<DocLevel> Levels { get; }

    public ImmutableArray<DocFile> Files { get; }

    /// <summary>Entries with at least one What, in file order.</summary>
    public ImmutableArray<DocEntry> Entries { get; }

    public CrossLinks Links { get; }

    /// <param name="levelOfRoot">The level of a tree that is one level folder itself (<c>--dir ABI/stable</c>), whose
    /// files then have no level folder in their paths.</param>
    public static DocSite Build(AbiCorpus corpus, AbiLevel levelOfRoot = AbiLevel.None)
    {
        var entryLabels = new Labels();
        var fileLabels = new Labels();
        var files = new List<DocFile>();
        foreach (var file in corpus.Files)
        {
            var level = file.Level != AbiLevel.None ? file.Level : levelOfRoot;
            var path = file.Level == AbiLevel.None && levelOfRoot != AbiLevel.None
                ? $"{levelOfRoot.FolderName()}/{file.RelativePath}"
                : file.RelativePath;
            var entries = ImmutableArray.CreateBuilder<DocEntry>();
            foreach (var entry in file.Entries)
            {
                if (entry.Whats.IsEmpty) continue;
                entries.Add(new DocEntry(entry, [.. entry.Whats.Select(w => entryLabels.Unique(Labels.Slug("abi_", w.Text)))]));
            }
            var lastTwo = string.Join('/', path.Split('/').TakeLast(2));
            var doc = new DocFile(file, path, fileLabels.Unique(Labels.Slug("abi_file_", lastTwo)), path.Replace("/", "__"),
                level, entries.ToImmutable());
            foreach (var entry in doc.Entries) entry.File = doc;
            files.Add(doc);
        }
        var levels = files.GroupBy(f => f.Level)
            .OrderBy(g => g.Key)
            .Select(g => new DocLevel(g.Key, [.. g]))
            .ToImmutableArray();
        return new DocSite(corpus, levels, [.. files]);
    }
}
