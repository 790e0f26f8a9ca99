namespace AbiTool.Reference.Declarations;

/// <summary>What kind of sysfs node a declaration stands for.</summary>
public enum NodeKind
{
    File,
    Directory,
    Link,
}
