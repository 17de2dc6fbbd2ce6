namespace Passerelle.Domain.Deadlines;

/// <summary>Every deadline of a case, derived from its facts alone; call it again whenever a fact changes.</summary>
public static class DeadlineEngine
{
    /// <param name="commissionSessions">The sessions of the departmental commission of the case's département (configured per département).</param>
    /// <returns>The deadlines in due-date order. A deadline whose date cannot be known yet (no session scheduled) is left out.</returns>
    public static IReadOnlyList<Deadline> Derive(DeadlineFacts facts, IEnumerable<DateOnly>? commissionSessions = null)
    {
        var departement = facts.Departement;
        DateOnly Due(DeadlineRule rule, DateOnly from) => DeadlineCalculator.Calculate(rule, from, departement);

        var deadlines = new List<Deadline>();
        if (facts.RgRequestedOn is { } requested)
        {
            deadlines.Add(new(DeadlineRule.RgDecision, requested, Due(DeadlineRule.RgDecision, requested), facts.RgDecidedOn));
        }

        if (ReflectionStart(facts) is { } reflectionStart)
        {
            var answered = facts.ReflectionDecisionOn
                ?? facts.ResidencePermits.Where(p => p.IssuedOn >= reflectionStart).Select(p => (DateOnly?)p.IssuedOn).Min();
            deadlines.Add(new(DeadlineRule.ReflectionPeriod, reflectionStart, Due(DeadlineRule.ReflectionPeriod, reflectionStart), answered));
        }

        AddPermit(facts, deadlines);
        AddProvisionalAuthorisation(facts, deadlines);
        AddExitPathway(facts, commissionSessions ?? [], deadlines);

        foreach (var episode in facts.MissingEpisodes)
        {
            deadlines.Add(new(DeadlineRule.MissingChildAlert, episode.ReportedOn, Due(DeadlineRule.MissingChildAlert, episode.ReportedOn), episode.AlertedOn, episode.Reference));
        }

        foreach (var enquiry in facts.Enquiries)
        {
            deadlines.Add(new(DeadlineRule.FocalPointEnquiry, enquiry.ReceivedOn, EnquiryDueOn(enquiry), enquiry.AnsweredOn, enquiry.Reference));
        }

        if (facts.FinalCriminalDecisionOn is { } finalDecision)
        {
            deadlines.Add(new(DeadlineRule.CiviClaimLimit, finalDecision, Due(DeadlineRule.CiviClaimLimit, finalDecision), facts.CiviClaimFiledOn));
        }

        return [.. deadlines.OrderBy(d => d.DueOn).ThenBy(d => d.Rule)];
    }

    /// <summary>
    /// The reflection period runs from the prefecture's receipt, the legal act that grants it; before the receipt,
    /// from the positive reasonable-grounds decision, so the person is protected from the NRM's own decision on.
    /// None for a French national: it is a CESEDA right of foreign victims (R.425-2), who can be removed.
    /// </summary>
    public static DateOnly? ReflectionStart(DeadlineFacts facts) =>
        !facts.IsForeignNational ? null
        : facts.PrefectureReceiptOn ?? facts.RgPositiveOn ?? (facts.RgPositive ? facts.RgDecidedOn : null);

    /// <summary>
    /// The last day the person is protected from removal by the reflection period (no removal during it, CESEDA
    /// R.425-2), while it runs on <paramref name="today"/>: from its start until the person decides, a permit is
    /// issued, or it ends. Null otherwise (not opened, over, or closed by the person's decision or a permit,
    /// which bring their own protection; never for a French national).
    /// </summary>
    /// <param name="deadlines">The case's deadlines, as <see cref="Derive"/> gives them (or as stored from it).</param>
    public static DateOnly? ProtectedFromRemovalUntil(IEnumerable<Deadline> deadlines, DateOnly today)
    {
        var reflection = deadlines.FirstOrDefault(d => d.Rule == DeadlineRule.ReflectionPeriod);
        return reflection is { MetOn: null } && reflection.From <= today && today <= reflection.DueOn ? reflection.DueOn : null;
    }

