using Passerelle.Domain.Retention;

namespace Passerelle.Web.Features.Retention;

/// <summary>
/// The <c>Retention</c> section of the configuration: the periods an operator may change (defaults in
/// <see cref="RetentionOptions"/>) and the archives condition of erasure. Passerelle run by a State service
/// (MIPROF) or a département holds public archives (Code du patrimoine L.211-4): at the end of their current use
/// they are selected, and those to be eliminated are listed "par accord entre l'autorité qui les a produits ou
/// reçus et l'administration des archives" (L.212-2 al. 2). Erasure therefore runs only once that agreement (the
/// visa or management table reference) is configured; a private operator sets <see cref="PublicArchives"/> false.
/// </summary>
public sealed class RetentionSettings
{
    public const string Section = "Retention";

    public int CaseFileYears { get; set; } = new RetentionOptions().CaseFileYears;
    public int ChildCaseUntilAge { get; set; } = new RetentionOptions().ChildCaseUntilAge;
    public int ChildCaseOfUnknownAgeYears { get; set; } = new RetentionOptions().ChildCaseOfUnknownAgeYears;

    /// <summary>The data are public archives (Code du patrimoine L.211-4): erasure needs <see cref="EliminationAgreement"/>.</summary>
    public bool PublicArchives { get; set; } = true;

    /// <summary>The reference of the archives administration's agreement to eliminate (L.212-2 al. 2), written in every erasure's audit entry.</summary>
    public string? EliminationAgreement { get; set; }

    public bool ErasureEnabled => !PublicArchives || !string.IsNullOrWhiteSpace(EliminationAgreement);

    public RetentionOptions ToOptions() => new()
    {
        CaseFileYears = CaseFileYears,
        ChildCaseUntilAge = ChildCaseUntilAge,
        ChildCaseOfUnknownAgeYears = ChildCaseOfUnknownAgeYears,
    };
}
