namespace Passerelle.Domain.Cases;

/// <summary>A case's place in the NRM procedure (DOMAIN.md section 2). Serialized in kebab-case.</summary>
public enum CaseStatus
{
    Registered = 0,
    Screened = 1,
    RgPending = 2,
    RgPositive = 3,
    RgNegative = 4,
    CgPending = 5,
    CgPositive = 6,
    CgNegative = 7,
    Closed = 8,
}
