namespace AbiTool.Reference.Model;

/// <summary>A NUMA node: its id, CPUs (a range list, empty for memory-only nodes) and boot memory.</summary>
public sealed record NumaNode(int Id, string Cpus, ulong BootMemoryBytes);
