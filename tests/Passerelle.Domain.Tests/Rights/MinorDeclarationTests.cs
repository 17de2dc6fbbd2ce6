using Passerelle.Domain.Rights;

namespace Passerelle.Domain.Tests.Rights;

public class MinorDeclarationTests
{
    private static readonly DateOnly Detected = new(2026, 1, 5);

    [Theory(DisplayName = "CESEDA R.425-5: the declaration of wishing to work or train is asked only when the person is certainly a minor")]
    [InlineData(2009, null, "2026-05-04", true)] // at most 17
    [InlineData(2008, null, "2026-05-04", false)] // 17 or 18: the doubt benefits the person
    [InlineData(1990, null, "2026-05-04", false)]
    [InlineData(null, 16, "2026-05-04", true)] // estimated 16 in January: at most 17
    [InlineData(null, 17, "2026-05-04", false)] // estimated 17: possibly 18
    [InlineData(null, null, "2026-05-04", false)] // unknown age: never asked
    public void Required_OnlyForACertainMinor(int? birthYear, int? estimatedAge, string issuedOn, bool required) =>
        Assert.Equal(required, RightsEligibility.MinorDeclarationRequired(birthYear, estimatedAge, Detected, DateOnly.Parse(issuedOn, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory(DisplayName = "CESEDA R.425-5: an adult makes no minor's declaration, refused only when certainly 18 or over")]
    [InlineData(1990, null, true)]
    [InlineData(2008, null, false)] // 17 or 18
    [InlineData(2007, null, true)] // born on 31 December 2007 at the latest: 18 since 31 December 2025
    [InlineData(null, 20, true)] // estimated 20: at least 19
    [InlineData(null, 18, false)] // estimated 18: possibly 17
    [InlineData(null, null, false)]
    public void CertainlyAdult_ReadsTheBoundsOfTheAge(int? birthYear, int? estimatedAge, bool adult) =>
        Assert.Equal(adult, RightsEligibility.CertainlyAdult(birthYear, estimatedAge, Detected, new DateOnly(2026, 5, 4)));
}
