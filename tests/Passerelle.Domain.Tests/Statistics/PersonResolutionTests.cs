using Passerelle.Domain.Cases;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Records;

namespace Passerelle.Domain.Tests.Statistics;

public class PersonResolutionTests
{
    private static readonly DateOnly Day = new(2025, 1, 10);

    [Fact]
    public void TwoRecordsOfOnePerson_CountOnce()
    {
        var persons = PersonResolution.Resolve(
        [
            new("person-1", "case-a", Day) { Sex = Sex.Female },
            new("person-1", "case-b", Day.AddDays(3)) { Sex = Sex.Female },
            new("person-2", "case-c", Day) { Sex = Sex.Male },
        ]);

        Assert.Equal(["person-1", "person-2"], persons.Select(p => p.PersonKey));
    }

    [Fact]
    public void Disagreement_IsSettledByTheEarliestRecord_WhateverTheInputOrder()
    {
        StatisticalRecord later = new("p", "case-z", Day.AddDays(30)) { Sex = Sex.Male, Nationality = "RO", Departement = "13" };
        StatisticalRecord earlier = new("p", "case-y", Day) { Sex = Sex.Female, Nationality = "NG", Departement = "75" };

        var person = Assert.Single(PersonResolution.Resolve([later, earlier]));

        Assert.Equal((Sex.Female, "NG", "75", Day), (person.Sex, person.Nationality, person.Departement, person.FirstDetectedOn));
    }

    [Fact]
    public void SameDay_IsSettledByCaseKey()
    {
        var person = Assert.Single(PersonResolution.Resolve(
        [
            new("p", "case-2", Day) { Sex = Sex.Male },
            new("p", "case-1", Day) { Sex = Sex.Female },
        ]));

        Assert.Equal(Sex.Female, person.Sex);
    }

    [Fact]
    public void UnknownValues_AreFilledByLaterRecords()
    {
        var person = Assert.Single(PersonResolution.Resolve(
        [
            new("p", "case-1", Day) { Nationality = "not a country", Departement = "99" },
            new("p", "case-2", Day.AddDays(1)) { Sex = Sex.Female, Age = 23, Nationality = "fr", Departement = "2a" },
        ]));

        Assert.Equal((Sex.Female, 23, "FR", "2A"), (person.Sex, person.Age, person.Nationality, person.Departement));
    }

    [Fact]
    public void Measures_AreReachedByAnyRecord_AndAmountsAreNotAddedTwice()
    {
        var person = Assert.Single(PersonResolution.Resolve(
        [
            new("p", "case-1", Day) { Reached = new HashSet<Measure> { Measure.Screened } },
            new("p", "case-2", Day.AddDays(1))
            {
                Reached = new HashSet<Measure> { Measure.Sheltered },
                Amounts = new Dictionary<Measure, decimal> { [Measure.CompensationGrantedAmount] = 800m },
            },
            new("p", "case-3", Day.AddDays(2)) { Amounts = new Dictionary<Measure, decimal> { [Measure.CompensationGrantedAmount] = 800m } },
        ]));

        Assert.True(person.CountsIn(Measure.Registered));
        Assert.True(person.CountsIn(Measure.Screened));
        Assert.True(person.CountsIn(Measure.Sheltered));
        Assert.False(person.CountsIn(Measure.Assisted));
        Assert.True(person.CountsIn(Measure.CompensationGrantedAmount));
        Assert.Equal(800m, person.AmountOf(Measure.CompensationGrantedAmount));
        Assert.False(person.CountsIn(Measure.Confiscations));
    }
}
