using System.Globalization;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Geography;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Statistics.Anonymity;

/// <summary>
/// How far each quasi-identifier can be generalised, level 0 being the value as recorded and the last level
/// <see cref="Any"/> (the field no longer distinguishes anyone):
/// <list type="bullet">
/// <item>sex → any;</item>
/// <item>age group → child or adult → any;</item>
/// <item>nationality (country) → France / EU / non-EU → any;</item>
/// <item>form of exploitation → broad form (sexual exploitation, forced labour, other) → any;</item>
/// <item>year → five-year period (2020-2024) → any;</item>
/// <item>département → region → any (national).</item>
/// </list>
/// </summary>
public static class GeneralisationHierarchy
{
    public const string Any = "*";

    public static readonly IReadOnlyList<QuasiIdentifier> All = Enum.GetValues<QuasiIdentifier>();

    public static IReadOnlyList<string> LevelNames(QuasiIdentifier identifier) => identifier switch
    {
        QuasiIdentifier.Sex => ["sex", "any"],
        QuasiIdentifier.AgeGroup => ["age-group", "child-or-adult", "any"],
        QuasiIdentifier.Nationality => ["country", "nationality-group", "any"],
        QuasiIdentifier.ExploitationForm => ["form", "broad-form", "any"],
        QuasiIdentifier.Year => ["year", "five-year-period", "any"],
        QuasiIdentifier.Departement => ["departement", "region", "national"],
    };

    public static int TopLevel(QuasiIdentifier identifier) => LevelNames(identifier).Count - 1;

    /// <summary>The value of one quasi-identifier at one level of its hierarchy.</summary>
    public static string Generalise(QuasiIdentifierValues values, QuasiIdentifier identifier, int level)
    {
        if (level >= TopLevel(identifier))
        {
            return Any;
        }

        return (identifier, level) switch
        {
            (QuasiIdentifier.Sex, _) => KebabCase.Of(values.Sex),
            (QuasiIdentifier.AgeGroup, 0) => AgeGroups.Code(values.AgeGroup),
            (QuasiIdentifier.AgeGroup, _) => KebabCase.Of(AgeGroups.ChildOrAdultOf(values.AgeGroup)),
            (QuasiIdentifier.Nationality, 0) => Countries.Find(values.Nationality?.Trim())?.Code ?? Category.UnknownCode,
            (QuasiIdentifier.Nationality, _) => KebabCase.Of(NationalityGroups.Of(values.Nationality)),
            (QuasiIdentifier.ExploitationForm, 0) => values.ExploitationForm is { } form ? KebabCase.Of(form) : Category.UnknownCode,
            (QuasiIdentifier.ExploitationForm, _) => BroadForm(values.ExploitationForm),
            (QuasiIdentifier.Year, 0) => values.Year.ToString(CultureInfo.InvariantCulture),
            (QuasiIdentifier.Year, _) => FiveYearPeriod(values.Year),
            (QuasiIdentifier.Departement, 0) => Departements.Find(values.Departement?.Trim())?.Code ?? Category.UnknownCode,
            (QuasiIdentifier.Departement, _) => Departements.Find(values.Departement?.Trim())?.RegionCode ?? Category.UnknownCode,
        };
    }

    private static string BroadForm(ExploitationForm? form) => form is not { } known ? Category.UnknownCode : known switch
    {
        ExploitationForm.SexualExploitation => "sexual-exploitation",
        ExploitationForm.ForcedLabour or ExploitationForm.DomesticServitude or ExploitationForm.ForcedBegging
            or ExploitationForm.ForcedCriminality => "forced-labour",
        ExploitationForm.OrganRemoval or ExploitationForm.ForcedMarriage or ExploitationForm.Other => "other",
    };

    private static string FiveYearPeriod(int year)
    {
        var start = year - (((year % 5) + 5) % 5);
        return string.Create(CultureInfo.InvariantCulture, $"{start}-{start + 4}");
    }
}
