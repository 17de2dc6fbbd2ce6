namespace Passerelle.Domain.Statistics.Disclosure;

public sealed record DisclosureOptions
{
    public static readonly DisclosureOptions Default = new();

    /// <summary>A cell counting from 1 to <c>Threshold − 1</c> persons is suppressed.</summary>
    public int Threshold { get; init; } = 5;

    public DisclosureMethod Method { get; init; } = DisclosureMethod.Suppression;

    public int RoundingBase { get; init; } = 5;

    /// <summary>The perturbation table of the cell-key method (the published one unless a test or the bench gives another).</summary>
    public PerturbationTable Perturbation { get; init; } = PerturbationTable.Default;
}
