namespace Passerelle.Domain.Children;

/// <summary>How an age was assessed. Serialized in kebab-case.</summary>
public enum AgeAssessmentMethod
{
    /// <summary>The multidisciplinary socio-educational evaluation led by the département's child welfare.</summary>
    SocialEvaluation = 1,
    DocumentVerification = 2,

    /// <summary>Radiological bone examination: on a judge's order only, and never conclusive of adulthood alone (Code civil art. 388).</summary>
    BoneExamination = 3,
    MedicalExamination = 4,
    JudicialDecision = 5,
    Other = 99,
}

/// <summary>Serialized in kebab-case.</summary>
public enum AgeAssessmentResult
{
    Minor = 1,
    Adult = 2,

    /// <summary>The doubt benefits the person: they remain presumed a child.</summary>
    Inconclusive = 3,
}

public sealed record AgeAssessment(DateOnly On, AgeAssessmentMethod Method, AgeAssessmentResult Result, string? AssessedBy = null)
{
    /// <summary>
    /// Whether this assessment can settle the age: an inconclusive one cannot; nor can a bone or other medical
    /// examination that finds an adult, nor a finding of unknown method. Code civil art. 388 (Cons. const.
    /// 2018-768 QPC): bone examinations only on a judge's order, their conclusions alone cannot establish that the
    /// person is not a minor, the doubt benefits the person, and no examination of pubertal development is allowed.
    /// </summary>
    public bool IsConclusive => Result switch
    {
        AgeAssessmentResult.Inconclusive => false,
        AgeAssessmentResult.Adult => Method is not (AgeAssessmentMethod.BoneExamination or AgeAssessmentMethod.MedicalExamination or AgeAssessmentMethod.Other),
        AgeAssessmentResult.Minor => true,
    };
}
