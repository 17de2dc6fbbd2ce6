using Passerelle.Domain.Cases;
using Passerelle.Domain.Referrals;
using Passerelle.Domain.Screening;

namespace Passerelle.Domain.Tests.Referrals;

public class ProviderCapacityTests
{
    private static readonly DateOnly On = new(2026, 4, 2);
    private static readonly InformedConsent Consent = new(On, "French", "A. Martin");

    private static Referral Sent() => Referral.Send(ServiceType.SpecialisedShelter, Population.Adult, On, Consent);

    [Fact]
    public void Accept_TakesAPlace_CompleteFreesIt()
    {
        var capacity = new ProviderCapacity(3, 1);
        var referral = Sent();

        referral.Accept(capacity, On);
        Assert.Equal((2, 1), (capacity.Occupied, capacity.Free));
        Assert.True(referral.HoldsPlace);

        referral.Complete(capacity, On);
        Assert.Equal(1, capacity.Occupied);
        Assert.False(referral.HoldsPlace);
    }

    [Fact]
    public void Withdraw_FreesThePlaceOnlyIfOneWasTaken()
    {
        var capacity = new ProviderCapacity(3, 1);
        var accepted = Sent();
        accepted.Accept(capacity, On);

        accepted.Withdraw(capacity, On);
        Sent().Withdraw(capacity, On);

        Assert.Equal(1, capacity.Occupied);
    }

    [Fact]
    public void Accept_WhenFull_IsAConflict_AndTheReferralStaysSent()
    {
        var capacity = new ProviderCapacity(2, 2);
        var referral = Sent();

        var refused = Assert.Throws<DomainRuleException>(() => referral.Accept(capacity, On));

        Assert.Equal((DomainRuleKind.Conflict, "provider.full"), (refused.Kind, refused.Code));
        Assert.Equal(ReferralStatus.Sent, referral.Status);
        Assert.Equal(2, capacity.Occupied);
    }

    [Fact]
    public void ManyAccepts_NeverExceedCapacity()
    {
        var capacity = new ProviderCapacity(3, 0);
        var referrals = Enumerable.Range(0, 10).Select(_ => Sent()).ToList();

        var accepted = 0;
        foreach (var referral in referrals)
        {
            try
            {
                referral.Accept(capacity, On);
                accepted++;
            }
            catch (DomainRuleException)
            {
            }

            Assert.InRange(capacity.Occupied, 0, capacity.Total);
        }

        Assert.Equal(3, accepted);
        Assert.Equal(7, referrals.Count(r => r.Status == ReferralStatus.Sent));

        referrals.First(r => r.HoldsPlace).Complete(capacity, On);
        referrals.First(r => r.Status == ReferralStatus.Sent).Accept(capacity, On);
        Assert.Equal(3, capacity.Occupied);
    }

    [Theory]
    [InlineData(-1, 0, "placesTotal")]
    [InlineData(2, 3, "placesOccupied")]
    [InlineData(2, -1, "placesOccupied")]
    public void Report_KeepsOccupiedWithinTotal(int total, int occupied, string field)
    {
        var capacity = new ProviderCapacity(5, 4);

        Assert.Equal(field, Assert.Throws<DomainRuleException>(() => capacity.Report(total, occupied)).Field);
        Assert.Equal((5, 4), (capacity.Total, capacity.Occupied));
        Assert.Throws<DomainRuleException>(() => new ProviderCapacity(total, occupied));
    }

    [Fact]
    public void FreePlace_AfterTheProviderReportedFewerOccupied_DoesNotGoBelowZero()
    {
        var capacity = new ProviderCapacity(1, 0);
        var referral = Sent();
        referral.Accept(capacity, On);
        capacity.Report(1, 0);

        referral.Complete(capacity, On);

        Assert.Equal(0, capacity.Occupied);
    }

    [Fact]
    public void Search_ByNeedDepartementPopulationAndFreePlaces()
    {
        var women = new HashSet<Sex> { Sex.Female };
        var shelter = new ServiceProvider("Ac.Sé Lyon", new HashSet<ServiceType> { ServiceType.SpecialisedShelter }, "69", ["French", "English"], true, false, women);
        var full = shelter with { Name = "Full shelter" };
        var children = new ServiceProvider("ASE 69", new HashSet<ServiceType> { ServiceType.ChildWelfarePlacement, ServiceType.SpecialisedShelter }, "69", ["French"], false, true, new HashSet<Sex>());
        (ServiceProvider, ProviderCapacity)[] directory = [(shelter, new(10, 4)), (full, new(5, 5)), (children, new(8, 1))];

        string[] Names(ProviderNeed need) => [.. ProviderSearch.Search(directory, need).Select(p => p.Provider.Name)];

        Assert.Equal(["ASE 69", "Ac.Sé Lyon", "Full shelter"], Names(new(ServiceType.SpecialisedShelter)));
        Assert.Equal(["ASE 69", "Ac.Sé Lyon"], Names(new(ServiceType.SpecialisedShelter, "69", WithFreePlace: true)));
        Assert.Equal(["Ac.Sé Lyon"], Names(new(ServiceType.SpecialisedShelter, Population: Population.Adult, Sex: Sex.Female, Language: "english", WithFreePlace: true)));
        Assert.Empty(Names(new(ServiceType.SpecialisedShelter, Population: Population.Adult, Sex: Sex.Male)));
        Assert.Empty(Names(new(ServiceType.SpecialisedShelter, "75")));
        Assert.True(children.Accepts(Population.Child, Sex.Male));
    }
}
