namespace AbiTool.Patches.CSource;

/// <summary>The access a sysfs file's mode bits give, in the words ABI Descriptions use: (RO), (RW), (WO).</summary>
public enum AttributeAccess
{
    Unknown,
    ReadOnly,
    ReadWrite,
    WriteOnly,
}

/// <summary>What a piece of C says about sysfs.</summary>
public enum DeclarationKind
{
    /// <summary>An attribute defined: <c>DEVICE_ATTR_RO(x)</c>, <c>__ATTR(x, …)</c>, a <c>struct device_attribute</c> initialiser.</summary>
    Attribute,

    /// <summary>An attribute put where userspace sees it: an array entry <c>&amp;dev_attr_x.attr</c>, <c>device_create_file(dev, &amp;dev_attr_x)</c>.</summary>
    Reference,

    /// <summary>A group: <c>ATTRIBUTE_GROUPS(x)</c>, <c>.attrs = x</c>, <c>sysfs_create_group(kobj, &amp;g)</c>.</summary>
    Group,

    /// <summary>An <c>.is_visible</c> callback, which may hide attributes or change their mode at run time.</summary>
    Visibility,

    /// <summary>A <c>NAME_show</c> function, the read side of attribute NAME.</summary>
    ShowFunction,
}

/// <summary>One sysfs fact of a C source text.</summary>
/// <param name="Name">The file name userspace sees (for attributes and references), or the group/function name.</param>
/// <param name="Variable">The C variable (<c>dev_attr_uuid</c>), when there is one.</param>
/// <param name="Macro">The form it was written in (<c>DEVICE_ATTR_RW</c>, <c>__ATTR</c>, <c>struct device_attribute</c>, <c>&amp;.attr</c>).</param>
/// <param name="Mode">The mode as written (<c>0444</c>, <c>S_IRUGO | S_IWUSR</c>), when given.</param>
/// <param name="IsTemplate">The name is pasted together in a macro (<c>target##n</c>), so the real names are not known here.</param>
/// <param name="Offset">Where in the scanned text the fact starts.</param>
public sealed record SysfsDeclaration(
    DeclarationKind Kind,
    string Name,
    string? Variable,
    string Macro,
    AttributeAccess Access,
    string? Mode,
    bool IsTemplate,
    int Offset);
