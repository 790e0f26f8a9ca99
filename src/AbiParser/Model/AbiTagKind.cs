namespace AbiTool.Model;

/// <summary>The tags an ABI entry may carry, in the order the ABI README lists them.</summary>
public enum AbiTagKind
{
    What,
    Date,
    KernelVersion,
    Contact,
    Description,
    Users,
}

/// <summary>How a tag was written. Anything but <see cref="Exact"/> is an irregularity the validator reports.</summary>
public enum TagForm
{
    /// <summary><c>Date:</c> — the canonical spelling with its colon.</summary>
    Exact,

    /// <summary><c>contact:</c> — the right word in the wrong case.</summary>
    WrongCase,

    /// <summary><c>KernelVersion   5.8</c> — a known tag with its value but no colon.</summary>
    NoColon,

    /// <summary><c>WDate:</c>, <c>User:</c>, <c>Where:</c> — a misspelling close enough to one tag to read it as that tag.</summary>
    Misspelled,
}
