using Passerelle.Domain.Deadlines;

namespace Passerelle.Domain.Identification;

/// <summary>The dates of the identification procedure, derived from its facts, never typed by hand.</summary>
public static class IdentificationTimeline
{
    /// <summary>Reasonable-grounds target: 5 working days of the case's département after the request.</summary>
    public static DateOnly RgDueOn(DateOnly requestedOn, string departement) =>
        DeadlineCalculator.Calculate(DeadlineRule.RgDecision, requestedOn, departement);

    /// <summary>Last day of the 30-day recovery and reflection period that a positive RG decision opens.</summary>
    public static DateOnly ReflectionEndsOn(DateOnly rgPositiveOn, string departement) =>
        DeadlineCalculator.Calculate(DeadlineRule.ReflectionPeriod, rgPositiveOn, departement);

    /// <summary>
    /// A conclusive-grounds decision cannot be taken before the reflection period is over: the earliest day is the
    /// day after its last day.
    /// </summary>
    public static DateOnly CgEarliestOn(DateOnly rgPositiveOn, string departement) =>
        ReflectionEndsOn(rgPositiveOn, departement).AddDays(1);
}
