using Passerelle.Domain.Agencies;
using Passerelle.Domain.Geography;
using Passerelle.Domain.Screening;

namespace Passerelle.Domain.Children;

/// <summary>Serialized in kebab-case.</summary>
public enum GuardianKind
{
    Parent = 1,
    LegalGuardian = 2,
    AdHocAdministrator = 3,
    ChildWelfareService = 4,
}

public sealed record Guardian(GuardianKind Kind, string Name, DateOnly AppointedOn);

/// <summary>Serialized in kebab-case.</summary>
public enum DurableSolutionType
{
    Integration = 1,
    Relocation = 2,
    Return = 3,
}

public sealed record BestInterestsDetermination(DateOnly On, IReadOnlyList<string> Participants, string Conclusion);

/// <param name="Country">The country of relocation or return (ISO 3166-1 alpha-2); none for integration in France.</param>
public sealed record DurableSolution(DurableSolutionType Type, DateOnly DecidedOn, string? Country = null);

/// <summary>
/// The child mechanism of a case: led by child welfare, with a guardian, and a durable solution that can only be
/// recorded after a best-interests determination (DOMAIN.md section 6).
/// </summary>
public sealed class ChildProtection
{
    public const AgencyType LeadAgencyType = AgencyType.ChildWelfare;

    private readonly List<BestInterestsDetermination> determinations = [];

    public Guardian? Guardian { get; private set; }

    public IReadOnlyList<BestInterestsDetermination> Determinations => determinations;

    public DurableSolution? Solution { get; private set; }

    /// <summary>A child's case is led by a child-welfare agency, not the police; an adult's by any agency.</summary>
    public static bool CanLead(AgencyType agency, Population population) =>
        population == Population.Adult || agency == LeadAgencyType;

    /// <summary>
    /// The agency leading a child's case: the one set, or else the holding agency when it is a child-welfare agency
    /// (the lead by default, no manual step). Null when neither: the case has no lead and says so.
    /// </summary>
    public static Guid? LeadOf(Guid? setLead, Guid holdingAgency, AgencyType holdingType) =>
        setLead ?? (holdingType == LeadAgencyType ? holdingAgency : null);

    /// <summary>
    /// Who decides for the child — guardian, best-interests determinations, durable solution (DOMAIN.md section 6:
    /// led by child welfare, not police): the lead agency, and the holding agency unless it is the police or the
    /// gendarmerie, which detect and protect but hand the child's decisions over.
    /// </summary>
    public static bool MayDecide(Guid userAgency, Guid? lead, Guid holdingAgency, AgencyType holdingType) =>
        userAgency == lead || (userAgency == holdingAgency && holdingType is not (AgencyType.Police or AgencyType.Gendarmerie));

    public void AppointGuardian(Guardian guardian)
    {
        if (string.IsNullOrWhiteSpace(guardian.Name))
        {
            throw DomainRuleException.Invalid("guardianName", "child.guardian", "Name the guardian or ad hoc administrator.");
        }

        Guardian = guardian;
    }

    public void RecordBestInterestsDetermination(BestInterestsDetermination determination)
    {
        if (determination.Participants.Count == 0 || determination.Participants.Any(string.IsNullOrWhiteSpace))
        {
            throw DomainRuleException.Invalid("participants", "child.best-interests", "Name who took part in the determination.");
        }

        if (string.IsNullOrWhiteSpace(determination.Conclusion))
        {
            throw DomainRuleException.Invalid("conclusion", "child.best-interests", "A determination states its conclusion.");
        }

        determinations.Add(determination);
    }

    /// <summary>
    /// Records integration, relocation or return. Refused (409, <c>child.best-interests-required</c>) unless a
    /// best-interests determination was made on or before that day, and after the previous durable solution if any:
    /// a change of solution needs a new determination.
    /// </summary>
    public void RecordDurableSolution(DurableSolution solution)
    {
        var needsCountry = solution.Type is DurableSolutionType.Relocation or DurableSolutionType.Return;
        if (needsCountry && !Countries.IsKnown(solution.Country))
        {
            throw DomainRuleException.Invalid("country", "child.durable-solution", "Relocation and return name the country (ISO 3166-1 alpha-2).");
        }

        if (needsCountry == (solution.Country is null) || (solution.Type == DurableSolutionType.Relocation && solution.Country == "FR"))
        {
            throw DomainRuleException.Invalid("country", "child.durable-solution", "Integration is in France; relocation is to another country.");
        }

        var since = Solution?.DecidedOn;
        if (!determinations.Any(d => d.On <= solution.DecidedOn && (since is null || d.On > since)))
        {
            throw DomainRuleException.Conflict(
                "child.best-interests-required",
                "A best-interests determination must come before a durable solution.");
        }

        Solution = solution;
    }
}
