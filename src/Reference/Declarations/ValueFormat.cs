namespace AbiTool.Reference.Declarations;

/// <summary>How an attribute's value reads (every file ends with a newline, as sysfs_emit makes them).</summary>
public enum ValueFormat
{
    /// <summary>Unsigned or signed decimal ("4294967296", "-1").</summary>
    Decimal,

    /// <summary>Hex with a 0x prefix ("0x240000000").</summary>
    Hex,

    /// <summary>Hex without prefix ("8000000").</summary>
    BareHex,

    /// <summary>Hex without prefix, zero-padded to eight digits ("00000048").</summary>
    PaddedHex,

    /// <summary>A device name or an empty line ("dax0.1", "").</summary>
    DeviceName,

    /// <summary>"major:minor".</summary>
    DeviceNumber,

    /// <summary>0 or 1.</summary>
    Boolean,

    /// <summary>A list of ranges ("0-1,3").</summary>
    RangeList,

    /// <summary>A word or words ("online", "Movable Normal", "dax:t0").</summary>
    Word,

    /// <summary>Several lines of counters.</summary>
    Lines,

    /// <summary>A write-only file, nothing to read.</summary>
    WriteOnly,

    /// <summary>A link or a folder.</summary>
    None,
}
