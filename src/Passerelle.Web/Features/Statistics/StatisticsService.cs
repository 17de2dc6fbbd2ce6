using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Statistics.Anonymity;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Disclosure;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Tables;
using Passerelle.Domain.Texts;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Statistics;

/// <summary>The one way out of the statistics module: protected tables and the k-anonymous export, each audited.</summary>
public sealed class StatisticsService(PasserelleDbContext db, StatisticsAggregation aggregation, AuditTrail audit, IConfiguration configuration)
{
    public int Threshold => configuration.GetValue("Statistics:Threshold", 5);

    public int K => configuration.GetValue("Statistics:K", 5);

    public Task<ProtectedTable> TableAsync(StatisticsRequest request, CancellationToken ct) => TableAsync(request, null, ct);

    /// <param name="alsoSuppress">Cells a linked table of the same publication hides (see <see cref="DisclosureControl.Protect"/>).</param>
    public async Task<ProtectedTable> TableAsync(StatisticsRequest request, IEnumerable<IReadOnlyList<string?>>? alsoSuppress, CancellationToken ct)
    {
        var table = await aggregation.TabulateAsync(request.Query, ct);
        var protectedTable = DisclosureControl.Protect(table, new DisclosureOptions { Threshold = Threshold, Method = request.Method }, alsoSuppress);
        audit.Record(AuditEventType.StatisticsQueried, details: Describe(request));
        await audit.CommitAsync(cancellationToken: ct);
        return protectedTable;
    }

    /// <summary>The grand total of each measure under the same filters, read in one scan, protected and audited one by one.</summary>
    public async Task<IReadOnlyList<ProtectedCell>> TotalsAsync(
        IReadOnlyList<Measure> measures, IReadOnlyDictionary<StatisticalDimension, string> filters, DisclosureMethod method, CancellationToken ct)
    {
        var tables = await aggregation.TotalsAsync(measures, filters, ct);
        var options = new DisclosureOptions { Threshold = Threshold, Method = method };
        foreach (var measure in measures)
        {
            audit.Record(AuditEventType.StatisticsQueried, details: Describe(new StatisticsRequest(
                new StatisticsQuery(measure, []) { Filters = filters }, method, StatisticsFormat.Json)));
        }

        await audit.CommitAsync(cancellationToken: ct);
        return [.. tables.Select(t => DisclosureControl.Protect(t, options).GrandTotal)];
    }

    /// <summary>One row per person, quasi-identifiers generalised then suppressed until every class holds at least K persons.</summary>
    public async Task<AnonymisedExport<ExportPayload>> ExportAsync(StatisticsFormat format, CancellationToken ct)
    {
        var persons = await db.Set<StatisticsPersonRow>().AsNoTracking().OrderBy(p => p.PersonKey).ToListAsync(ct);
        var records = persons.Select(p => new ExportRecord<ExportPayload>(
            new QuasiIdentifierValues(
                KebabCase.TryParse<Sex>(p.Sex, out var sex) ? sex : Sex.Unknown,
                AgeGroups.Of(p.Age),
                p.Nationality == Category.UnknownCode ? null : p.Nationality,
                KebabCase.TryParse<ExploitationForm>(p.ExploitationForm, out var form) ? form : null,
                p.Year,
                p.Departement == Category.UnknownCode ? null : p.Departement),
            ExportPayload.Of(p))).ToList();
        var export = KAnonymiser.Anonymise(records, new KAnonymityOptions { K = K });
        audit.Record(AuditEventType.StatisticsExported, details: $"k={K}; format={KebabCase.Of(format)}; rows={export.Records.Count}; suppressed={export.SuppressedRecords}");
        await audit.CommitAsync(cancellationToken: ct);
        return export;
    }

    private string Describe(StatisticsRequest request) =>
        string.Create(CultureInfo.InvariantCulture, $"measure={KebabCase.Of(request.Query.Measure)}; by={string.Join(',', request.Query.By.Select(StatisticalDimensions.Name))}; ")
        + string.Join("; ", request.Query.Filters.Select(f => $"{StatisticalDimensions.Name(f.Key)}={f.Value}"))
        + $"; method={KebabCase.Of(request.Method)}; threshold={Threshold}; format={KebabCase.Of(request.Format)}";
}

/// <summary>
/// The rest of an export row: only which measures the person reached. Amounts, agency and any other attribute are left
/// out, as they could single a person out beside the generalised quasi-identifiers.
/// </summary>
public sealed record ExportPayload(IReadOnlyList<string> Reached)
{
    public static ExportPayload Of(StatisticsPersonRow row) => new(
        [.. MeasureCatalogue.All
            .Where(d => d.Kind == MeasureKind.Persons && d.Measure != Measure.Registered)
            .Where(d => row.ToRecord(row.PersonKey).Reached.Contains(d.Measure))
            .Select(d => d.Name)]);
}
