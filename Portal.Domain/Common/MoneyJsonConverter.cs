using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Domain.Common;

/// <summary>Money in JSON as whole pence, so a stored note reads back to the penny.</summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetInt64());

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Pence);
}
