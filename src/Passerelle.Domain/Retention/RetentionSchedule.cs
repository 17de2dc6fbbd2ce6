using Passerelle.Domain.Cases;
using Passerelle.Domain.Deadlines;

namespace Passerelle.Domain.Retention;

/// <summary>The categories of data a closed case holds, each kept for its own period (docs/retention.md).</summary>
public enum DataCategory
{
    /// <summary>The social support of the person: the case, its screenings, identification, referrals, rights, legal steps.</summary>
    CaseFile = 1,

    /// <summary>The child mechanism of a child's case (CRIP, ASE steps, age assessment, best interests, missing episodes).</summary>
    ChildProtection = 2,

    /// <summary>What the person needs to claim compensation (CIVI, CPP art. 706-5): the offence, the proceedings, the claims.</summary>
    CompensationClaims = 3,

    /// <summary>The criminal proceedings while they are pending.</summary>
    CriminalProceedings = 4,

    /// <summary>The audit log: who did what, when. Not erased with the case (its entries name the case by reference only).</summary>
    AuditLog = 5,
}

/// <summary>What a period rests on: a text that binds, a recommendation of the CNIL, or a choice the operator makes.</summary>
public enum RetentionBasis
{
    /// <summary>A period a statute or regulation sets (the CIVI limit of CPP art. 706-5).</summary>
    Law = 1,

    /// <summary>A period the CNIL recommends in a référentiel or a recommendation (not binding: the controller may depart from it, with reasons).</summary>
    CnilRecommendation = 2,

    /// <summary>A choice of the operator, configurable (Retention:* settings), documented in docs/retention.md.</summary>
    Policy = 3,
}

/// <summary>How long one category is kept after the case closes, from when, on what basis and which source was read.</summary>
public sealed record RetentionRule(DataCategory Category, string Period, string Starts, RetentionBasis Basis, string Source, bool ErasedWithTheCase);

/// <summary>
/// The periods an operator may change (appsettings <c>Retention</c> section). The defaults are the CNIL's
/// recommendation for social support (2 years) and the end of the support of young adults (21, CASF L.222-5, the
/// age limit of the CNIL child-protection référentiel).
/// </summary>
public sealed record RetentionOptions
{
    /// <summary>Years the case file is kept after the last contact (the closure). CNIL délibération n° 2023-095: two years.</summary>
    public int CaseFileYears { get; init; } = 2;

    /// <summary>A child's case is kept at least until the person reaches this age (policy; the référentiel covers young adults under 21).</summary>
    public int ChildCaseUntilAge { get; init; } = 21;

    /// <summary>A child's case of unknown age is kept this many years after closure (policy: 21 − 18).</summary>
    public int ChildCaseOfUnknownAgeYears { get; init; } = 3;
}

/// <summary>What the retention of one closed case depends on. Dates, never a clock.</summary>
/// <param name="ClosedOn">The day the case was closed: taken as the last contact with the person.</param>
/// <param name="DetectedOn">The day the case was detected: the offence cannot be later, so it bounds the CIVI period when no offence date is recorded.</param>
/// <param name="OffenceOn">The offence date recorded in the proceedings, if any.</param>
/// <param name="FinalDecisionOn">The day the criminal decision became final, when a prosecution was brought (CPP 706-5).</param>
/// <param name="LatestBirthDate">The latest date the person can be born on (from the birth year or the estimated age), if known.</param>
/// <param name="ChildCase">The case was a child's or presumed child's (it has or had a child mechanism).</param>
/// <param name="ProceedingsPending">Criminal proceedings were started (complaint, testimony) and have no final decision yet.</param>
public sealed record RetentionFacts(
    DateOnly ClosedOn,
    DateOnly DetectedOn,
    string Departement,
    DateOnly? OffenceOn = null,
    DateOnly? FinalDecisionOn = null,
    DateOnly? LatestBirthDate = null,
    bool ChildCase = false,
    bool ProceedingsPending = false);

/// <summary>One reason to keep the case until a date; <see cref="Until"/> is null while proceedings are pending (no date yet).</summary>
public sealed record RetentionHold(DataCategory Category, DateOnly? Until, RetentionBasis Basis, string Source);

/// <summary>Every hold of a closed case; it may be erased when all have run out.</summary>
public sealed record RetentionDecision(IReadOnlyList<RetentionHold> Holds)
{
    /// <summary>The first day the case may be erased, or null while a hold has no end (pending proceedings).</summary>
    public DateOnly? ErasableOn => Holds.Any(h => h.Until is null) ? null : Holds.Max(h => h.Until!.Value).AddDays(1);

