namespace Passerelle.Domain.Statistics.Disclosure;

/// <summary>Why a protected cell shows what it shows. Serialized in kebab-case.</summary>
public enum CellStatus
{
    Published = 1,

    /// <summary>Hidden because it counts fewer persons than the threshold.</summary>
    PrimarySuppressed = 2,

    /// <summary>Hidden so that no primary cell can be recomputed from the others and the totals.</summary>
    ComplementarySuppressed = 3,

    /// <summary>Shown rounded to the base.</summary>
    Rounded = 4,

    /// <summary>
    /// Shown with its cell-key noise. Every cell of a cell-key table has this status, zeros included: saying which cells
    /// drew a noise of zero would give their exact count away.
    /// </summary>
    Perturbed = 5,
}
