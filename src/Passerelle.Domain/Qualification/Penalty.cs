using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Qualification;

/// <summary>The maximum sentence the facts expose the perpetrator to, and the article that sets it.</summary>
/// <param name="Article">Such as <c>225-4-2 I</c>.</param>
/// <param name="Years">Maximum term of imprisonment; null for life.</param>
/// <param name="Crime">A crime (réclusion criminelle, tried at the cour d'assises or cour criminelle) rather than a délit.</param>
public sealed record Penalty(string Article, int? Years, long FineEuros, bool Crime, LocalizedText Text)
{
    public bool Life => Years is null;

    /// <summary>Art. 225-4-5: when the offence the exploitation aimed at is punished more heavily, that heavier sentence applies.</summary>
    public static LocalizedText HeavierIntendedOffenceNote { get; } = new(
        "Si l'infraction commise ou projetée contre la victime (par exemple un proxénétisme aggravé) est punie plus sévèrement, cette peine s'applique (C. pén., art. 225-4-5).",
        "If the offence committed or intended against the victim (such as aggravated procuring) carries a heavier sentence, that sentence applies (Criminal Code art. 225-4-5).");
}
