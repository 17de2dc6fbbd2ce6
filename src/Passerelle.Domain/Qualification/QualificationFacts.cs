namespace Passerelle.Domain.Qualification;

/// <summary>The facts of a case as the qualification advisor reads them. Property names are the camelCase JSON of the API.</summary>
public sealed record QualificationFacts
{
    /// <summary>Age at the time of the facts; unknown is treated as an adult, since the prosecution must prove minority.</summary>
    public int? AgeAtFacts { get; init; }

    public IReadOnlyList<TraffickingAct> Acts { get; init; } = [];
    public IReadOnlyList<TraffickingMeans> Means { get; init; } = [];
    public IReadOnlyList<ExploitationPurpose> Purposes { get; init; } = [];

    /// <summary>Whether the person "agreed"; null when not known.</summary>
    public bool? Consented { get; init; }

    /// <summary>Whether a border was crossed; null when not known.</summary>
    public bool? BorderCrossed { get; init; }

    public IReadOnlyList<AggravatingCircumstance> Aggravating { get; init; } = [];

    /// <summary>Criminal Code articles currently charged, such as <c>225-4-1</c>, <c>225-5</c> or <c>art. 225-12-1</c>.</summary>
    public IReadOnlyList<string> Charged { get; init; } = [];

    /// <summary>Offences the person was made to commit (theft, drug dealing…), in the practitioner's words.</summary>
    public IReadOnlyList<string> CompelledOffences { get; init; } = [];

    /// <summary>Not part of the facts' JSON: the advice reports it as <see cref="QualificationAdvice.Child"/>.</summary>
    internal bool IsChild => AgeAtFacts < 18 || Aggravating.Contains(AggravatingCircumstance.Minor);
}