    /// <summary>The date the requesting authority asked for, or 30 days (art. 642 applies) counted in Paris.</summary>
    public static DateOnly EnquiryDueOn(EnquiryFact enquiry) =>
        enquiry.RequestedBy ?? DeadlineCalculator.Calculate(DeadlineRule.FocalPointEnquiry, enquiry.ReceivedOn, DeadlineCalculator.FocalPointDepartement);

    // Only the latest permit matters: an earlier one was renewed, which is what its alert asked for.
    // A French national holds no residence permit: nothing to renew, whatever was typed.
    private static void AddPermit(DeadlineFacts facts, List<Deadline> deadlines)
    {
        if (!facts.IsForeignNational || facts.ResidencePermits.MaxBy(p => p.IssuedOn) is not { } permit)
        {
            return;
        }

        var expiresOn = permit.ValidUntil ?? DeadlineCalculator.Calculate(DeadlineRule.PermitExpiry, permit.IssuedOn, facts.Departement);
        var reference = permit.IssuedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        deadlines.Add(new(DeadlineRule.PermitRenewalAlert, permit.IssuedOn, DeadlineCalculator.RenewalAlert(expiresOn, facts.Departement), permit.RenewalRequestedOn, reference));
        deadlines.Add(new(DeadlineRule.PermitExpiry, permit.IssuedOn, expiresOn, permit.RenewalRequestedOn, reference));
    }

    // The APS is a residence authorisation too (CESEDA L.425-4): foreign nationals only.
    private static void AddProvisionalAuthorisation(DeadlineFacts facts, List<Deadline> deadlines)
    {
        if (!facts.IsForeignNational || facts.ProvisionalAuthorisations.MaxBy(a => a.GrantedOn) is not { } aps)
        {
            return;
        }

        var expiresOn = aps.ValidUntil ?? DeadlineCalculator.Calculate(DeadlineRule.ApsExpiry, aps.GrantedOn, facts.Departement);
        deadlines.Add(new(DeadlineRule.ApsExpiry, aps.GrantedOn, expiresOn, aps.RenewalRequestedOn));
    }

    private static void AddExitPathway(DeadlineFacts facts, IEnumerable<DateOnly> sessions, List<Deadline> deadlines)
    {
        var applications = facts.ExitPathwayApplications.OrderBy(a => a.AppliedOn).ToList();
        if (applications.Count == 0)
        {
            return;
        }

        var latest = applications[^1];
        if (latest.DecidedOn is null && DeadlineCalculator.NextCommissionSession(latest.AppliedOn, sessions) is { } session)
        {
            deadlines.Add(new(DeadlineRule.ExitPathwayCommission, latest.AppliedOn, session));
        }

        var authorisations = applications.Where(a => a is { Authorised: true, DecidedOn: not null }).ToList();
        if (authorisations.Count == 0 || (latest.DecidedOn is not null && !latest.Authorised))
        {
            return;
        }

        // The current authorisation's end calls for a renewal application, which meets it once filed.
        var current = authorisations[^1];
        var renewal = applications.FirstOrDefault(a => a.AppliedOn > current.AppliedOn);
        var endsOn = DeadlineCalculator.Calculate(DeadlineRule.ExitPathwayRenewal, current.DecidedOn!.Value, facts.Departement);

        // The pathway lasts 24 months at most: past that, there is nothing left to renew.
        if (endsOn < LegalPeriods.AddMonths(authorisations[0].DecidedOn!.Value, DeadlineCalculator.ExitPathwayMaximumMonths))
        {
            deadlines.Add(new(DeadlineRule.ExitPathwayRenewal, current.DecidedOn.Value, endsOn, renewal?.AppliedOn));
        }
    }
}
