namespace Passerelle.Domain.Qualification;

/// <summary>What the offences recorded in a case's proceedings charge (OSCE report on France ¶31, ¶56–58; legal review §4, #8).</summary>
public enum ChargedQualification
{
    None = 0,

    /// <summary>Trafficking in human beings only (Criminal Code art. 225-4-1 to 225-4-9).</summary>
    Trafficking = 1,

    /// <summary>Procuring only (art. 225-5 to 225-10): where trafficking is present, the under-qualification the OSCE describes.</summary>
    Procuring = 2,

    /// <summary>Both, as the Criminal Code allows (cumulative qualification).</summary>
    Both = 3,
}

/// <summary>
/// Reads the offences actually recorded in the proceedings, not those typed into the qualification advisor: the
/// OSCE report (seed ¶31, ¶57) notes that trafficking is often prosecuted as procuring only.
/// </summary>
public static class RecordedCharges
{
    public static ChargedQualification Classify(IEnumerable<string> offencesCharged)
    {
        var articles = offencesCharged.Select(CriminalCodeArticles.Normalize).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var trafficking = articles.Overlaps(CriminalCodeArticles.Trafficking);
        var procuring = articles.Overlaps(CriminalCodeArticles.Procuring);
        return (trafficking, procuring) switch
        {
            (true, true) => ChargedQualification.Both,
            (true, false) => ChargedQualification.Trafficking,
            (false, true) => ChargedQualification.Procuring,
            _ => ChargedQualification.None,
        };
    }

    /// <summary>
    /// The pimping-vs-trafficking warning (Criminal Code art. 225-4-1 and 225-5) on the recorded charges: procuring
    /// only, while trafficking is indicated for the case (a stored qualification advice that meets its elements, or a
    /// screening whose indicators point to trafficking). Null otherwise.
    /// </summary>
    public static QualificationWarning? PimpingOnlyWarning(IEnumerable<string> offencesCharged, bool traffickingIndicated) =>
        traffickingIndicated && Classify(offencesCharged) == ChargedQualification.Procuring
            ? QualificationWarnings.PimpingChargedWhereTrafficking
            : null;
}
