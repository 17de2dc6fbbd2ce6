using Passerelle.Domain.Agencies;
using Passerelle.Domain.Identification;

namespace Passerelle.Domain.Tests.Identification;

public class PanelConsensusTests
{
    private static readonly PanelMember Police = new(Guid.NewGuid(), AgencyType.Police);
    private static readonly PanelMember Gendarme = new(Guid.NewGuid(), AgencyType.Gendarmerie);
    private static readonly PanelMember Ngo = new(Guid.NewGuid(), AgencyType.SpecialisedNgo);
    private static readonly PanelMember Ngo2 = new(Guid.NewGuid(), AgencyType.SpecialisedNgo);
    private static readonly PanelMember Labour = new(Guid.NewGuid(), AgencyType.LabourInspection);
    private static readonly PanelMember ChildWelfare = new(Guid.NewGuid(), AgencyType.ChildWelfare);

    private static MemberView Yes(PanelMember m) => new(m.UserId, m.AgencyType, PanelOutcome.Positive);

    private static MemberView No(PanelMember m) => new(m.UserId, m.AgencyType, PanelOutcome.Negative);

    [Fact]
    public void NoViewYet_IsPending_AwaitingEveryone()
    {
        var result = PanelConsensusRules.Decide([Police, Labour], []);
        Assert.False(result.Decided);
        Assert.Equal(ConsensusBasis.AwaitingConcurrence, result.Basis);
        Assert.Equal([Police.UserId, Labour.UserId], result.Awaiting);
    }

    [Fact]
    public void APoliceOfficerAlone_DoesNotDecide()
    {
        var result = PanelConsensusRules.Decide([Police, Labour], [Yes(Police)]);
        Assert.False(result.Decided);
        Assert.Equal(ConsensusBasis.AwaitingConcurrence, result.Basis);
        Assert.Equal([Labour.UserId], result.Awaiting);
    }

    [Fact]
    public void AnNgoAlone_DoesNotDecideEither() =>
        Assert.False(PanelConsensusRules.Decide([Ngo, Police], [No(Ngo)]).Decided);

    [Fact]
    public void PoliceAndLabourConcur_Decides()
    {
        var result = PanelConsensusRules.Decide([Police, Labour], [Yes(Police), Yes(Labour)]);
        Assert.Equal(PanelOutcome.Positive, result.Outcome);
        Assert.Equal(ConsensusBasis.Concurrence, result.Basis);
        Assert.Empty(result.Dissenting);
    }

    [Fact]
    public void TwoConcurringMembersOfAThreeMemberPanel_Decide_WithoutWaitingForTheThird()
    {
        var result = PanelConsensusRules.Decide([Police, Ngo, ChildWelfare], [No(Ngo), No(ChildWelfare)]);
        Assert.Equal(PanelOutcome.Negative, result.Outcome);
        Assert.Equal(ConsensusBasis.Concurrence, result.Basis);
        Assert.Equal([Police.UserId], result.Awaiting);
    }

    [Fact]
    public void PoliceAndGendarmerieConcurring_IsNotAConcurrence()
    {
        var result = PanelConsensusRules.Decide([Police, Gendarme, Ngo], [No(Police), No(Gendarme)]);
        Assert.False(result.Decided);
        Assert.Equal(ConsensusBasis.AwaitingConcurrence, result.Basis);
    }

    [Fact]
    public void TwoMembersOfOneAgencyType_AreNotAConcurrence() =>
        Assert.False(PanelConsensusRules.Decide([Ngo, Ngo2, Police], [Yes(Ngo), Yes(Ngo2)]).Decided);

    [Fact]
    public void OpenDissent_WaitsForEveryMember_AndShowsTheDissent()
    {
        var result = PanelConsensusRules.Decide([Police, Ngo, Labour], [Yes(Ngo), No(Police)]);
        Assert.False(result.Decided);
        Assert.Equal(ConsensusBasis.AwaitingAllViews, result.Basis);
        Assert.Equal([Police.UserId], result.Dissenting);
        Assert.Equal([Labour.UserId], result.Awaiting);
    }

    [Fact]
    public void OpenDissent_BlocksAConcurrence_OfTheOthers()
    {
        // Labour and the NGO agree, but the police officer dissented: the panel waits for the last member.
        var result = PanelConsensusRules.Decide([Police, Ngo, Labour, ChildWelfare], [No(Police), Yes(Ngo), Yes(Labour)]);
        Assert.False(result.Decided);
        Assert.Equal([ChildWelfare.UserId], result.Awaiting);
    }

    [Fact]
    public void OnceAllHaveSpoken_TheMajorityDecides_AndTheDissentIsKept()
    {
        var result = PanelConsensusRules.Decide([Police, Ngo, Labour], [Yes(Ngo), No(Police), No(Labour)]);
        Assert.Equal(PanelOutcome.Negative, result.Outcome);
        Assert.Equal(ConsensusBasis.Majority, result.Basis);
        Assert.Equal([Ngo.UserId], result.Dissenting);
    }

    [Fact]
    public void ATie_GoesToThePerson()
    {
        var result = PanelConsensusRules.Decide([Police, Ngo], [No(Police), Yes(Ngo)]);
        Assert.Equal(PanelOutcome.Positive, result.Outcome);
        Assert.Equal(ConsensusBasis.TieGoesToThePerson, result.Basis);
        Assert.Equal([Police.UserId], result.Dissenting);
    }

    [Fact]
    public void ANegativeMajorityOfPoliceAndGendarmerieOnly_DoesNotRefuse()
    {
        var result = PanelConsensusRules.Decide([Police, Gendarme, Ngo], [No(Police), No(Gendarme), Yes(Ngo)]);
        Assert.Equal(PanelOutcome.Positive, result.Outcome);
        Assert.Equal(ConsensusBasis.NegativeOnlyFromLawEnforcement, result.Basis);
        Assert.Equal([Police.UserId, Gendarme.UserId], result.Dissenting);
    }

    [Fact]
    public void APositiveMajority_Decides()
    {
        var result = PanelConsensusRules.Decide([Police, Ngo, Labour], [No(Police), Yes(Ngo), Yes(Labour)]);
        Assert.Equal(PanelOutcome.Positive, result.Outcome);
        Assert.Equal(ConsensusBasis.Majority, result.Basis);
    }

    [Fact]
    public void AViewFromOutsideThePanel_IsRefused() =>
        Assert.Throws<ArgumentException>(() => PanelConsensusRules.Decide([Police, Ngo], [Yes(Labour)]));

    [Fact]
    public void TwoViewsOfOneMember_AreRefused() =>
        Assert.Throws<ArgumentException>(() => PanelConsensusRules.Decide([Police, Ngo], [Yes(Ngo), No(Ngo)]));

    [Fact]
    public void EveryBasis_IsExplained()
    {
        foreach (var basis in Enum.GetValues<ConsensusBasis>())
        {
            Assert.False(string.IsNullOrWhiteSpace(PanelConsensusRules.Explain(basis)));
        }
    }
}
