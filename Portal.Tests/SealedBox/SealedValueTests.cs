using Portal.Components.SealedBox;

namespace Portal.Tests.SealedBox;

/// <summary>Small sealed values kept in database columns, such as a response's text, bound to the row they belong to.</summary>
public sealed class SealedValueTests : IDisposable
{
    private const string Answers = """{"q1":"We will staff the service with two caseworkers.","price":"£48,000"}""";
    private readonly TemporaryKeyRing _keyRing = new();
    private readonly SealedBoxCipher _cipher;

    public SealedValueTests() => _cipher = _keyRing.NewCipher();

    public void Dispose()
    {
        _cipher.Dispose();
        _keyRing.Dispose();
    }

    [Fact]
    public void A_sealed_value_opens_under_its_own_context_and_hides_its_text()
    {
        var sealedValue = _cipher.Seal(Answers, "response-1");

        Assert.Equal(Answers, _cipher.UnsealString(sealedValue, "response-1"));
        Assert.DoesNotContain("caseworkers", System.Text.Encoding.UTF8.GetString(sealedValue));
        Assert.NotEqual(sealedValue, _cipher.Seal(Answers, "response-1"));
    }

    [Fact]
    public void A_sealed_value_moved_to_another_row_does_not_open()
    {
        var sealedValue = _cipher.Seal(Answers, "response-1");

        Assert.Throws<SealedDataCorruptException>(() => _cipher.Unseal(sealedValue, "response-2"));
    }

    [Fact]
    public void A_sealed_value_altered_or_opened_with_another_itts_key_does_not_open()
    {
        var sealedValue = _cipher.Seal(Answers, "response-1");
        using var otherItt = _keyRing.NewCipher();
        var altered = sealedValue.ToArray();
        altered[20] ^= 0x80;

        Assert.Throws<SealedDataCorruptException>(() => otherItt.Unseal(sealedValue, "response-1"));
        Assert.Throws<SealedDataCorruptException>(() => _cipher.Unseal(altered, "response-1"));
        Assert.Throws<SealedDataCorruptException>(() => _cipher.Unseal(sealedValue[..10], "response-1"));
    }

    [Fact]
    public void An_empty_value_seals_and_opens()
    {
        Assert.Empty(_cipher.Unseal(_cipher.Seal([], "response-1"), "response-1"));
    }
}
