using Passerelle.Domain.Identification;

namespace Passerelle.Domain.Tests.Identification;

public class IdentificationTimelineTests
{
    [Theory]
    [InlineData("2026-04-02", "67", "2026-04-13")]
    [InlineData("2026-04-02", "75", "2026-04-10")]
    public void RgTarget_IsFiveWorkingDaysOfTheDepartement(string requested, string departement, string due) =>
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            IdentificationTimeline.RgDueOn(DateOnly.Parse(requested, System.Globalization.CultureInfo.InvariantCulture), departement));

    [Fact]
    public void ConclusiveGrounds_WaitForTheEndOfTheReflectionPeriod()
    {
        var rg = new DateOnly(2026, 3, 2);
        var end = IdentificationTimeline.ReflectionEndsOn(rg, "75");
        Assert.True(end >= new DateOnly(2026, 4, 1));
        Assert.Equal(end.AddDays(1), IdentificationTimeline.CgEarliestOn(rg, "75"));
    }
}
