namespace Passerelle.Domain.Deadlines;

/// <summary>Where a foreign victim's reflection period stands (CESEDA R.425-2). Serialized in kebab-case.</summary>
public enum ReflectionPeriodStatus
{
    /// <summary>A French national: the period is a right of foreign victims, who can be removed.</summary>
    NotApplicable = 1,

    /// <summary>
    /// No prefecture receipt yet: the person is <b>not</b> protected from removal. The police or gendarmerie inform the
    /// person (R.425-1) and the prefecture issues the receipt (R.425-2); the NRM's decision does not replace it.
    /// </summary>
    ToRequest = 2,

    /// <summary>The receipt was issued and the 30 days run: no removal decision can be taken or enforced.</summary>
    Running = 3,

    /// <summary>The prefect interrupted the period and withdrew the receipt (R.425-2 al. 2): no protection from then.</summary>
    Withdrawn = 4,

    /// <summary>Over: the 30 days ended, the person decided, or a permit was issued.</summary>
    Closed = 5,
}
