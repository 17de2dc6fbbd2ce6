namespace Passerelle.Domain.Qualification;

/// <summary>
/// The means of trafficking an adult (Criminal Code art. 225-4-1 I 1° to 4°). Which numbered circumstance each one is
/// matters for the penalty: two different ones aggravate it (art. 225-4-2 I). Serialized in kebab-case.
/// </summary>
public enum TraffickingMeans
{
    /// <summary>1°: threat.</summary>
    Threat = 1,

    /// <summary>1°: constraint or violence.</summary>
    Force = 2,

    /// <summary>1°: fraudulent manoeuvre (manœuvre dolosive).</summary>
    Deception = 3,

    /// <summary>2°: by a parent or a person with authority over the victim, or abusing the authority of their office.</summary>
    AbuseOfAuthority = 4,

    /// <summary>3°: abuse of a vulnerability due to age, illness, disability, physical or mental impairment or pregnancy.</summary>
    AbuseOfVulnerability = 5,

    /// <summary>4°: in exchange for, or by granting, a payment or other benefit, or the promise of one.</summary>
    Payment = 6,
}
