namespace AbiTool.Reporting.Docs.Rest;

/// <summary>How <c>abi rest</c> writes the book, following the options the kernel's Sphinx extension passes.</summary>
/// <param name="LineMarkers">Write <c>.. LINENO FILE#LINE</c> lines so Sphinx can name the source line of a warning.</param>
/// <param name="MarkerRoot">What the markers put before a file's path below the tree: the tree as given, ending in '/'.</param>
/// <param name="DescriptionsAreRest">Take Descriptions as ReST (kept as written, with cross-references added), or as
/// plain text (escaped, with pre-formatted parts as literal blocks).</param>
public sealed record RestOptions(bool LineMarkers = false, string MarkerRoot = "", bool DescriptionsAreRest = true);
