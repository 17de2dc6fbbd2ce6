using Passerelle.Domain.Agencies;
using Passerelle.Domain.Children;
using Passerelle.Domain.Screening;

namespace Passerelle.Domain.Tests.Children;

public class ChildProtectionTests
{
    private static readonly BestInterestsDetermination Determination =
        new(new(2026, 5, 4), ["ASE 93 case worker", "ad hoc administrator", "the child"], "Stay in France with a specialised placement.");

    [Fact]
    public void DurableSolution_WithoutBestInterestsDetermination_IsRefused()
    {
        var child = new ChildProtection();

        var refused = Assert.Throws<DomainRuleException>(() => child.RecordDurableSolution(new(DurableSolutionType.Integration, new(2026, 5, 4))));

        Assert.Equal((DomainRuleKind.Conflict, "child.best-interests-required"), (refused.Kind, refused.Code));
        Assert.Null(child.Solution);
    }

    [Fact]
    public void DurableSolution_BeforeTheDetermination_IsRefused()
    {
        var child = new ChildProtection();
        child.RecordBestInterestsDetermination(Determination);

        Assert.Throws<DomainRuleException>(() => child.RecordDurableSolution(new(DurableSolutionType.Return, new(2026, 5, 3), "RO")));
    }

    [Theory]
    [InlineData(DurableSolutionType.Integration, null)]
    [InlineData(DurableSolutionType.Relocation, "DE")]
    [InlineData(DurableSolutionType.Return, "NG")]
    public void DurableSolution_AfterTheDetermination_IsRecorded(DurableSolutionType type, string? country)
    {
        var child = new ChildProtection();
        child.RecordBestInterestsDetermination(Determination);

        child.RecordDurableSolution(new(type, Determination.On, country));

        Assert.Equal(type, child.Solution!.Type);
    }

    [Fact]
    public void ChangingTheSolution_NeedsANewDetermination()
    {
        var child = new ChildProtection();
        child.RecordBestInterestsDetermination(Determination);
        child.RecordDurableSolution(new(DurableSolutionType.Return, new(2026, 5, 10), "RO"));

        Assert.Throws<DomainRuleException>(() => child.RecordDurableSolution(new(DurableSolutionType.Integration, new(2026, 9, 1))));

        child.RecordBestInterestsDetermination(Determination with { On = new(2026, 8, 20) });
        child.RecordDurableSolution(new(DurableSolutionType.Integration, new(2026, 9, 1)));
        Assert.Equal(DurableSolutionType.Integration, child.Solution!.Type);
    }

    [Theory]
    [InlineData(DurableSolutionType.Integration, "FR")]
    [InlineData(DurableSolutionType.Relocation, null)]
    [InlineData(DurableSolutionType.Relocation, "FR")]
    [InlineData(DurableSolutionType.Return, "XX")]
    public void DurableSolution_NamesTheRightCountry(DurableSolutionType type, string? country)
    {
        var child = new ChildProtection();
        child.RecordBestInterestsDetermination(Determination);

        Assert.Equal("country", Assert.Throws<DomainRuleException>(() => child.RecordDurableSolution(new(type, Determination.On, country))).Field);
    }

    [Fact]
    public void Determination_NeedsParticipantsAndAConclusion()
    {
        var child = new ChildProtection();

        Assert.Equal("participants", Assert.Throws<DomainRuleException>(() => child.RecordBestInterestsDetermination(Determination with { Participants = [] })).Field);
        Assert.Equal("conclusion", Assert.Throws<DomainRuleException>(() => child.RecordBestInterestsDetermination(Determination with { Conclusion = " " })).Field);
        Assert.Empty(child.Determinations);
    }

    [Fact]
    public void Guardian_IsNamed()
    {
        var child = new ChildProtection();

        Assert.Throws<DomainRuleException>(() => child.AppointGuardian(new(GuardianKind.AdHocAdministrator, "", new(2026, 4, 1))));
        child.AppointGuardian(new(GuardianKind.AdHocAdministrator, "M. Durand", new(2026, 4, 1)));

        Assert.Equal("M. Durand", child.Guardian!.Name);
    }

    [Theory]
    [InlineData(AgencyType.ChildWelfare, Population.Child, true)]
    [InlineData(AgencyType.Police, Population.Child, false)]
    [InlineData(AgencyType.SpecialisedNgo, Population.Child, false)]
    [InlineData(AgencyType.SpecialisedNgo, Population.Adult, true)]
    public void ChildCases_AreLedByChildWelfare(AgencyType agency, Population population, bool expected) =>
        Assert.Equal(expected, ChildProtection.CanLead(agency, population));
}

public class ChildMechanismLeadTests
{
    private static readonly Guid Holding = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();
    private static readonly Guid Set = Guid.NewGuid();

    [Fact]
    public void Lead_IsTheOneSet_ElseAChildWelfareHoldingAgency_ElseNone()
    {
        Assert.Equal(Set, ChildProtection.LeadOf(Set, Holding, AgencyType.ChildWelfare));
        Assert.Equal(Holding, ChildProtection.LeadOf(null, Holding, AgencyType.ChildWelfare));
        Assert.Null(ChildProtection.LeadOf(null, Holding, AgencyType.Police));
        Assert.Null(ChildProtection.LeadOf(null, Holding, AgencyType.SpecialisedNgo));
    }

    [Theory]
    [InlineData(AgencyType.Police, "holding", null, false)]
    [InlineData(AgencyType.Gendarmerie, "holding", null, false)]
    [InlineData(AgencyType.Police, "holding", "set", false)]
    [InlineData(AgencyType.Police, "set", "set", true)]
    [InlineData(AgencyType.SpecialisedNgo, "holding", null, true)]
    [InlineData(AgencyType.SpecialisedNgo, "holding", "set", true)]
    [InlineData(AgencyType.ChildWelfare, "holding", null, true)]
    [InlineData(AgencyType.LabourInspection, "other", "set", false)]
    public void Decisions_AreTheLeadsAndANonPoliceHolders(AgencyType holdingType, string user, string? lead, bool allowed)
    {
        var userAgency = user switch { "holding" => Holding, "set" => Set, _ => Other };
        var effective = ChildProtection.LeadOf(lead is null ? null : Set, Holding, holdingType);
        Assert.Equal(allowed, ChildProtection.MayDecide(userAgency, effective, Holding, holdingType));
    }
}
