using System.Text.Json;
using System.Text.Json.Serialization;
using AbiTool.Reference.Model;

namespace AbiTool.Reference.Scenarios;

/// <summary>A byte count or address as a JSON number or a string: decimal, 0x hex, or with a K/M/G/T suffix (binary).</summary>
public sealed class ByteCountConverter : JsonConverter<ulong?>
{
    public override ulong? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out var number)) return number;
        if (reader.TokenType == JsonTokenType.String && Parse(reader.GetString()!) is { } parsed) return parsed;
        throw new JsonException("expected a byte count: a number, \"0x…\" or a count with K, M, G or T");
    }

    public override void Write(Utf8JsonWriter writer, ulong? value, JsonSerializerOptions options)
    {
        if (value is { } v) writer.WriteNumberValue(v);
        else writer.WriteNullValue();
    }

    public static ulong? Parse(string text)
    {
        var s = text.Trim();
        var shift = s.Length > 0 ? char.ToUpperInvariant(s[^1]) switch { 'K' => 10, 'M' => 20, 'G' => 30, 'T' => 40, _ => 0 } : 0;
        if (shift > 0) s = s[..^1];
        if (!KernelParse.TryUnsigned(s, s.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? 16 : 10, out var value)) return null;
        if (shift > 0 && value > ulong.MaxValue >> shift) return null;
        return value << shift;
    }
}
