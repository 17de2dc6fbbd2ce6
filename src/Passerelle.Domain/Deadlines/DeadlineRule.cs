namespace Passerelle.Domain.Deadlines;

/// <summary>
/// The deadlines Passerelle derives from a case's facts (issue 5, DOMAIN.md section 5). Serialized in kebab-case:
/// <c>rg-decision</c>, <c>reflection-period</c>, <c>aps-expiry</c>, <c>permit-renewal-alert</c>… Numbers are stored:
/// never reuse one.
/// </summary>
public enum DeadlineRule
{
    /// <summary>Reasonable-grounds decision: 5 working days from the request (the UK NRM target DOMAIN.md adopts).</summary>
    RgDecision = 1,

    /// <summary>End of the 30-day reflection period (CESEDA R.425-2; CoE Convention art. 13).</summary>
    ReflectionPeriod = 2,

    /// <summary>End of a 6-month provisional residence authorisation (APS), renewable.</summary>
    ApsExpiry = 3,

    /// <summary>
    /// The renewal window of a temporary residence permit (CESEDA L.425-1): it opens 120 days before expiry and this
    /// deadline falls due 60 days before, the last day to file online (CESEDA R.431-5 1°, décret 2021-313).
    /// </summary>
    PermitRenewalAlert = 4,

    /// <summary>End of a temporary residence permit: one year unless the card says otherwise.</summary>
    PermitExpiry = 5,

    /// <summary>The departmental commission's next session after an exit-pathway application (Law 2016-444 art. 5).</summary>
    ExitPathwayCommission = 6,

    /// <summary>End of a 6-month exit-pathway authorisation, renewable within 24 months in all.</summary>
    ExitPathwayRenewal = 7,

    /// <summary>The National Focal Point's answer to an enquiry from another country: 30 days unless the requester set a date.</summary>
    FocalPointEnquiry = 8,

    /// <summary>A missing child: the alert to the lead agency, the police and the National Focal Point is due the same day.</summary>
    MissingChildAlert = 9,

    /// <summary>
    /// Last day to claim before the CIVI (CPP art. 706-5): three years from the offence (from majority for a minor
    /// victim), or one year after the final decision when a prosecution was brought, whichever is later.
    /// </summary>
    CiviClaimLimit = 10,

    /// <summary>Last day to ask AGRASC for payment: six months from the day the decision became final, on pain of forclusion (CPP art. 706-164).</summary>
    AgrascClaimLimit = 11,
}
