using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Passerelle.Web.Features.Statistics;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG (no script, no inline style, so the CSP holds). One breakdown:
/// one bar per category. Two breakdowns: one group per category of the first, headed by its name, with one bar per
/// category of the second, each bar labelled with its category as well as coloured by it, so that colour is never the
/// only way to tell the series apart. A suppressed value is drawn as no bar and labelled "s". The table under the chart
/// carries the same figures.
/// </summary>
public sealed record BarChart(IReadOnlyList<BarChart.Row> Rows, IReadOnlyList<string> Series)
{
    public const int Width = 640;
    public const int LabelWidth = 220;
    public const int BarHeight = 22;
    public const int Gap = 8;
    public const int HeadingHeight = 24;

    /// <summary>The number of colours the style sheet defines (<c>statistics-chart__bar--s0</c> to <c>--s5</c>).</summary>
    public const int Colours = 6;

    /// <summary>A bar, or the heading of a group when <see cref="Series"/> is null.</summary>
    public sealed record Row(string Label, decimal? Value, int Y, int Length, int? Series)
    {
        public bool IsHeading => Series is null;

        public string ValueText => Value?.ToString("N0", CultureInfo.CurrentCulture) ?? "";

        public string BarClass => "statistics-chart__bar statistics-chart__bar--s" + ((Series ?? 0) % Colours).ToString(CultureInfo.InvariantCulture);

        /// <summary>Bars inside a group are indented under its heading.</summary>
        public int LabelX(bool grouped) => grouped && !IsHeading ? 16 : 0;
    }

    public bool IsGrouped => Series.Count > 1;

    public int Height => Rows.Count == 0 ? 1 : Rows[^1].Y + (Rows[^1].IsHeading ? HeadingHeight : BarHeight + Gap);

    /// <summary>An SVG <c>text</c> element: Razor reserves the tag name for itself.</summary>
    public static IHtmlContent Text(int x, int y, string cssClass, string content) => new HtmlString(
        string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{y}\" class=\"{cssClass}\">{HtmlEncoder.Default.Encode(content)}</text>"));

    /// <summary>
    /// The chart of a protected table: the total alone, the first breakdown, or the first two (a third breakdown is
    /// summed over, as in its margins; the table gives it in full).
    /// </summary>
    public static BarChart Of(Passerelle.Domain.Statistics.Disclosure.ProtectedTable table, StatisticsLabels labels, string total)
    {
        var dims = table.Dimensions;
        string?[] Cell(params string?[] codes) => [.. codes, .. Enumerable.Repeat<string?>(null, dims.Count - codes.Length)];
        return dims.Count switch
        {
            0 => Of([(total, table.GrandTotal.Value)]),
            1 => Of(table.Categories[0].Select(code => (labels.Of(dims[0], code), table[Cell(code)].Value))),
            _ => Grouped(
                [.. table.Categories[0].Select(group => ((string?)labels.Of(dims[0], group),
                    (IReadOnlyList<(string, decimal?)>)[.. table.Categories[1].Select(code => (labels.Of(dims[1], code), table[Cell(group, code)].Value))]))],
                [.. table.Categories[1].Select(code => labels.Of(dims[1], code))]),
        };
    }

    /// <summary>One breakdown: a bar per category.</summary>
    public static BarChart Of(IEnumerable<(string Label, decimal? Value)> values) =>
        Grouped([(null, values.ToList())], []);

    /// <summary>
    /// Two breakdowns: a group per category of the first (<paramref name="groups"/>, in order), a bar per category of
    /// the second (<paramref name="series"/>, the same order in every group). All bars share one scale.
    /// </summary>
    public static BarChart Grouped(IReadOnlyList<(string? Heading, IReadOnlyList<(string Label, decimal? Value)> Bars)> groups, IReadOnlyList<string> series)
    {
        var max = groups.SelectMany(g => g.Bars).Select(b => b.Value ?? 0).DefaultIfEmpty(0).Max();
        var room = Width - LabelWidth - 70;
        var rows = new List<Row>();
        var y = 0;
        foreach (var (heading, bars) in groups)
        {
            if (heading is not null)
            {
                rows.Add(new Row(heading, null, y, 0, null));
                y += HeadingHeight;
            }

            for (var i = 0; i < bars.Count; i++)
            {
                var (label, value) = bars[i];
                var length = max == 0 || value is null or 0 ? 0 : (int)Math.Max(1, Math.Round(value.Value / max * room));
                rows.Add(new Row(label, value, y, length, series.Count > 0 ? i : 0));
                y += BarHeight + Gap;
            }
        }

        return new(rows, series);
    }
}
