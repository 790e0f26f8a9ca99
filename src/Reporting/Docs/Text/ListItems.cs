using System.Text;

namespace AbiTool.Reporting.Docs.Text;

/// <summary>List layout both text formats share: an item's rendered lines hung after its marker.</summary>
internal static class ListItems
{
    public static string Marker(BulletList list, int item) => list.Ordered ? $"{item + 1}. " : "- ";

    /// <summary>
    /// Appends <paramref name="rendered"/> (an item's blocks written without indentation) with the marker on its first
    /// line and the rest indented to the marker's width; blank lines get <paramref name="blank"/>.
    /// </summary>
    public static void Append(StringBuilder output, string rendered, string marker, string prefix, string blank)
    {
        var lines = rendered.TrimEnd('\n').Split('\n');
        var hang = new string(' ', marker.Length);
        for (var j = 0; j < lines.Length; j++)
        {
            if (lines[j].Length == 0 && j > 0) output.Append(blank).Append('\n');
            else output.Append(prefix).Append(j == 0 ? marker : hang).Append(lines[j]).Append('\n');
        }
    }
}
