using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Passerelle.Web.Features.Statistics;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG (no script, no inline style, so the CSP holds): one bar per
/// category, a suppressed value drawn as no bar and labelled as such. The table under it carries the same figures.
/// </summary>
public sealed record BarChart(IReadOnlyList<BarChart.Bar> Bars)
{
    public const int Width = 640;
    public const int LabelWidth = 220;
    public const int BarHeight = 22;
    public const int Gap = 8;

    public sealed record Bar(string Label, decimal? Value, int Y, int Length)
    {
        public string ValueText => Value?.ToString("N0", CultureInfo.CurrentCulture) ?? "";
    }

    /// <summary>An SVG <c>text</c> element: Razor reserves the tag name for itself.</summary>
    public static IHtmlContent Text(int x, int y, string cssClass, string content) => new HtmlString(
        string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{y}\" class=\"{cssClass}\">{HtmlEncoder.Default.Encode(content)}</text>"));

    public int Height => Math.Max(1, Bars.Count) * (BarHeight + Gap);

    public static BarChart Of(IEnumerable<(string Label, decimal? Value)> values)
    {
        var list = values.ToList();
        var max = list.Max(v => v.Value ?? 0);
        var room = Width - LabelWidth - 70;
        return new([.. list.Select((v, i) => new Bar(
            v.Label,
            v.Value,
            i * (BarHeight + Gap),
            max == 0 || v.Value is null ? 0 : (int)Math.Max(1, Math.Round(v.Value.Value / max * room))))]);
    }
}
