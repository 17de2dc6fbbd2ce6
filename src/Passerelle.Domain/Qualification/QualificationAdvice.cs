namespace Passerelle.Domain.Qualification;

/// <summary>What the advisor says. Guidance for practitioners and prosecutors, not a legal decision.</summary>
public sealed record QualificationAdvice
{
    /// <summary>Whether the facts establish every element of trafficking (art. 225-4-1).</summary>
    public required bool Trafficking { get; init; }

    /// <summary>Whether the facts concern a minor, so that no means is required.</summary>
    public required bool Child { get; init; }

    public required IReadOnlyList<MissingElement> MissingElements { get; init; }
    public required IReadOnlyList<QualificationWarning> Warnings { get; init; }

    /// <summary>Null when the elements of trafficking are not all met.</summary>
    public Penalty? Penalty { get; init; }
}
