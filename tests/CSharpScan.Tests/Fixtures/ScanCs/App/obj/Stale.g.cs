// Build output: scan-cs leaves obj/ and bin/ alone, so this obsolete path is not reported.
public static class Stale
{
    public const string Path = "/sys/class/dax/dax0.0/size";
}
