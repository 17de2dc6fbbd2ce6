using Passerelle.Domain.Deadlines;

namespace Passerelle.Domain.Tests.Deadlines;

public class DeadlineCalculatorTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(DeadlineRule.RgDecision, "2026-04-02", "67", "2026-04-13")]
    [InlineData(DeadlineRule.RgDecision, "2026-04-02", "75", "2026-04-10")]
    [InlineData(DeadlineRule.ReflectionPeriod, "2026-03-02", "75", "2026-04-01")]
    [InlineData(DeadlineRule.ReflectionPeriod, "2026-04-02", "75", "2026-05-04")] // 2 May is a Saturday: art. 642
    [InlineData(DeadlineRule.ReflectionPeriod, "2026-03-04", "75", "2026-04-03")]
    [InlineData(DeadlineRule.ReflectionPeriod, "2026-03-04", "67", "2026-04-07")] // Good Friday, weekend, Easter Monday
    [InlineData(DeadlineRule.ReflectionPeriod, "2025-11-26", "75", "2025-12-26")]
    [InlineData(DeadlineRule.ReflectionPeriod, "2025-11-26", "68", "2025-12-29")] // 26 December in Haut-Rhin
    [InlineData(DeadlineRule.ReflectionPeriod, "2026-12-02", "75", "2027-01-04")] // 1 January, weekend
    [InlineData(DeadlineRule.ApsExpiry, "2026-04-02", "75", "2026-10-02")]
    [InlineData(DeadlineRule.ApsExpiry, "2026-08-31", "75", "2027-02-28")]
    [InlineData(DeadlineRule.ApsExpiry, "2026-02-07", "75", "2026-08-07")]
    [InlineData(DeadlineRule.ApsExpiry, "2026-02-08", "75", "2026-08-08")] // a Saturday: a document's end does not move
    [InlineData(DeadlineRule.PermitExpiry, "2026-04-02", "75", "2027-04-01")] // D15: the day before the anniversary (practice)
    [InlineData(DeadlineRule.PermitExpiry, "2028-02-29", "75", "2029-02-28")] // anniversary 1 March
    [InlineData(DeadlineRule.PermitExpiry, "2027-03-01", "75", "2028-02-29")] // the day before 1 March of a leap year
    [InlineData(DeadlineRule.PermitRenewalAlert, "2026-04-02", "75", "2027-01-29")] // 60 days before 1 April 2027 is a Sunday: earlier
    [InlineData(DeadlineRule.PermitRenewalAlert, "2026-04-08", "75", "2027-02-05")] // 7 February 2027 is a Sunday: earlier
    [InlineData(DeadlineRule.ExitPathwayRenewal, "2026-04-02", "75", "2026-10-02")]
    [InlineData(DeadlineRule.FocalPointEnquiry, "2026-04-02", "75", "2026-05-04")]
    [InlineData(DeadlineRule.FocalPointEnquiry, "2026-03-02", "75", "2026-04-01")]
    [InlineData(DeadlineRule.MissingChildAlert, "2026-04-05", "75", "2026-04-05")]
    [InlineData(DeadlineRule.CiviClaimLimit, "2026-04-02", "75", "2029-04-03")] // CPP 706-5: three years from the offence; 2 April 2029 is Easter Monday
    [InlineData(DeadlineRule.CiviClaimLimit, "2023-05-10", "75", "2026-05-11")] // 10 May 2026 is a Sunday: CPP 801
    [InlineData(DeadlineRule.AgrascClaimLimit, "2026-04-02", "75", "2026-10-02")] // CPP 706-164: six months from the final decision
    [InlineData(DeadlineRule.AgrascClaimLimit, "2026-04-04", "75", "2026-10-05")] // 4 October 2026 is a Sunday: CPP 801
    public void Calculate_EachRule(DeadlineRule rule, string from, string departement, string expected) =>
        Assert.Equal(D(expected), DeadlineCalculator.Calculate(rule, D(from), departement));

    [Fact]
    public void Calculate_RefusesAnUnknownDepartement() =>
        Assert.Throws<ArgumentException>(() => DeadlineCalculator.Calculate(DeadlineRule.ApsExpiry, D("2026-04-02"), "20"));

    [Fact]
    public void Calculate_SendsTheCommissionToItsCalendar()
    {
        Assert.Throws<ArgumentException>(() => DeadlineCalculator.Calculate(DeadlineRule.ExitPathwayCommission, D("2026-04-02"), "75"));
        Assert.DoesNotContain(DeadlineRule.ExitPathwayCommission, DeadlineCalculator.SingleDateRules);
        Assert.Equal(Enum.GetValues<DeadlineRule>().Length - 1, DeadlineCalculator.SingleDateRules.Count);
    }

    [Theory]
    [InlineData("2026-04-02", "2026-06-18")]
    [InlineData("2026-03-19", "2026-06-18")] // filed on a session's day: the next one
    [InlineData("2026-03-18", "2026-03-19")]
    [InlineData("2026-12-31", null)]
    public void NextCommissionSession_IsTheFirstAfterTheApplication(string appliedOn, string? expected)
    {
        DateOnly[] quarterly = [D("2026-09-17"), D("2026-03-19"), D("2026-06-18"), D("2026-12-17")];

        Assert.Equal(expected is null ? null : D(expected), DeadlineCalculator.NextCommissionSession(D(appliedOn), quarterly));
    }
}
