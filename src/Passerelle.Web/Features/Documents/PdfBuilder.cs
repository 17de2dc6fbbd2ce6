using System.Reflection;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Passerelle.Web.Features.Documents;

/// <summary>
/// Lays out a simple A4 document with PDFsharp (MIT): a title, headings, paragraphs wrapped to the width, label/value
/// lines, a footer on every page; a new page when the current one is full. The font (DejaVu Sans, embedded in the
/// assembly so no system font is needed) covers French and most Latin, Greek and Cyrillic names.
/// </summary>
public sealed class PdfBuilder : IDisposable
{
    private const double Margin = 50;
    private const double FooterHeight = 30;
    private static readonly object FontLock = new();

    private readonly PdfDocument document = new();
    private readonly XFont title;
    private readonly XFont heading;
    private readonly XFont body;
    private readonly XFont bold;
    private readonly XFont small;
    private readonly string footer;
    private PdfPage page = null!;
    private XGraphics graphics = null!;
    private double y;

    public PdfBuilder(string documentTitle, string footer)
    {
        EnsureFonts();
        document.Info.Title = documentTitle;
        document.Info.Creator = "Passerelle";
        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        title = new XFont(EmbeddedFonts.Family, 16, XFontStyleEx.Bold, options);
        heading = new XFont(EmbeddedFonts.Family, 12, XFontStyleEx.Bold, options);
        body = new XFont(EmbeddedFonts.Family, 10, XFontStyleEx.Regular, options);
        bold = new XFont(EmbeddedFonts.Family, 10, XFontStyleEx.Bold, options);
        small = new XFont(EmbeddedFonts.Family, 8, XFontStyleEx.Regular, options);
        this.footer = footer;
        NewPage();
        Lines(documentTitle, title, 0);
        y += 6;
    }

    private double Width => page.Width.Point - 2 * Margin;

    public PdfBuilder Heading(string text)
    {
        y += 8;
        Lines(text, heading, 0);
        y += 2;
        return this;
    }

    public PdfBuilder Paragraph(string text)
    {
        Lines(text, body, 0);
        y += 4;
        return this;
    }

    public PdfBuilder Small(string text)
    {
        Lines(text, small, 0);
        y += 2;
        return this;
    }

    /// <summary>A label in bold and its value beside it (wrapped under it when long).</summary>
    public PdfBuilder Field(string label, string? value)
    {
        var labelWidth = Math.Min(180, Width / 3);
        var lines = Wrap(string.IsNullOrWhiteSpace(value) ? "—" : value, body, Width - labelWidth);
        var labelLines = Wrap(label, bold, labelWidth - 6);
        var height = Math.Max(lines.Count, labelLines.Count) * LineHeight(body);
        EnsureRoom(Math.Min(height, LineHeight(body) * 3));
        var top = y;
        foreach (var line in labelLines)
        {
            Draw(line, bold, Margin);
        }

        var labelBottom = y;
        y = top;
        foreach (var line in lines)
        {
            Draw(line, body, Margin + labelWidth);
        }

        y = Math.Max(y, labelBottom) + 2;
        return this;
    }

    /// <summary>
    /// A table: the header in bold over a rule, then one row per entry. The first column (the row's label) takes a
    /// third of the width, the others share the rest; a cell too long for its column wraps, and a row never splits
    /// across pages.
    /// </summary>
    public PdfBuilder Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var widths = ColumnWidths(header.Count);
        y += 2;
        Row(header, bold, widths);
        graphics.DrawLine(XPens.Gray, Margin, y, Margin + Width, y);
        y += 2;
        foreach (var row in rows)
        {
            Row(row, body, widths);
        }

        y += 4;
        return this;
    }

    private double[] ColumnWidths(int count)
    {
        if (count <= 1)
        {
            return [Width];
        }

        var first = Math.Max(Width / 3, Width / count);
        return [first, .. Enumerable.Repeat((Width - first) / (count - 1), count - 1)];
    }

    private void Row(IReadOnlyList<string> cells, XFont font, double[] widths)
    {
        var wrapped = cells.Select((cell, i) => Wrap(string.IsNullOrEmpty(cell) ? " " : cell, font, widths[i] - 6)).ToList();
        EnsureRoom(wrapped.Max(lines => lines.Count) * LineHeight(font));
        var top = y;
        var bottom = y;
        var x = Margin;
        for (var i = 0; i < wrapped.Count; i++)
        {
            y = top;
            foreach (var line in wrapped[i])
            {
                Draw(line, font, x);
            }

            bottom = Math.Max(bottom, y);
            x += widths[i];
        }

        y = bottom;
    }

    public void Dispose()
    {
        graphics.Dispose();
        document.Dispose();
    }

    public byte[] ToBytes()
    {
        graphics.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private void Lines(string text, XFont font, double indent)
    {
        foreach (var line in Wrap(text, font, Width - indent))
        {
            EnsureRoom(LineHeight(font));
            Draw(line, font, Margin + indent);
        }
    }

    private void Draw(string line, XFont font, double x)
    {
        EnsureRoom(LineHeight(font));
        graphics.DrawString(line, font, XBrushes.Black, new XRect(x, y, Width, LineHeight(font)), XStringFormats.TopLeft);
        y += LineHeight(font);
    }

    private static double LineHeight(XFont font) => font.Size * 1.35;

    private void EnsureRoom(double height)
    {
        if (y + height > page.Height.Point - Margin - FooterHeight)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        graphics?.Dispose();
        page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        var number = document.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        graphics.DrawString($"{footer} — {number}", small, XBrushes.Gray,
            new XRect(Margin, page.Height.Point - Margin, page.Width.Point - 2 * Margin, FooterHeight), XStringFormats.TopLeft);
        y = Margin;
    }

    /// <summary>Greedy word wrap by measured width; a word longer than the line is cut.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var result = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (graphics.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    result.Add(line);
                }

                line = word;
                while (line.Length > 1 && graphics.MeasureString(line, font).Width > width)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && graphics.MeasureString(line[..cut], font).Width > width)
                    {
                        cut--;
                    }

                    result.Add(line[..cut]);
                    line = line[cut..];
                }
            }

            result.Add(line);
        }

        return result;
    }

    private static void EnsureFonts()
    {
        lock (FontLock)
        {
            GlobalFontSettings.FontResolver ??= new EmbeddedFonts();
        }
    }
}

/// <summary>DejaVu Sans regular and bold from the assembly's resources (free licence, see Fonts/LICENSE.txt).</summary>
internal sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[] GetFont(string faceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Passerelle.Web.Features.Documents.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
