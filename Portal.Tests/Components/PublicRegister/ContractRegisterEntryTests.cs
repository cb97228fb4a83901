using Bunit;
using Portal.Components.PublicRegister;
using Portal.Domain.Common;

namespace Portal.Tests.Components.PublicRegister;

/// <summary>A register entry says how long the contract now runs when its term has changed since it was signed, and not otherwise.</summary>
public sealed class ContractRegisterEntryTests : BunitContext
{
    private static PublishedContractItem Item(DateOnly currentEndsOn, int extensionsTaken, bool endedEarly) => new(
        "COM-0042", "Employment support", "Pathways to Work CIC", Money.FromPounds(155_000), Money.FromPounds(77_500),
        new DateOnly(2022, 4, 26), new DateOnly(2022, 5, 1), new DateOnly(2022, 6, 27), new DateOnly(2024, 4, 30), 24, 2, 12,
        currentEndsOn, extensionsTaken, endedEarly, null);

    [Theory]
    [InlineData("2025-04-30", 1, false, "To 30 April 2025, 1 of 2 extension options taken")]
    [InlineData("2026-04-30", 2, false, "To 30 April 2026, both extension options taken")]
    [InlineData("2023-09-30", 0, true, "Ended early, its last day 30 September 2023")]
    public void A_changed_term_is_shown_with_why(string currentEnd, int taken, bool endedEarly, string expected)
    {
        var entry = Render<ContractRegisterEntry>(p => p.Add(e => e.Item, Item(DateOnly.Parse(currentEnd), taken, endedEarly)));

        Assert.Equal(expected, entry.Find("[data-testid=contract-current-term]").TextContent);
    }

    [Fact]
    public void A_term_as_signed_shows_no_current_term()
    {
        var entry = Render<ContractRegisterEntry>(p => p.Add(e => e.Item, Item(new DateOnly(2024, 4, 30), 0, false)));

        Assert.Empty(entry.FindAll("[data-testid=contract-current-term]"));
        Assert.Contains("24 months, to 30 April 2024", entry.Find("article").TextContent);
    }
}
