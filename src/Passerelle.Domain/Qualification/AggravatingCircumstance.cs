namespace Passerelle.Domain.Qualification;

/// <summary>Aggravating circumstances of trafficking the advisor takes into account. Serialized in kebab-case.</summary>
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
}
