namespace AbiTool.Diagnostics;

/// <summary>How much a finding matters. Ordered: a failure threshold compares with &gt;=.</summary>
public enum Severity
{
    /// <summary>Turned off by configuration: never reported.</summary>
    None,
    Info,
    Warning,
    Error,
}

public static class Severities
{
    public static string Name(this Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        Severity.Error => "error",
        _ => "none",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "none" or "off": severity = Severity.None; return true;
            case "info" or "note" or "notice": severity = Severity.Info; return true;
            case "warning" or "warn": severity = Severity.Warning; return true;
            case "error": severity = Severity.Error; return true;
            default: severity = Severity.None; return false;
        }
    }
}
