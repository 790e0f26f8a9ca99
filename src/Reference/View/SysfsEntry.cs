using AbiTool.Reference.Declarations;

namespace AbiTool.Reference.View;

/// <summary>
/// One node of the model's sysfs view: where it is, what it is, its permission bits, and its content (files) or
/// relative target (links). <see cref="Declaration"/> and <see cref="Owner"/> are null for plain folders.
/// </summary>
public sealed record SysfsEntry(string Path, NodeKind Kind, UnixFileMode Mode, string? Content, string? LinkTarget,
    AttributeDeclaration? Declaration, object? Owner);

/// <summary>A character device the fixture has under /dev (daxX.Y).</summary>
public sealed record CharDevice(string Path, int Major, int Minor);
