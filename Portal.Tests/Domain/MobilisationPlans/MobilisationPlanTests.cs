using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Mobilisation;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain.MobilisationPlans;

public class MobilisationPlanTests
{
    private static readonly Guid AwardedSupplier = Guid.NewGuid();
    private static readonly DateOnly EffectiveDate = new(2026, 6, 1);

    private static Contract ContractFor(Guid commissionId) => Contract.Award(new ContractTerms(commissionId, Guid.NewGuid(), AwardedSupplier,
        "Pathways to Work CIC", "Employment support", Money.FromPounds(155_000), Money.FromPounds(77_500), EffectiveDate, EffectiveDate.AddDays(56),
        24, 2, 12, CommissionBuilder.Start, CommissionBuilder.Start, CommissionBuilder.Start, "rule"), ProcurementOfficer, CommissionBuilder.Start);

    private static MobilisationPlan NewPlan(Guid? commissionId = null) =>
        MobilisationPlan.FromTemplate(MobilisationTemplate.DefaultItems, ContractFor(commissionId ?? Guid.NewGuid()), CommissionBuilder.Start);

    private static MobilisationEvidence Evidence(string name = "signed.pdf") =>
        new(name, Guid.NewGuid().ToString("N"), "application/pdf", 1234, new string('a', 64), "u", "Someone", CommissionBuilder.Start);

    private static void Complete(MobilisationPlan plan, MobilisationItem item)
    {
        plan.AddEvidence(item.Id, Evidence(), ProcurementOfficer, null);
        plan.Update(item.Id, MobilisationItemStatus.Done, "", null, ProcurementOfficer, null);
    }

    [Fact]
    public void The_plan_takes_the_templates_items_due_from_the_call_offs_effective_date()
    {
        var plan = NewPlan();

        Assert.Equal(MobilisationTemplate.DefaultItems.Select(i => i.Title), plan.Items.Select(i => i.Title));
        Assert.Equal(EffectiveDate.AddDays(14), plan.Items.Single(i => i.Kind == MobilisationItemKind.Dpia).DueOn);
        Assert.Equal(8, plan.OutstandingMandatoryItems);
        Assert.False(plan.ContractSigned);
        Assert.False(plan.DpiaCompleted);
    }

    [Fact]
    public void A_mandatory_item_cannot_be_closed_without_evidence_and_nothing_changes()
    {
        var plan = NewPlan();
        var dpia = plan.Items.Single(i => i.Kind == MobilisationItemKind.Dpia);

        var refused = Assert.Throws<DomainRuleException>(() =>
            plan.Update(dpia.Id, MobilisationItemStatus.Done, "Signed off by the DPO", null, ProcurementOfficer, null));

        Assert.Contains("Upload the evidence before marking \"DPIA completed\" done", refused.Message);
        Assert.Equal(MobilisationItemStatus.NotStarted, dpia.Status);
        Assert.Equal("", dpia.Notes);
        plan.AddEvidence(dpia.Id, Evidence("dpia.pdf"), ProcurementOfficer, null);
        plan.Update(dpia.Id, MobilisationItemStatus.Done, "Signed off by the DPO", null, ProcurementOfficer, null);
        Assert.True(plan.DpiaCompleted);
        Assert.Equal(7, plan.OutstandingMandatoryItems);
    }

    [Fact]
    public void An_item_is_overdue_only_after_its_due_date_and_never_once_done()
    {
        var plan = NewPlan();
        var insurance = plan.Items.Single(i => i.Title.StartsWith("Insurance"));

        Assert.False(insurance.IsOverdue(insurance.DueOn));
        Assert.True(insurance.IsOverdue(insurance.DueOn.AddDays(1)));
        Assert.Contains(insurance, plan.OverdueItems(insurance.DueOn.AddDays(1)));
        Complete(plan, insurance);
        Assert.False(insurance.IsOverdue(insurance.DueOn.AddDays(30)));
    }

    [Fact]
    public void The_supplier_updates_only_the_items_it_owns_and_no_other_supplier_any()
    {
        var plan = NewPlan();
        var staff = plan.Items.Single(i => i.Title == "Staff recruited and vetted");
        var dpia = plan.Items.Single(i => i.Kind == MobilisationItemKind.Dpia);

        plan.Update(staff.Id, MobilisationItemStatus.InProgress, "Two of three posts filled", null, Supplier, AwardedSupplier);
        Assert.Equal(MobilisationItemStatus.InProgress, staff.Status);
        Assert.Throws<DomainRuleException>(() => plan.Update(dpia.Id, MobilisationItemStatus.InProgress, "", null, Supplier, AwardedSupplier));
        Assert.Throws<DomainRuleException>(() => plan.AddEvidence(staff.Id, Evidence(), Supplier, Guid.NewGuid()));
        Assert.Throws<DomainRuleException>(() => plan.Update(staff.Id, MobilisationItemStatus.InProgress, "", staff.DueOn.AddDays(7), Supplier, AwardedSupplier));
    }

