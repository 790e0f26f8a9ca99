namespace AbiTool.Reference.Model;

/// <summary>The errno values a write to a dax attribute can fail with (x86_64 numbering).</summary>
public enum Errno
{
    ENOENT = 2,
    ENXIO = 6,
    ENOMEM = 12,
    EACCES = 13,
    EBUSY = 16,
    ENODEV = 19,
    EINVAL = 22,
    ENOSPC = 28,
    ERANGE = 34,
    EOPNOTSUPP = 95,
}
