namespace Passerelle.Domain.Htcds;

/// <summary>One value of an HTCDS picklist: the value name (system identifier) and its English label.</summary>
public sealed record HtcdsValue(string Name, string Label);

/// <summary>
/// An HTCDS 2.0 picklist mapped to a Passerelle enum: each Passerelle value has the value name it is written
/// as; reading accepts the value name or its label (IOM's Excel templates validate against the labels), ignoring
/// case, spaces and punctuation, and a few names the standard has that Passerelle reads as a near value.
/// </summary>
public sealed class HtcdsPicklist<T>
    where T : struct, Enum
{
    private readonly Dictionary<T, HtcdsValue> written;
    private readonly Dictionary<string, T> read = new(StringComparer.Ordinal);

    public HtcdsPicklist(string field, IEnumerable<(T Value, string Name, string Label)> values, IEnumerable<(string NameOrLabel, T Value)>? alsoRead = null)
    {
        Field = field;
        written = values.ToDictionary(v => v.Value, v => new HtcdsValue(v.Name, v.Label));
        foreach (var (value, name, label) in values)
        {
            read.TryAdd(Fold(name), value);
            read.TryAdd(Fold(label), value);
        }

        foreach (var (text, value) in alsoRead ?? [])
        {
            read.TryAdd(Fold(text), value);
        }
    }

    /// <summary>The HTCDS field name, such as <c>vic_MethodsOfControl</c>.</summary>
    public string Field { get; }

    public IReadOnlyCollection<HtcdsValue> Values => written.Values;

    public string Name(T value) => written[value].Name;

    /// <summary>The standard's English label, such as "Debt bondage".</summary>
    public string Label(T value) => written[value].Label;

    public bool TryRead(string? text, out T value)
    {
        value = default;
        return !string.IsNullOrWhiteSpace(text) && read.TryGetValue(Fold(text), out value);
    }

    private static string Fold(string text) => HtcdsText.Fold(text);
}

public static class HtcdsText
{
    /// <summary>Lower-case letters and digits only: "Debt bondage " (as the template's validation sheet has it) reads as DebtBondage.</summary>
    public static string Fold(string text) => string.Concat(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
}
