using System.Text.RegularExpressions;

namespace Passerelle.Domain.Qualification;

/// <summary>Reads the charged offences, which practitioners write as <c>225-5</c>, <c>art. 225-5</c> or <c>225-5 CP</c>.</summary>
public static partial class CriminalCodeArticles
{
    /// <summary>Trafficking in human beings: art. 225-4-1 to 225-4-9.</summary>
    public static IReadOnlySet<string> Trafficking { get; } = new HashSet<string>(
        Enumerable.Range(1, 9).Select(n => $"225-4-{n}"), StringComparer.Ordinal);

    /// <summary>Procuring (proxénétisme) and its aggravated forms: art. 225-5 to 225-10.</summary>
    public static IReadOnlySet<string> Procuring { get; } = new HashSet<string>(
        ["225-5", "225-6", "225-7", "225-7-1", "225-8", "225-9", "225-10"], StringComparer.Ordinal);

    /// <summary>Buying sex from a minor: art. 225-12-1 (second paragraph), 225-12-2.</summary>
    public static IReadOnlySet<string> PurchaseOfSexFromMinor { get; } = new HashSet<string>(
        ["225-12-1", "225-12-2"], StringComparer.Ordinal);

    /// <summary>The article number in a charge, such as <c>225-12-1</c>, or null when there is none.</summary>
    public static string? Normalize(string? charge) =>
        charge is null ? null : ArticlePattern().Match(charge) is { Success: true } match ? match.Value : null;

    [GeneratedRegex(@"(?<![\d-])[1-9]\d{2}(?:-\d{1,3})+(?![\d-])")]
    private static partial Regex ArticlePattern();
}
