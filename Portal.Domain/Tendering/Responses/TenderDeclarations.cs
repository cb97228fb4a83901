namespace Portal.Domain.Tendering.Responses;

/// <summary>A statement the bidder makes by ticking it; every one must be made before a response can be submitted.</summary>
public sealed record TenderDeclaration(string Key, string Title, string Text);

/// <summary>The standard declarations of a call-off tender: the form of tender, honesty, no collusion or canvassing, conflicts.</summary>
public static class TenderDeclarations
{
    public static readonly IReadOnlyList<TenderDeclaration> All =
    [
        new("form-of-tender", "Form of tender",
            "We offer to provide the services described in the specification, on the framework's call-off terms, at the prices in this response, and this offer stays open for 90 days from the tender deadline."),
        new("accuracy", "Accurate information",
            "The information in this response is complete and accurate to the best of our knowledge, and we will tell the office at once if any of it changes."),
        new("non-collusion", "No collusion",
            "We have not fixed or adjusted our prices by agreement with anyone else, nor told anyone else what we are tendering, and will not before the contract is awarded."),
        new("no-canvassing", "No canvassing",
            "We have not offered or given anything, nor canvassed any member, officer or adviser of the commissioner's office, in connection with this tender."),
        new("conflicts", "Conflicts of interest",
            "We have declared in this response any conflict of interest, actual or potential, that we or anyone working with us has in this tender."),
    ];

    public static bool IsKnown(string key) => All.Any(d => d.Key == key);
}
