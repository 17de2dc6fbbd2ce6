using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Children;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Children;

/// <summary>
/// Whether a case is a child's case today, from the case and its stored age assessments (the domain's
/// <see cref="AgeDetermination"/>). The one place referrals, screening and the child mechanism ask: a disputed age
/// conclusively assessed as an adult's is an adult's case, an assessed minor is a child whatever the recorded age.
/// Call it only for a case already in the user's scope: it does not check access.
/// </summary>
public sealed class CaseAge(PasserelleDbContext db, CaseIdentityProtector protector, TimeProvider clock)
{
    /// <param name="ageDisputed">Overrides the case's own flag, as the screening form may.</param>
    public async Task<AgeDecision> DecideAsync(Case found, CancellationToken ct, bool? ageDisputed = null)
    {
        var facts = new CaseFacts
        {
            Pseudonym = found.Pseudonym,
            Departement = found.Departement,
            BirthYear = found.BirthYear,
            EstimatedAge = found.EstimatedAge,
            AgeDisputed = found.AgeDisputed,
            Identity = protector.Unprotect(found.ProtectedIdentity),
        };
        var assessments = await db.AgeAssessments.AsNoTracking().Where(a => a.CaseId == found.Id).ToListAsync(ct);
        var today = clock.Today();
        return AgeDetermination.Decide(facts, assessments.Select(a => a.ToDomain()), today, DateOnly.FromDateTime(found.CreatedAt), ageDisputed);
    }
}