    [Fact]
    public void The_signed_contract_item_once_done_cannot_be_reopened()
    {
        var plan = NewPlan();
        var signed = plan.Items.Single(i => i.Kind == MobilisationItemKind.ContractSigned);
        Complete(plan, signed);

        Assert.Throws<DomainRuleException>(() => plan.Update(signed.Id, MobilisationItemStatus.InProgress, "", null, ProcurementOfficer, null));
    }

    [Fact]
    public void Mobilisation_starts_only_once_the_plan_says_the_contract_is_signed()
    {
        var builder = CommissionBuilder.At(CommissionState.Awarded, GuardNames.ContractSigned);
        var commission = builder.Commission;
        var plan = NewPlan(commission.Id);
        var endsOn = EffectiveDate.AddMonths(24).AddDays(-1);

        plan.KeepInStep(commission, endsOn, ProcurementOfficer, builder.Now);
        Assert.Throws<DomainRuleException>(() => builder.Fire(CommissionTrigger.StartMobilisation));

        Complete(plan, plan.Items.Single(i => i.Kind == MobilisationItemKind.ContractSigned));
        plan.KeepInStep(commission, endsOn, ProcurementOfficer, builder.Now);
        builder.Fire(CommissionTrigger.StartMobilisation);
        Assert.Equal(CommissionState.Mobilisation, commission.State);
        Assert.Equal(endsOn, commission.ContractEndsOn);
    }

    [Fact]
    public void The_service_commences_only_when_the_plan_has_the_DPIA_and_every_mandatory_item_done()
    {
        var builder = CommissionBuilder.At(CommissionState.Awarded, GuardNames.ContractSigned);
        var commission = builder.Commission;
        var plan = NewPlan(commission.Id);
        var endsOn = EffectiveDate.AddMonths(24).AddDays(-1);
        Complete(plan, plan.Items.Single(i => i.Kind == MobilisationItemKind.ContractSigned));
        plan.KeepInStep(commission, endsOn, ProcurementOfficer, builder.Now);
        builder.Fire(CommissionTrigger.StartMobilisation);

        plan.KeepInStep(commission, endsOn, CommissioningOfficer, builder.Now);
        Assert.Equal(7, commission.OutstandingMandatoryMobilisationItems);
        var blocked = Assert.Throws<DomainRuleException>(() => commission.Fire(CommissionTrigger.CommenceService, builder.RequestFor(CommissionTrigger.CommenceService)));
        Assert.Contains("DPIA", blocked.Message);

        foreach (var item in plan.Items.Where(i => i.Kind != MobilisationItemKind.ContractSigned && i.Kind != MobilisationItemKind.Dpia)) Complete(plan, item);
        plan.KeepInStep(commission, endsOn, CommissioningOfficer, builder.Now);
        Assert.Equal(1, commission.OutstandingMandatoryMobilisationItems);
        Assert.Throws<DomainRuleException>(() => commission.Fire(CommissionTrigger.CommenceService, builder.RequestFor(CommissionTrigger.CommenceService)));

        Complete(plan, plan.Items.Single(i => i.Kind == MobilisationItemKind.Dpia));
        plan.KeepInStep(commission, endsOn, CommissioningOfficer, builder.Now);
        commission.Fire(CommissionTrigger.CommenceService, builder.RequestFor(CommissionTrigger.CommenceService));
        Assert.Equal(CommissionState.ContractManagement, commission.State);
    }

    [Fact]
    public void The_template_keeps_the_signed_contract_and_the_DPIA_as_mandatory_items()
    {
        var template = MobilisationTemplate.CreateDefault(CommissionBuilder.Start);
        var withoutDpia = template.Items.Where(i => i.Kind != MobilisationItemKind.Dpia).ToList();
        var optionalDpia = template.Items.Select(i => i.Kind == MobilisationItemKind.Dpia ? i with { Mandatory = false } : i).ToList();

        Assert.Throws<DomainRuleException>(() => template.Replace(withoutDpia, ProcurementOfficer, CommissionBuilder.Start));
        Assert.Throws<DomainRuleException>(() => template.Replace(optionalDpia, ProcurementOfficer, CommissionBuilder.Start));
        Assert.Throws<DomainRuleException>(() => template.Replace(template.Items, Supplier, CommissionBuilder.Start));
        template.Replace([.. template.Items, new(MobilisationItemKind.Other, "Premises risk-assessed", MobilisationOwner.Supplier, false, 30)],
            CommissioningOfficer, CommissionBuilder.Start);
        Assert.Equal(9, template.Items.Count);
    }
}
