using Passerelle.Domain.Cases;
using Passerelle.Domain.Screening;

namespace Passerelle.Domain.Tests.Screening;

public class PresumptionOfMinorityTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Theory]
    [InlineData("2008-06-16", Population.Child)] // turns 18 tomorrow
    [InlineData("2008-06-15", Population.Adult)] // 18 today
    [InlineData("1990-01-01", Population.Adult)]
    public void DateOfBirth_Decides(string dateOfBirth, Population expected)
    {
        var decision = PresumptionOfMinority.Decide(Today, dateOfBirth: DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(new PopulationDecision(expected, PopulationBasis.DateOfBirth), decision);
    }

    [Theory]
    [InlineData(2008, Population.Child)] // 17 or 18: may still be 17
    [InlineData(2007, Population.Adult)] // 18 or 19
    [InlineData(2012, Population.Child)]
    public void BirthYear_CountsTheYoungestPossibleAge(int birthYear, Population expected) =>
        Assert.Equal(expected, PresumptionOfMinority.Decide(Today, birthYear: birthYear).Population);

    [Theory]
    [InlineData(17, Population.Child)]
    [InlineData(18, Population.Adult)]
    public void EstimatedAge_Decides(int age, Population expected) =>
        Assert.Equal(expected, PresumptionOfMinority.Decide(Today, estimatedAge: age).Population);

    // The old rule presumed a child whenever no age was entered; CoE art. 10(3) presumes a child only where there
    // are reasons to believe so (the "age disputed" flag), and art. 12(7) keeps an adult's consent.
    [Fact(DisplayName = "CoE Convention art. 10(3): an age not entered is no reason to believe the person is a child")]
    public void UnknownAge_WithoutReasonToBelieve_IsNotPresumedAChild() =>
        Assert.Equal(new PopulationDecision(Population.Adult, PopulationBasis.AgeUnknown), PresumptionOfMinority.Decide(Today));

    [Fact(DisplayName = "CoE Convention art. 10(3): an uncertain age with reasons to believe (age disputed) is presumed a child")]
    public void UnknownAge_Disputed_IsPresumedAChild() =>
        Assert.Equal(new PopulationDecision(Population.Child, PopulationBasis.AgeDisputed), PresumptionOfMinority.Decide(Today, ageDisputed: true));

    [Fact]
    public void DisputedAge_IsPresumedAChild_WhateverTheDocumentsSay()
    {
        var decision = PresumptionOfMinority.Decide(Today, dateOfBirth: new DateOnly(2000, 1, 1), ageDisputed: true);

        Assert.Equal(new PopulationDecision(Population.Child, PopulationBasis.AgeDisputed), decision);
        Assert.Equal("Age disputed: the person is presumed to be a child until their age is assessed.", decision.Reason.English);
    }

    [Fact]
    public void CaseFacts_AgeTheEstimateSinceItWasRecorded()
    {
        var facts = new CaseFacts { Pseudonym = "Rose", Departement = "75", EstimatedAge = 17 };

        Assert.Equal(Population.Child, PresumptionOfMinority.Decide(facts, Today, recordedOn: Today).Population);
        Assert.Equal(Population.Adult, PresumptionOfMinority.Decide(facts, Today, recordedOn: Today.AddYears(-1)).Population);
    }

    [Fact]
    public void CaseFacts_DisputedAge_CanBeOverriddenForTheScreening()
    {
        var facts = new CaseFacts { Pseudonym = "Rose", Departement = "75", BirthYear = 1990, AgeDisputed = true };

        Assert.Equal(Population.Child, PresumptionOfMinority.Decide(facts, Today, Today).Population);
        Assert.Equal(Population.Adult, PresumptionOfMinority.Decide(facts, Today, Today, ageDisputed: false).Population);
    }
}
