namespace Passerelle.Domain.Identification;

/// <summary>What happens to a case in the NRM procedure; each event may move its status.</summary>
public enum CaseEvent
{
    Screened = 1,
    RgRequested = 2,
    RgDecidedPositive = 3,
    RgDecidedNegative = 4,
    RgReconsidered = 5,
    CgRequested = 6,
    CgDecidedPositive = 7,
    CgDecidedNegative = 8,
    CgReconsidered = 9,
    Closed = 10,
}
