using AbiTool.DaxValues;

namespace AbiTool.Reference.Values;

/// <summary>Memory blocks: an online block sits in exactly one zone, and valid_zones shows that one.</summary>
internal static class MemoryChecks
{
    public static void Run(DaxTree dax)
    {
        foreach (var (_, block) in dax.MemoryBlocks())
        {
            if (ValueFormats.Line(dax.Read(block, "state") ?? "") != "online") continue;
            if (dax.Read(block, "valid_zones") is not { } content || ValueFormats.Line(content) is not { } zones) continue;
            var words = zones.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length != 1)
                dax.Report(DaxValueCodes.Zone, $"{dax.Tree.PathOf(block)}/valid_zones",
                    $"{dax.Tree[block].Name} is online, so it is in one zone, but valid_zones lists '{zones}' (an offline block lists the zones it could go to)");
        }
    }
}
