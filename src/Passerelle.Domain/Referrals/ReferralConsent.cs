using Passerelle.Domain.Screening;

namespace Passerelle.Domain.Referrals;

/// <summary>An adult's informed consent to be referred: when, in which language it was explained, and by whom.</summary>
public sealed record InformedConsent(DateOnly GivenOn, string Language, string ExplainedBy);

/// <summary>A child needs no consent, but their guardian (or ad hoc administrator) is told of the referral.</summary>
public sealed record GuardianNotice(DateOnly InformedOn, string Guardian);

/// <summary>The consent rules of a referral; errors are keyed by the camelCase field the API and the forms use.</summary>
public static class ReferralConsentRules
{
    public const int LanguageMaxLength = 40;
    public const int NameMaxLength = 200;

    /// <summary>
    /// An adult must have given informed consent on or before the day the referral is sent. A child needs none (if
    /// one is recorded it must still be well formed); their guardian notice may come after the referral, so that
    /// child protection never waits for it (<see cref="Referral.AwaitsGuardianNotice"/>).
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> Validate(
        Population population, InformedConsent? consent, GuardianNotice? notice, DateOnly sentOn)
    {
        var errors = new Dictionary<string, string[]>();
        if (consent is null)
        {
            if (population == Population.Adult)
            {
                errors["consent"] = ["An adult's informed consent is required: date, language and who explained it."];
            }
        }
        else
        {
            if (consent.GivenOn > sentOn)
            {
                errors["consentGivenOn"] = ["Consent is given before the referral is sent, not after."];
            }

            if (string.IsNullOrWhiteSpace(consent.Language) || consent.Language.Length > LanguageMaxLength)
            {
                errors["consentLanguage"] = [$"The language the referral was explained in (at most {LanguageMaxLength} characters)."];
            }

            if (string.IsNullOrWhiteSpace(consent.ExplainedBy) || consent.ExplainedBy.Length > NameMaxLength)
            {
                errors["consentExplainedBy"] = [$"Who explained the referral (at most {NameMaxLength} characters)."];
            }
        }

        if (notice is not null)
        {
            foreach (var (field, messages) in ValidateNotice(notice))
            {
                errors[field] = messages;
            }
        }

        return errors;
    }

    public static IReadOnlyDictionary<string, string[]> ValidateNotice(GuardianNotice notice)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(notice.Guardian) || notice.Guardian.Length > NameMaxLength)
        {
            errors["guardian"] = [$"The guardian or ad hoc administrator informed (at most {NameMaxLength} characters)."];
        }

        return errors;
    }
}
