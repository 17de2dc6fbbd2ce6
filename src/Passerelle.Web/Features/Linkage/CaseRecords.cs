using Passerelle.Domain.Cases;
using Passerelle.Domain.Linkage;
using Passerelle.Web.Features.Cases;

namespace Passerelle.Web.Features.Linkage;

/// <summary>A stored case as a linkage record: identifying fields decrypted in memory only, never stored in clear.</summary>
public static class CaseRecords
{
    public static PersonRecord From(Case @case, IdentifyingFields identity) =>
        CasePersonRecords.From(@case.Id.ToString(), @case.AgencyId.ToString(), identity.LegalName, identity.DateOfBirth,
            @case.BirthYear, @case.Sex, @case.Nationality, identity.Phone, @case.Departement);
}
