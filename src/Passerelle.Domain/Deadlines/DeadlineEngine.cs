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
            // Closed by the person's decision, a permit, or the prefect's withdrawal of the receipt (R.425-2 al. 2),
            // whichever came first: a closed period protects no more.
            DateOnly?[] closings =
            [
                facts.ReflectionDecisionOn,
                facts.ResidencePermits.Where(p => p.IssuedOn >= reflectionStart).Select(p => (DateOnly?)p.IssuedOn).Min(),
                facts.PrefectureReceiptWithdrawnOn,
            ];
            var answered = closings.Where(d => d is not null).Min();
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

        AddCompensation(facts, deadlines);

        return [.. deadlines.OrderBy(d => d.DueOn).ThenBy(d => d.Rule)];
    }

    /// <summary>
    /// The reflection period runs from the prefecture's receipt and from nothing else: "ce délai court à compter de
    /// la remise du récépissé" (CESEDA R.425-2 al. 1). An NRM decision has no legal effect on removal, so before the
    /// receipt there is no period and no protection, only a period to request (<see cref="ReflectionStatus"/>).
    /// None for a French national: it is a CESEDA right of foreign victims, who can be removed.
    /// </summary>
    public static DateOnly? ReflectionStart(DeadlineFacts facts) =>
        facts.IsForeignNational ? facts.PrefectureReceiptOn : null;

    /// <summary>
    /// Where the reflection period stands on <paramref name="today"/> (CESEDA R.425-2), for the pages to say it
    /// truthfully: "protected from removal" only while a receipt runs and has not been withdrawn.
    /// </summary>
    public static ReflectionPeriodStatus ReflectionStatus(DeadlineFacts facts, DateOnly today)
    {
        if (!facts.IsForeignNational)
        {
            return ReflectionPeriodStatus.NotApplicable;
        }

        if (facts.PrefectureReceiptOn is not { } receipt || receipt > today)
        {
            return ReflectionPeriodStatus.ToRequest;
        }

        if (facts.PrefectureReceiptWithdrawnOn is { } withdrawn && withdrawn <= today)
        {
            return ReflectionPeriodStatus.Withdrawn;
        }

        return ProtectedFromRemovalUntil(Derive(facts), today) is not null ? ReflectionPeriodStatus.Running : ReflectionPeriodStatus.Closed;
    }

    /// <summary>
    /// The last day the person is protected from removal by the reflection period (no removal during it, CESEDA
    /// R.425-2), while it runs on <paramref name="today"/>: from the receipt until the person decides, a permit is
    /// issued, the receipt is withdrawn (R.425-2 al. 2) or it ends. Null otherwise (no receipt, over, or closed;
    /// never for a French national).
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

    // CIVI (CPP art. 706-5): from the offence (or majority), extended to a year after a prosecution's final decision;
    // without an offence date, a year after that decision, which is never later than the real limit. A dismissal
    // (classement) gives no FinalCriminalDecisionOn, so without an offence date there is nothing to compute.
    // AGRASC (CPP art. 706-164): six months from the day a conviction became final.
    private static void AddCompensation(DeadlineFacts facts, List<Deadline> deadlines)
    {
        var departement = facts.Departement;
        if (facts.OffenceOn is { } offence)
        {
            deadlines.Add(new(DeadlineRule.CiviClaimLimit, offence,
                DeadlineCalculator.CiviClaimLimit(offence, facts.FinalCriminalDecisionOn, facts.VictimMajorityOn, departement), facts.CiviClaimFiledOn));
        }
        else if (facts.FinalCriminalDecisionOn is { } final)
        {
            deadlines.Add(new(DeadlineRule.CiviClaimLimit, final, DeadlineCalculator.CiviClaimLimitAfterFinalDecision(final, departement), facts.CiviClaimFiledOn));
        }

        if (facts is { Convicted: true, FinalCriminalDecisionOn: { } finalConviction })
        {
            deadlines.Add(new(DeadlineRule.AgrascClaimLimit, finalConviction, DeadlineCalculator.AgrascClaimLimit(finalConviction, departement), facts.AgrascClaimFiledOn));
        }
    }

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
