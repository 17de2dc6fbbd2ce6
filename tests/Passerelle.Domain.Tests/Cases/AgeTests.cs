using Passerelle.Domain.Cases;
using Passerelle.Domain.Screening;
using Passerelle.Domain.Time;

namespace Passerelle.Domain.Tests.Cases;

public class AgeTests
{
    [Theory]
    [InlineData("2008-06-15", "2026-06-14", 17)]
    [InlineData("2008-06-15", "2026-06-15", 18)]
    [InlineData("2008-02-29", "2026-02-27", 17)]
    [InlineData("2008-02-29", "2026-02-28", 18)]
    [InlineData("2008-02-29", "2028-02-29", 20)]
    public void At_CountsCompletedYears(string born, string on, int expected) =>
        Assert.Equal(expected, Age.At(DateOnly.Parse(born), DateOnly.Parse(on)));

    [Fact]
    public void YoungestAt_TakesTheLastDayOfTheBirthYear()
    {
        Assert.Equal(17, Age.YoungestAt(2008, new DateOnly(2026, 12, 30)));
        Assert.Equal(18, Age.YoungestAt(2008, new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void ReachedIn_IsTheAgeAtTheEndOfTheYear() => Assert.Equal(18, Age.ReachedIn(2008, 2026));

    [Fact]
    public void AnEstimate_AgesByCalendarYears_AndGivesItsEarliestBirthYear()
    {
        Assert.Equal(17, Age.Aged(15, new DateOnly(2024, 11, 1), new DateOnly(2026, 1, 5)));
        Assert.Equal(2008, Age.EarliestBirthYear(16, new DateOnly(2025, 3, 1)));
    }

    [Fact]
    public void YoungestAt_PrefersTheDateOfBirth_ThenTheYear_ThenTheEstimate()
    {
        var on = new DateOnly(2026, 6, 1);
        var recorded = new DateOnly(2025, 1, 1);
        Assert.Equal(17, Age.YoungestAt(on, new DateOnly(2008, 6, 2), 2000, 30, recorded));
        Assert.Equal(17, Age.YoungestAt(on, null, 2008, 30, recorded));
        Assert.Equal(31, Age.YoungestAt(on, null, null, 30, recorded));
        Assert.Null(Age.YoungestAt(on, null, null, null, recorded));
    }

    /// <summary>A child is under 18 on the date of the facts (C. civ. art. 388): the presumption uses the same count.</summary>
    [Fact]
    public void ThePresumptionOfMinority_CountsTheSameWay()
    {
        Assert.Equal(Population.Child, PresumptionOfMinority.Decide(new DateOnly(2026, 6, 14), dateOfBirth: new DateOnly(2008, 6, 15)).Population);
        Assert.Equal(Population.Adult, PresumptionOfMinority.Decide(new DateOnly(2026, 6, 15), dateOfBirth: new DateOnly(2008, 6, 15)).Population);
        Assert.Equal(Population.Child, PresumptionOfMinority.Decide(new DateOnly(2026, 6, 15), birthYear: 2008).Population);
    }
}

public class LegalTodayTests
{
    private sealed class At(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Theory]
    [InlineData("2026-12-31T22:59:00Z", "2026-12-31")] // 23:59 in Paris (winter, UTC+1)
    [InlineData("2026-12-31T23:00:00Z", "2027-01-01")] // midnight in Paris: already the new year
    [InlineData("2026-06-30T21:59:00Z", "2026-06-30")] // 23:59 in Paris (summer, UTC+2)
    [InlineData("2026-06-30T22:00:00Z", "2026-07-01")]
    public void Today_IsTheDateInParis(string utc, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), new At(DateTimeOffset.Parse(utc)).Today());
}
