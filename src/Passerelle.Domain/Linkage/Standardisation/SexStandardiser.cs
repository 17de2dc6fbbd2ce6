namespace Passerelle.Domain.Linkage.Standardisation;

/// <summary>Reads sex as written by French and foreign agencies; anything else is unknown, never a guess.</summary>
public static class SexStandardiser
{
    /// <returns>'f', 'm', or '\0' when unknown.</returns>
    public static char Standardise(string? raw) => TextFolding.Fold(raw) switch
    {
        "f" or "female" or "femme" or "feminin" or "w" or "2" or "fille" => 'f',
        "m" or "male" or "homme" or "masculin" or "h" or "1" or "garcon" => 'm',
        _ => '\0',
    };
}
