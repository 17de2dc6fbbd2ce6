using Passerelle.Domain.Cases;
using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Screening;

/// <summary>What the population decision rests on, so the screening can say why a person was screened as a child.</summary>
public enum PopulationBasis
{
    DateOfBirth = 1,
    BirthYear = 2,
    EstimatedAge = 3,
    AgeDisputed = 4,
    AgeUnknown = 5,

    /// <summary>A conclusive age assessment settled it (<see cref="Children.AgeDetermination"/>).</summary>
    AgeAssessed = 6,
}

public sealed record PopulationDecision(Population Population, PopulationBasis Basis)
{
    public LocalizedText Reason => (Population, Basis) switch
    {
        (Population.Child, PopulationBasis.AgeDisputed) => new(
            "Âge contesté : la personne est présumée mineure jusqu'à l'évaluation de son âge.",
            "Age disputed: the person is presumed to be a child until their age is assessed."),
        (Population.Adult, PopulationBasis.AgeUnknown) => new(
            "Âge non renseigné et aucune raison de croire que la personne est mineure : elle est traitée comme majeure (son consentement est requis). S'il y a des raisons de le croire, indiquez que l'âge est contesté : elle sera présumée mineure (Convention du Conseil de l'Europe, art. 10 § 3).",
            "Age not entered and no reason to believe the person is a child: treated as an adult (their consent is needed). If there are reasons to believe so, mark the age as disputed: they will be presumed a child (Council of Europe Convention art. 10(3))."),
        (Population.Child, PopulationBasis.AgeAssessed) => new(
            "Une évaluation de l'âge a conclu que la personne est mineure.",
            "An age assessment found the person to be a child."),
        (Population.Adult, PopulationBasis.AgeAssessed) => new(
            "Une évaluation de l'âge a conclu que la personne est majeure.",
            "An age assessment found the person to be an adult."),
        (Population.Child, PopulationBasis.BirthYear) => new(
            "D'après l'année de naissance, la personne peut avoir moins de 18 ans.",
            "From the birth year, the person may be under 18."),
        (Population.Child, _) => new("La personne a moins de 18 ans.", "The person is under 18."),
        (Population.Adult, _) => new("La personne a 18 ans ou plus.", "The person is 18 or over."),
        _ => throw new InvalidOperationException($"Unknown population {Population}."),
    };
}

/// <summary>
/// A person whose age is uncertain is presumed a child, and screened and protected as one until their age is
/// assessed, when there are reasons to believe they are a child (CoE Convention art. 10(3)): here the "age disputed"
/// flag, or a recorded age that may be under 18. An age that simply was not entered is no such reason: the person
/// is treated as an adult, whose assistance rests on consent (CoE art. 12(7)).
/// </summary>
public static class PresumptionOfMinority
{
    public const int AgeOfMajority = Age.OfMajority;

    /// <param name="on">The date the screening is made.</param>
    /// <param name="estimatedAge">An age estimated on <paramref name="on"/>.</param>
    public static PopulationDecision Decide(
        DateOnly on, DateOnly? dateOfBirth = null, int? birthYear = null, int? estimatedAge = null, bool ageDisputed = false)
    {
        if (ageDisputed)
        {
            return new(Population.Child, PopulationBasis.AgeDisputed);
        }

        if (dateOfBirth is { } dob)
        {
            return new(Age.At(dob, on) < AgeOfMajority ? Population.Child : Population.Adult, PopulationBasis.DateOfBirth);
        }

        if (birthYear is { } year)
        {
            // Born in that year, the person may not have had this year's birthday yet: the youngest possible age decides.
            return new(Age.YoungestAt(year, on) < AgeOfMajority ? Population.Child : Population.Adult, PopulationBasis.BirthYear);
        }

        if (estimatedAge is { } age)
        {
            return new(age < AgeOfMajority ? Population.Child : Population.Adult, PopulationBasis.EstimatedAge);
        }

        return new(Population.Adult, PopulationBasis.AgeUnknown);
    }

    /// <summary>From a case's facts; an estimated age is taken as recorded on <paramref name="recordedOn"/> and aged since.</summary>
    public static PopulationDecision Decide(CaseFacts facts, DateOnly on, DateOnly recordedOn, bool? ageDisputed = null) =>
        Decide(
            on,
            facts.Identity.DateOfBirth,
            facts.BirthYear,
            facts.EstimatedAge is { } estimated ? Age.Aged(estimated, recordedOn, on) : null,
            ageDisputed ?? facts.AgeDisputed);
}
