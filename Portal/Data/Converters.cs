using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Domain.Common;

namespace Portal.Data;

public sealed class MoneyConverter() : ValueConverter<Money, long>(money => money.Pence, pence => new Money(pence));

public sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTime>(
    instant => instant.UtcDateTime,
    stored => new DateTimeOffset(DateTime.SpecifyKind(stored, DateTimeKind.Utc)));
