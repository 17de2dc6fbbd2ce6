namespace Passerelle.Domain.Retention;

/// <summary>The categories of data a closed case holds, for the retention feature of the operations issue.</summary>
public enum DataCategory
{
    CaseFile = 1,
    ChildProtection = 2,
    CompensationClaims = 3,
    AuditLog = 4,
}

/// <summary>
/// How long one category may be kept after the case closes, and why. <see cref="Period"/> is null when no source read
/// for this change states a period: the controller must set it (config-overridable) before erasure runs.
/// </summary>
public sealed record RetentionRule(DataCategory Category, int? Years, string Starts, string Source, bool Confirmed)
{
    public TimeSpan? Period => Years is { } years ? TimeSpan.FromDays(365.25 * years) : null;
}

/// <summary>
/// The default retention periods, each with the source it comes from (docs/retention.md). Only what was read is
/// marked confirmed; the rest are placeholders a data-protection officer must decide. Never erase on an unconfirmed rule.
/// </summary>
public static class RetentionSchedule
{
    public static IReadOnlyList<RetentionRule> Defaults { get; } =
    [
        // CNIL, référentiel social et médico-social (as quoted by a secondary source): two years from the last contact.
        new(DataCategory.CaseFile, 2, "last contact with the person",
            "CNIL référentiel, secteur social et médico-social (2021; durées: délibération n° 2023-095 du 14 septembre 2023) — period read in a secondary quotation only", false),
        // CNIL délibération n° 2022-008 du 20 janvier 2022 (protection de l'enfance, CRIP, ASE): its periods were not read.
        new(DataCategory.ChildProtection, null, "to be set",
            "CNIL délibération n° 2022-008 du 20 janvier 2022, référentiel protection de l'enfance — period not read", false),
        // CPP art. 706-5: a CIVI claim can be made 3 years from the offence, or 1 year after the final decision
        // (from majority for a minor victim): the claim record must outlive that limit.
        new(DataCategory.CompensationClaims, 3, "offence, or final criminal decision + 1 year, or majority for a child (the later)",
            "CPP art. 706-5 (legal review S5)", false),
        new(DataCategory.AuditLog, null, "to be set", "no source read", false),
    ];

    public static RetentionRule For(DataCategory category) => Defaults.First(r => r.Category == category);

    /// <summary>True only when the rule is confirmed and the period since <paramref name="start"/> has run out.</summary>
    public static bool MayErase(RetentionRule rule, DateOnly start, DateOnly today) =>
        rule.Confirmed && rule.Years is { } years && start.AddYears(years) <= today;
}
