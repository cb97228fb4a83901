using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Contracts;

namespace Portal.Components.OpenData;

/// <summary>Who publishes the package and where it lives: the ocid prefix, the office's name, the package's own address.</summary>
public sealed record OcdsPublication(string OcidPrefix, string PublisherName, string PackageUri, string? License);

/// <summary>
/// Builds a commission's OCDS 1.1 release package: one release for each stage it has reached, each dated when that stage
/// was reached and carrying what was known then. Release ids are the ocid and the stage, so the same stage always has the
/// same id; party ids are the same in every release. How each fact maps to the standard is set out in docs/open-data.md.
/// </summary>
public static class OcdsReleasePackageBuilder
{
    public const string Currency = "GBP";

    public static OcdsPackage Build(OpenDataFacts facts, OcdsPublication publication)
    {
        var ocid = $"{publication.OcidPrefix}-{facts.Reference}";
        var buyer = new OcdsParty(Slug(publication.PublisherName), publication.PublisherName, ["buyer"]);
        var releases = new List<OcdsRelease>();
        OcdsRelease Release(string stage, DateTimeOffset date, IReadOnlyList<OcdsParty> parties) =>
            new(ocid, $"{ocid}-{stage}", OcdsDates.Instant(date), [stage], "tender", "en", parties, Reference(buyer));

        if (facts.Decision is { } decision)
            releases.Add(Release("planning", decision.ApprovedAt, [buyer]) with { Planning = Planning(facts, decision) });
        if (facts.Tender is { } tender)
        {
            releases.Add(Release("tender", tender.IssuedAt, [buyer]) with { Tender = OcdsTenders.AsIssued(facts, tender) });
            if (tender.OpenedAt is { } openedAt)
                releases.Add(Release("tenderUpdate", openedAt, [buyer]) with { Tender = OcdsTenders.AsOpened(facts.Reference, tender) });
        }
        if (facts.Contract is { } contract)
        {
            var supplier = new OcdsParty(Slug("supplier " + contract.SupplierName), contract.SupplierName, ["supplier"]);
            releases.Add(Release("award", contract.AwardedAt, [buyer, supplier]) with
            {
                Tender = OcdsTenders.AsAwarded(facts, contract),
                Awards = [Award(facts.Reference, contract, supplier)],
            });
            releases.Add(Release("contract", facts.Progress.SignedAt ?? contract.AwardedAt, [buyer, supplier]) with
            {
                Contracts = [OcdsContracts.AsOf(facts.Reference, contract, facts.Progress, [])],
            });
            var changes = OcdsContracts.Changes(contract);
            foreach (var change in changes)
                releases.Add(Release("contractAmendment", change.At, [buyer, supplier]) with
                {
                    Id = $"{ocid}-contractAmendment-{change.Number}",
                    Contracts = [OcdsContracts.AsOf(facts.Reference, contract, facts.Progress, changes.Take(change.Number).ToList())],
                });
            if (facts.Progress.ClosedAt is { } closedAt)
                releases.Add(Release("contractTermination", closedAt, [buyer, supplier]) with
                {
                    Contracts = [OcdsContracts.AsOf(facts.Reference, contract, facts.Progress, changes, terminated: true)],
                });
        }
        var ordered = releases.OrderBy(r => r.Date, StringComparer.Ordinal).ToList();
        var published = ordered.Count == 0 ? "" : ordered[^1].Date;
        return new OcdsPackage(publication.PackageUri, "1.1", published, new OcdsPublisher(publication.PublisherName), publication.License, ordered);
    }

    public static OcdsValue Value(Money money) => new(money.Pounds, Currency);

    private static OcdsOrganizationReference Reference(OcdsParty party) => new(party.Id, party.Name);

    /// <summary>
    /// The budget is the decision's upper estimate over the initial term, the amount the office set aside; the range, the
    /// annual values and the full term with every extension are in its description, since core OCDS has one amount only.
    /// </summary>
    private static OcdsPlanning Planning(OpenDataFacts facts, DecisionFacts decision)
    {
        var low = ContractValue.OverMonths(decision.AnnualValueLow, decision.InitialTermMonths);
        var high = ContractValue.OverMonths(decision.AnnualValueHigh, decision.InitialTermMonths);
        var fullMonths = decision.InitialTermMonths + decision.ExtensionOptionCount * decision.ExtensionOptionMonths;
        var budget = $"{decision.AnnualValueLow} to {decision.AnnualValueHigh} a year: {low} to {high} over the initial term of " +
            $"{decision.InitialTermMonths} months";
        if (decision.ExtensionOptionCount > 0)
            budget += $", and {ContractValue.OverMonths(decision.AnnualValueLow, fullMonths)} to {ContractValue.OverMonths(decision.AnnualValueHigh, fullMonths)} " +
                $"over {fullMonths} months if every extension option ({OcdsContracts.Extensions(decision.ExtensionOptionCount, decision.ExtensionOptionMonths)}) is taken";
        budget += $". The amount is the upper estimate for the initial term, as approved in decision {decision.Number}.";
        List<OcdsDocument>? documents = decision.DecisionNoteUrl is { } url
            ?
            [
                new(decision.Number, $"Decision {decision.Number}: {facts.Title}", Description: "The published decision note, with any redactions applied.",
                    Url: url, DatePublished: OcdsDates.Instant(decision.ApprovedAt), Format: "text/html", Language: "en"),
            ]
            : null;
        var approval = new OcdsMilestone("decision", $"Decision {decision.Number} approved by the Commissioner", "approval", "met",
            Description: decision.CommissionerRationale, Code: decision.Number, DateMet: OcdsDates.Instant(decision.ApprovedAt));
        return new OcdsPlanning(facts.Summary ?? decision.CommissionerRationale, new OcdsBudget(budget, Value(high)), documents, [approval]);
    }

    /// <summary>
    /// Core OCDS has no field for the standstill or for the notices of intention to award, so the award's description
    /// states both in words; the award release's tender milestones carry the same dates as data.
    /// </summary>
    private static OcdsAward Award(string reference, Contract contract, OcdsParty supplier)
    {
        var description = $"Assessment summaries (notice of the intention to award) were sent to every bidder on " +
            $"{UkTime.Format(contract.AssessmentSummariesSentAt)} (UK time). Standstill period: from {UkTime.Format(contract.StandstillStartedAt)} " +
            $"to {UkTime.Format(contract.StandstillEndedAt)} (UK time). {Sentence(contract.StandstillRule)} The award was confirmed on " +
            $"{UkTime.Format(contract.AwardedAt)}, after the standstill ended with no challenge open. The value is for the initial term.";
        return new OcdsAward($"{reference}-award-1", contract.Title, description, "active", OcdsDates.Instant(contract.AwardedAt),
            Value(contract.Value), [Reference(supplier)], OcdsContracts.Period(contract, []));
    }

    /// <summary>A rule as the officer recorded it, ended as a sentence so the next one can follow it.</summary>
    public static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed.EndsWith('.') ? trimmed : trimmed + ".";
    }

    /// <summary>A party id from a name: lower case words joined by hyphens, so it reads well and is the same in every release.</summary>
    public static string Slug(string name)
    {
        var words = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('-', words);
    }
}
