using Passerelle.Domain.Cases;
using Passerelle.Domain.Rights;

namespace Passerelle.Domain.Tests.Rights;

public class RightsEligibilityTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // D12: CESEDA L.425-4 (APS) and CASF L.121-9 (exit pathway) open only to victims of 225-4-1 to 225-4-6 for
    // sexual exploitation and of 225-5 to 225-10 (procuring).
    [Theory]
    [InlineData(new[] { ExploitationForm.SexualExploitation }, new string[0], true)]
    [InlineData(new[] { ExploitationForm.ForcedLabour, ExploitationForm.SexualExploitation }, new string[0], true)]
    [InlineData(new[] { ExploitationForm.ForcedLabour }, new string[0], false)]
    [InlineData(new[] { ExploitationForm.ForcedLabour }, new[] { "225-4-1" }, false)] // labour trafficking: no APS
    [InlineData(new[] { ExploitationForm.DomesticServitude }, new[] { "art. 225-5 CP" }, true)] // procuring charged
    [InlineData(new[] { ExploitationForm.ForcedBegging }, new[] { "225-10" }, true)]
    [InlineData(new ExploitationForm[0], new[] { "225-12-1" }, false)] // buying sex is not in L.425-4's list
    [InlineData(new ExploitationForm[0], new string[0], false)]
    public void ApsAndExitPathway_OnlyForProstitutionCases_CesedaL425_4_CasfL121_9(ExploitationForm[] forms, string[] offences, bool expected) =>
        Assert.Equal(expected, RightsEligibility.ProstitutionExitRightsApply(forms, offences));

    // D13: CESEDA R.425-5 (seed ¶42): the L.425-1 card for a minor "aged at least 16"; refused only when certainly under 16.
    [Theory]
    [InlineData(2011, null, "2026-06-01", "2027-01-02", false)] // may be 16 on 2 January 2027: birth year 2011
    [InlineData(2011, null, "2026-06-01", "2026-12-31", true)] // at most 15 in 2026
    [InlineData(2008, null, "2026-06-01", "2026-06-01", false)]
    [InlineData(null, 14, "2026-06-01", "2026-06-02", true)] // estimated 14, a day later: at most 15
    [InlineData(null, 15, "2026-06-01", "2026-06-02", false)] // estimated 15 may already be 16
    [InlineData(null, 14, "2026-06-01", "2027-06-02", false)] // a year later, may be 16
    [InlineData(null, null, "2026-06-01", "2026-06-02", false)] // unknown age: doubt benefits the person (C. civ. 388)
    public void VictimPermit_RefusedOnlyWhenCertainlyUnder16_CesedaR425_5(int? birthYear, int? estimatedAge, string detectedOn, string issuedOn, bool tooYoung) =>
        Assert.Equal(tooYoung, RightsEligibility.CertainlyTooYoungForVictimPermit(birthYear, estimatedAge, D(detectedOn), D(issuedOn)));

    [Fact]
    public void MinimumAge_IsSixteen_CesedaR425_5() => Assert.Equal(16, RightsEligibility.MinimumAgeForVictimPermit);
}
