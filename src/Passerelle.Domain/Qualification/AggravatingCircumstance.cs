namespace Passerelle.Domain.Qualification;

/// <summary>
/// Aggravating circumstances of trafficking the advisor takes into account: every circumstance of Criminal Code
/// art. 225-4-2 I (1° to 7°), 225-4-3 and 225-4-4 (S8 of the legal review: Légifrance LEGIARTI000006417842), so the
/// advisor never shows a penalty that is too low. Serialized in kebab-case; numbers are stored: never reuse one.
/// </summary>
public enum AggravatingCircumstance
{
    /// <summary>The victim was under 18 (art. 225-4-1 II); also inferred from <c>ageAtFacts</c>.</summary>
    Minor = 1,

    /// <summary>Committed by an organised group (art. 225-4-3).</summary>
    OrganisedGroup = 2,

    /// <summary>Against several persons (art. 225-4-2 I 1°).</summary>
    SeveralVictims = 3,

    /// <summary>Violence causing the victim more than eight days of total incapacity for work (art. 225-4-2 I 5°).</summary>
    Violence = 4,

    /// <summary>
    /// The victim's particular vulnerability (age, illness, disability, impairment, pregnancy) was apparent or known:
    /// the circumstance of art. 225-4-1 I 3°, the same one as the means <see cref="TraffickingMeans.AbuseOfVulnerability"/>.
    /// </summary>
    VulnerablePerson = 5,

    /// <summary>By a person who, by their office, takes part in fighting trafficking or keeping public order (art. 225-4-2 I 6°).</summary>
    PublicOfficial = 6,

    /// <summary>With torture or acts of barbarity (art. 225-4-4).</summary>
    TortureOrBarbarity = 7,

    /// <summary>Against a person who was outside the territory of the Republic or on arrival on it (art. 225-4-2 I 2°).</summary>
    VictimAbroadOrOnArrival = 8,

    /// <summary>
    /// The person was put in contact with the perpetrator through an electronic communication network used to send
    /// messages to an undetermined public: online adverts, social networks (art. 225-4-2 I 3°).
    /// </summary>
    OnlineContact = 9,

    /// <summary>Circumstances exposing the person directly to an immediate risk of death or of injuries causing mutilation or permanent disability (art. 225-4-2 I 4°).</summary>
    RiskOfDeathOrMutilation = 10,

    /// <summary>The offence placed the victim in a grave material or psychological situation (art. 225-4-2 I 7°).</summary>
    GraveSituation = 11,
}
