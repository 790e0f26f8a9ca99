namespace AbiTool.Reference.View;

/// <summary>The kernel's "%*pbl" list of numbers ("0-1,3"), written and read.</summary>
public static class RangeList
{
    public static string Format(IEnumerable<int> numbers)
    {
        var sorted = numbers.Distinct().Order().ToList();
        var parts = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1) j++;
            parts.Add(i == j ? $"{sorted[i]}" : $"{sorted[i]}-{sorted[j]}");
            i = j + 1;
        }
        return string.Join(',', parts);
    }

    /// <summary>The numbers of a list; null when the text is not one.</summary>
    public static HashSet<int>? Parse(string text)
    {
        var set = new HashSet<int>();
        foreach (var part in text.Trim().Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var bounds = part.Split('-');
            if (bounds.Length > 2 || !int.TryParse(bounds[0], out var low)) return null;
            var high = low;
            if (bounds.Length == 2 && !int.TryParse(bounds[1], out high)) return null;
            if (high < low || high - low > 1 << 16) return null;
            for (var n = low; n <= high; n++) set.Add(n);
        }
        return set;
    }
}
