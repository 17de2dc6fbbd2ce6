namespace Passerelle.Domain.Qualification;

/// <summary>Stable codes of the advisor's warnings; the web layer and stored qualifications rely on them. Serialized in kebab-case.</summary>
public enum QualificationWarningCode
{
    ConsentIrrelevant = 1,
    ChildNoMeansRequired = 2,
    NoBorderCrossingRequired = 3,
    PimpingChargedWhereTrafficking = 4,
    ChildProstitutionIsTrafficking = 5,
    NonPunishment = 6,

    /// <summary>A border was crossed but art. 225-4-2 I 2° (victim abroad or on arrival) is not ticked.</summary>
    VictimAbroadCircumstance = 7,
}
