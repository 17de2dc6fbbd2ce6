using Passerelle.Domain.Agencies;
using Passerelle.Domain.Identification;

namespace Passerelle.Domain.Tests.Identification;

public class PanelRulesTests
{
    private static PanelMember Member(AgencyType type) => new(Guid.NewGuid(), type);

    [Fact]
    public void NgoAndPolice_IsAValidPanel() =>
        Assert.Empty(PanelRules.Validate([Member(AgencyType.SpecialisedNgo), Member(AgencyType.Police)]));

    [Fact]
    public void ChildWelfareAndLabourInspection_IsAValidPanel() =>
        Assert.Empty(PanelRules.Validate([Member(AgencyType.ChildWelfare), Member(AgencyType.LabourInspection)]));

    [Fact]
    public void OneMember_IsRefused() =>
        Assert.Contains("A panel has at least two members.", PanelRules.Validate([Member(AgencyType.SpecialisedNgo)]));

    [Fact]
    public void TwoMembersOfOneAgencyType_AreRefused() =>
        Assert.Contains("A panel brings together at least two different types of agency.",
            PanelRules.Validate([Member(AgencyType.SpecialisedNgo), Member(AgencyType.SpecialisedNgo)]));

    [Fact]
    public void PoliceAndGendarmerieAlone_AreRefused() =>
        Assert.Contains("At least one panel member must come from outside the police and the gendarmerie.",
            PanelRules.Validate([Member(AgencyType.Police), Member(AgencyType.Gendarmerie)]));

    [Fact]
    public void TheSameMemberTwice_IsRefused()
    {
        var member = Member(AgencyType.Health);
        Assert.Contains("A panel member is listed twice.", PanelRules.Validate([member, member, Member(AgencyType.Police)]));
    }

    [Fact]
    public void MoreThanSevenMembers_AreRefused() =>
        Assert.Contains("A panel has at most seven members.",
            PanelRules.Validate(Enumerable.Range(0, 8).Select(i => Member(i % 2 == 0 ? AgencyType.Health : AgencyType.Police)).ToList()));
}
