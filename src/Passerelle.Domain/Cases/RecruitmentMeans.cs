namespace Passerelle.Domain.Cases;

/// <summary>
/// How the person was recruited, as the statistics disaggregate it (DOMAIN.md section 7: online and social networks
/// are counted apart). Serialized in kebab-case.
/// </summary>
public enum RecruitmentMeans
{
    /// <summary>By a family member or relative.</summary>
    Family = 1,

    /// <summary>By a partner or acquaintance met in person ("lover boy").</summary>
    PartnerOrAcquaintance = 2,

    /// <summary>Through a job offer, an employment or travel agency met in person.</summary>
    JobOffer = 3,

    /// <summary>Through a social network or messaging application.</summary>
    OnlineSocialNetwork = 4,

    /// <summary>Through an online advertisement, classified-ad or dating site.</summary>
    OnlineAdvertisement = 5,

    /// <summary>By abduction or force.</summary>
    Abduction = 6,

    Other = 99,
}