    public bool MayErase(DateOnly today) => ErasableOn is { } on && on <= today;
}

/// <summary>
/// How long a closed case is kept, category by category, and when it may be erased (GDPR art. 5(1)(e): kept in a
/// form that identifies the person no longer than the purposes need). Each rule names its basis and the source that
/// was read for it (docs/retention.md); the CNIL frame is active storage while the case is open, intermediate
/// archiving after closure (limited access, for a legal obligation or to prove a right), then erasure or anonymisation.
/// </summary>
public static class RetentionSchedule
{
    public static IReadOnlyList<RetentionRule> Rules(RetentionOptions options) =>
    [
        new(DataCategory.CaseFile, $"{options.CaseFileYears} years", "the closure (taken as the last contact with the person)", RetentionBasis.CnilRecommendation,
            "CNIL délibération n° 2023-095 du 14 septembre 2023, référentiel « durées de conservation » du secteur social et médico-social: accueil, hébergement et accompagnement social, base active 2 ans à compter du dernier contact", true),
        new(DataCategory.ChildProtection, $"until the age of {options.ChildCaseUntilAge} ({options.ChildCaseOfUnknownAgeYears} years after closure when the age is unknown)", "the closure", RetentionBasis.Policy,
            "Operator policy. CNIL délibération n° 2022-008 du 20 janvier 2022 (référentiel protection de l'enfance): its scope is minors and young adults under 21 (read); its periods were not read", true),
        new(DataCategory.CompensationClaims, "until the CIVI claim limit", "the offence (the detection when no offence date is recorded), or 1 year after the final decision, or the majority of a child (the later)", RetentionBasis.Law,
            "CPP art. 706-5 (the limit); kept as intermediate archive to prove the claim, as the CNIL référentiel n° 2023-095 allows within the applicable limitation period", true),
        new(DataCategory.CriminalProceedings, "while the proceedings are pending", "a complaint or testimony, until the decision is final", RetentionBasis.Policy,
            "Operator policy: intermediate archive for litigation (CNIL guide « Les durées de conservation », 2020); the period then runs as above", true),
        new(DataCategory.AuditLog, "6 months to 1 year (up to 3 years for internal control)", "each entry", RetentionBasis.CnilRecommendation,
            "CNIL recommandation relative aux mesures de journalisation (adopted October 2021, JORF of 30 October 2021). Not erased with the case: its entries name the case by reference only; pruning the signed chain is not implemented", false),
    ];

    /// <summary>The holds of one closed case; <see cref="RetentionDecision.ErasableOn"/> is the day after the last one ends.</summary>
    public static RetentionDecision Decide(RetentionFacts facts, RetentionOptions options)
    {
        var rules = Rules(options).ToDictionary(r => r.Category);
        var holds = new List<RetentionHold>
        {
            Hold(DataCategory.CaseFile, facts.ClosedOn.AddYears(options.CaseFileYears)),
        };

        if (facts.ChildCase)
        {
            holds.Add(Hold(DataCategory.ChildProtection, facts.LatestBirthDate is { } born
                ? Later(born.AddYears(options.ChildCaseUntilAge), facts.ClosedOn)
                : facts.ClosedOn.AddYears(options.ChildCaseOfUnknownAgeYears)));
        }

        // CPP 706-5: 3 years from the offence, 1 year after the final decision when a prosecution was brought, from
        // majority for a minor victim. Without a recorded offence date, the detection bounds it (the offence came before).
        var majority = facts.LatestBirthDate?.AddYears(Age.OfMajority);
        holds.Add(Hold(DataCategory.CompensationClaims,
            DeadlineCalculator.CiviClaimLimit(facts.OffenceOn ?? facts.DetectedOn, facts.FinalDecisionOn, majority, facts.Departement)));

        if (facts.ProceedingsPending)
        {
            holds.Add(Hold(DataCategory.CriminalProceedings, null));
        }

        return new RetentionDecision(holds);

        RetentionHold Hold(DataCategory category, DateOnly? until) => new(category, until, rules[category].Basis, rules[category].Source);
    }

    /// <summary>
    /// The latest day the person can have been born: 31 December of the birth year, or from an age estimated at
    /// detection, 31 December of the year after (an estimate is read with a year's margin). Keeping until a birthday
    /// computed from it never erases early.
    /// </summary>
    public static DateOnly? LatestBirthDate(int? birthYear, int? estimatedAge, DateOnly detectedOn) =>
        birthYear is { } year ? new DateOnly(year, 12, 31)
        : estimatedAge is { } age ? new DateOnly(detectedOn.Year - age + 1, 12, 31)
        : null;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
