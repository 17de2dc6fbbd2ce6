using System.Globalization;
using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Qualification;

/// <summary>The sentences of Criminal Code art. 225-4-1 to 225-4-4, as in force since Law 2013-711 of 5 August 2013.</summary>
public static class Penalties
{
    public static Penalty Basic { get; } = Delit("225-4-1 I", 7, 150_000);
    public static Penalty Minor { get; } = Delit("225-4-1 II", 10, 1_500_000);
    public static Penalty Aggravated { get; } = Delit("225-4-2 I", 10, 1_500_000);
    public static Penalty AggravatedMinor { get; } = Crime("225-4-2 II", 15, 1_500_000);
    public static Penalty OrganisedGroup { get; } = Crime("225-4-3", 20, 3_000_000);
    public static Penalty TortureOrBarbarity { get; } = Crime("225-4-4", null, 4_500_000);

    /// <summary>The heaviest applicable sentence. Circumstances of 225-4-1 I 1° to 4° are counted once each, whatever names them.</summary>
    public static Penalty For(QualificationFacts facts)
    {
        var aggravating = facts.Aggravating.ToHashSet();
        if (aggravating.Contains(AggravatingCircumstance.TortureOrBarbarity))
        {
            return TortureOrBarbarity;
        }

        if (aggravating.Contains(AggravatingCircumstance.OrganisedGroup))
        {
            return OrganisedGroup;
        }

        var circumstances = facts.Means.Select(Circumstance).ToHashSet();
        if (aggravating.Contains(AggravatingCircumstance.VulnerablePerson))
        {
            circumstances.Add(3);
        }

        var additional = aggravating.Overlaps(SupplementaryCircumstances);

        if (facts.IsChild)
        {
            // For a minor the 1° to 4° circumstances are not elements of the offence, so any one of them aggravates it.
            return circumstances.Count > 0 || additional ? AggravatedMinor : Minor;
        }

        return circumstances.Count >= 2 || additional ? Aggravated : Basic;
    }

    /// <summary>
    /// The circumstances of art. 225-4-2 I 1° to 7°: any one of them gives 10 years and €1.5M (225-4-2 I), and for a
    /// minor 15 years' criminal imprisonment (225-4-2 II).
    /// </summary>
    public static IReadOnlySet<AggravatingCircumstance> SupplementaryCircumstances { get; } = new HashSet<AggravatingCircumstance>
    {
        AggravatingCircumstance.SeveralVictims, // 1°
        AggravatingCircumstance.VictimAbroadOrOnArrival, // 2°
        AggravatingCircumstance.OnlineContact, // 3°
        AggravatingCircumstance.RiskOfDeathOrMutilation, // 4°
        AggravatingCircumstance.Violence, // 5°
        AggravatingCircumstance.PublicOfficial, // 6°
        AggravatingCircumstance.GraveSituation, // 7°
    };

    /// <summary>The numbered circumstance of art. 225-4-1 I each means is.</summary>
    private static int Circumstance(TraffickingMeans means) => means switch
    {
        TraffickingMeans.Threat or TraffickingMeans.Force or TraffickingMeans.Deception => 1,
        TraffickingMeans.AbuseOfAuthority => 2,
        TraffickingMeans.AbuseOfVulnerability => 3,
        TraffickingMeans.Payment => 4,
    };

    private static Penalty Delit(string article, int years, long fine) => new(article, years, fine, Crime: false, new(
        $"{years} ans d'emprisonnement et {EurosFr(fine)} d'amende (C. pén., art. {article}).",
        $"{years} years' imprisonment and a fine of {EurosEn(fine)} (Criminal Code art. {article})."));

    private static Penalty Crime(string article, int? years, long fine) => new(article, years, fine, Crime: true, years is { } y
        ? new(
            $"{y} ans de réclusion criminelle et {EurosFr(fine)} d'amende (C. pén., art. {article}).",
            $"{y} years' criminal imprisonment and a fine of {EurosEn(fine)} (Criminal Code art. {article}).")
        : new(
            $"Réclusion criminelle à perpétuité et {EurosFr(fine)} d'amende (C. pén., art. {article}).",
            $"Life imprisonment and a fine of {EurosEn(fine)} (Criminal Code art. {article})."));

    private static string EurosFr(long amount) =>
        amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ') + " €";

    private static string EurosEn(long amount) => "€" + amount.ToString("#,0", CultureInfo.InvariantCulture);
}
