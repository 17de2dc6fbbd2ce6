using Passerelle.Domain.Rights;

namespace Passerelle.Web.Features.Rights;

/// <summary>What the rights rules read about the case itself (legal review D12, D13).</summary>
/// <param name="ProstitutionExitRightsApply">See <see cref="RightsEligibility.ProstitutionExitRightsApply"/>: APS and exit pathway.</param>
public sealed record RightsCaseContext(bool ProstitutionExitRightsApply, int? BirthYear, int? EstimatedAge, DateOnly DetectedOn)
{
    /// <summary>No restriction: a sexual-exploitation case of unknown age.</summary>
    public static RightsCaseContext Unrestricted(DateOnly detectedOn) => new(true, null, null, detectedOn);
}

/// <summary>Checks a rights record before anything is stored; every bad field is named.</summary>
public static class RightsValidation
{
    public const string ApsNotOpen =
        "The APS is only for victims of trafficking for sexual exploitation or of procuring who have left prostitution (CESEDA L.425-4): record sexual exploitation among the case's forms, or procuring (225-5 to 225-10) in its proceedings.";

    public const string ExitPathwayNotOpen =
        "The exit pathway is only for victims of prostitution, procuring or trafficking for sexual exploitation (CASF L.121-9): record sexual exploitation among the case's forms, or procuring (225-5 to 225-10) in its proceedings.";

    public const string PermitTooYoung =
        "The temporary permit of L.425-1 is issued to a minor only from the age of 16 (CESEDA R.425-5); the person is under 16 on this date. A child under 16 needs no residence permit.";

    public const string MinorDeclarationMissing =
        "The person is a minor on this date: the L.425-1 card goes to a minor of 16 or 17 who declares wishing to work or to train (CESEDA R.425-5). Record the declaration.";

    public const string MinorDeclarationOfAnAdult =
        "Only a minor makes this declaration (CESEDA R.425-5); the person is 18 or over on this date.";

    public static Dictionary<string, string[]> Validate(RightsInput input, DateOnly today, RightsCaseContext context)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        void NotFuture(string field, DateOnly? date)
        {
            if (date > today)
            {
                Add(field, "This date cannot be in the future.");
            }
        }

        NotFuture("prefectureReceiptOn", input.PrefectureReceiptOn);
        NotFuture("reflectionDecisionOn", input.ReflectionDecisionOn);
        NotFuture("prefectureReceiptWithdrawnOn", input.PrefectureReceiptWithdrawnOn);
        if (input.PrefectureReceiptWithdrawnOn is { } withdrawn
            && (input.PrefectureReceiptOn is not { } receiptOn || withdrawn < receiptOn))
        {
            Add("prefectureReceiptWithdrawnOn", "A receipt is withdrawn on or after the day it was issued (CESEDA R.425-2).");
        }

        if (input.ReflectionDecisionOn is { } decided && input.PrefectureReceiptOn is { } receipt && decided < receipt)
        {
            Add("reflectionDecisionOn", "The person's decision comes after the prefecture's receipt.");
        }

        var permits = input.ResidencePermits ?? [];
        for (var i = 0; i < permits.Count; i++)
        {
            var p = permits[i];
            var at = $"residencePermits[{i}]";
            if (p.Kind is null)
            {
                Add($"{at}.kind", "The kind is required: first, renewal or resident-card.");
            }

            if (p.IssuedOn is null)
            {
                Add($"{at}.issuedOn", "The issue date is required.");
            }

            NotFuture($"{at}.issuedOn", p.IssuedOn);
            if (p.ValidUntil is { } until && p.IssuedOn is { } issued && until <= issued)
            {
                Add($"{at}.validUntil", "A permit is valid until a date after its issue.");
            }

            if (p.RenewalRequestedOn is { } requested && p.IssuedOn is { } from && requested < from)
            {
                Add($"{at}.renewalRequestedOn", "A renewal is requested after the permit's issue.");
            }

            NotFuture($"{at}.renewalRequestedOn", p.RenewalRequestedOn);

            // R.425-5: the L.425-1 card (first issue or renewal) from 16; the resident card (L.425-3) is not concerned.
            if (p.Kind is PermitKind.First or PermitKind.Renewal && p.IssuedOn is { } on
                && RightsEligibility.CertainlyTooYoungForVictimPermit(context.BirthYear, context.EstimatedAge, context.DetectedOn, on))
            {
                Add($"{at}.issuedOn", PermitTooYoung);
            }
            else if (p.Kind is PermitKind.First or PermitKind.Renewal && p.IssuedOn is { } minorOn && p.MinorDeclaration is null
                && RightsEligibility.MinorDeclarationRequired(context.BirthYear, context.EstimatedAge, context.DetectedOn, minorOn))
            {
                Add($"{at}.minorDeclaration", MinorDeclarationMissing);
            }

            if (p.MinorDeclaration is not null && p.Kind == PermitKind.ResidentCard)
            {
                Add($"{at}.minorDeclaration", "Only the L.425-1 card (first or renewal) carries a minor's declaration (CESEDA R.425-5).");
            }
            else if (p.MinorDeclaration is not null && p.IssuedOn is { } adultOn
                && RightsEligibility.CertainlyAdult(context.BirthYear, context.EstimatedAge, context.DetectedOn, adultOn))
            {
                Add($"{at}.minorDeclaration", MinorDeclarationOfAnAdult);
            }
        }

        var authorisations = input.ProvisionalAuthorisations ?? [];
        for (var i = 0; i < authorisations.Count; i++)
        {
            var a = authorisations[i];
            var at = $"provisionalAuthorisations[{i}]";
            if (!context.ProstitutionExitRightsApply)
            {
                Add($"{at}.grantedOn", ApsNotOpen);
            }

            if (a.GrantedOn is null)
            {
                Add($"{at}.grantedOn", "The grant date is required.");
            }

            NotFuture($"{at}.grantedOn", a.GrantedOn);
            if (a.ValidUntil is { } until && a.GrantedOn is { } granted && until <= granted)
            {
                Add($"{at}.validUntil", "An authorisation is valid until a date after its grant.");
            }

            if (a.RenewalRequestedOn is { } requested && a.GrantedOn is { } from && requested < from)
            {
                Add($"{at}.renewalRequestedOn", "A renewal is requested after the grant.");
            }

            NotFuture($"{at}.renewalRequestedOn", a.RenewalRequestedOn);
        }

        var applications = input.ExitPathwayApplications ?? [];
        for (var i = 0; i < applications.Count; i++)
        {
            var a = applications[i];
            var at = $"exitPathwayApplications[{i}]";
            if (!context.ProstitutionExitRightsApply)
            {
                Add($"{at}.appliedOn", ExitPathwayNotOpen);
            }

            if (a.AppliedOn is null)
            {
                Add($"{at}.appliedOn", "The application date is required.");
            }

            NotFuture($"{at}.appliedOn", a.AppliedOn);
            NotFuture($"{at}.decidedOn", a.DecidedOn);
            if (a.DecidedOn is { } decidedOn && a.AppliedOn is { } applied && decidedOn < applied)
            {
                Add($"{at}.decidedOn", "The decision comes after the application.");
            }

            if ((a.DecidedOn is null) != (a.Authorised is null))
            {
                Add($"{at}.authorised", "A decision has a date and an outcome (authorised true or false), or neither.");
            }
        }

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }
}
