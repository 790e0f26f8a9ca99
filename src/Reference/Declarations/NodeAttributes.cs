namespace AbiTool.Reference.Declarations;

/// <summary>The NUMA node files a kmem-bound device's target node shows up in.</summary>
public static class NodeAttributes
{
    public static readonly AttributeDeclaration Possible =
        new AttributeDeclaration("/sys/devices/system/node/possible", "0444", AttributeOwner.NodeRoot, ValueFormat.RangeList);

    public static readonly AttributeDeclaration Online =
        new AttributeDeclaration("/sys/devices/system/node/online", "0444", AttributeOwner.NodeRoot, ValueFormat.RangeList);

    public static readonly AttributeDeclaration Node =
        new AttributeDeclaration("/sys/devices/system/node/nodeX", "0755", AttributeOwner.Node, ValueFormat.None, NodeKind.Directory);

    public static readonly AttributeDeclaration CpuList =
        new AttributeDeclaration("/sys/devices/system/node/nodeX/cpulist", "0444", AttributeOwner.Node, ValueFormat.RangeList);

    public static readonly AttributeDeclaration MemInfo =
        new AttributeDeclaration("/sys/devices/system/node/nodeX/meminfo", "0444", AttributeOwner.Node, ValueFormat.Lines);

    public static readonly AttributeDeclaration MemoryLink =
        new AttributeDeclaration("/sys/devices/system/node/nodeX/memoryY", "0777", AttributeOwner.NodeMemoryLink, ValueFormat.None, NodeKind.Link);
}
