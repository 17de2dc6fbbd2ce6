namespace Passerelle.Domain.Qualification;

/// <summary>
/// Says whether the facts meet the elements of trafficking (Criminal Code art. 225-4-1; DOMAIN.md section 3), what is
/// missing, the sentence incurred, and what practitioners commonly get wrong. Call <see cref="QualificationRules.Validate"/> first.
/// </summary>
public static class QualificationAdvisor
{
    public static QualificationAdvice Advise(QualificationFacts facts)
    {
        var child = facts.IsChild;
        var missing = new List<MissingElement>();
        if (facts.Acts.Count == 0)
        {
            missing.Add(MissingElement.Act);
        }

        if (!child && facts.Means.Count == 0)
        {
            missing.Add(MissingElement.Means);
        }

        if (facts.Purposes.Count == 0)
        {
            missing.Add(MissingElement.Purpose);
        }

        var trafficking = missing.Count == 0;
        return new QualificationAdvice
        {
            Trafficking = trafficking,
            Child = child,
            MissingElements = missing,
            Warnings = Warnings(facts, child, trafficking),
            Penalty = trafficking ? Penalties.For(facts) : null,
        };
    }

    private static List<QualificationWarning> Warnings(QualificationFacts facts, bool child, bool trafficking)
    {
        var charged = facts.Charged.Select(CriminalCodeArticles.Normalize).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var procuringCharged = charged.Overlaps(CriminalCodeArticles.Procuring);
        var warnings = new List<QualificationWarning>();

        if (facts.Consented == true && (child || facts.Means.Count > 0))
        {
            warnings.Add(QualificationWarnings.ConsentIrrelevant);
        }

        if (child && facts.Means.Count == 0)
        {
            warnings.Add(QualificationWarnings.ChildNoMeansRequired);
        }

        if (facts.BorderCrossed == false)
        {
            warnings.Add(QualificationWarnings.NoBorderCrossingRequired);
        }

        // 225-4-2 I 2°: a victim recruited abroad or taken on arrival aggravates the offence; say so, so that the
        // penalty shown is not too low for want of a ticked box.
        if (trafficking && facts.BorderCrossed == true && !facts.Aggravating.Contains(AggravatingCircumstance.VictimAbroadOrOnArrival))
        {
            warnings.Add(QualificationWarnings.VictimAbroadCircumstance);
        }

        if (trafficking && procuringCharged && !charged.Overlaps(CriminalCodeArticles.Trafficking))
        {
            warnings.Add(QualificationWarnings.PimpingChargedWhereTrafficking);
        }

        if (child && (facts.Purposes.Contains(ExploitationPurpose.Procuring) || procuringCharged
            || charged.Overlaps(CriminalCodeArticles.PurchaseOfSexFromMinor)))
        {
            warnings.Add(QualificationWarnings.ChildProstitutionIsTrafficking);
        }

        var compelled = facts.CompelledOffences.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim()).ToArray();
        if (compelled.Length > 0)
        {
            warnings.Add(QualificationWarnings.NonPunishment(compelled));
        }

        return warnings;
    }
}
