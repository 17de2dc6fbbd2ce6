using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Tables;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Statistics;

/// <summary>
/// Builds a query's cross table in SQL, over <see cref="StatisticsPersonRow"/>: one row per person key, so each
/// count is a count of distinct persons and each sum adds one amount per person. Column names come from the enums,
/// never from the request; values are parameters. The same SQL runs on SQLite and PostgreSQL, except how an amount
/// is read: amounts are summed as whole cents (the columns hold euros to the cent, numeric(14,2)), so that on SQLite,
/// where EF Core stores a decimal as TEXT ("0.0", "15000.5"), a zero is a zero and the sum involves no floating point.
/// </summary>
public sealed class StatisticsAggregation(PasserelleDbContext db)
{
    public const string PersonsTable = "StatisticsPersons";

    public async Task<CrossTable> TabulateAsync(StatisticsQuery query, CancellationToken ct)
    {
        if (query.Problem is { } problem)
        {
            throw new ArgumentException(problem, nameof(query));
        }

        var groups = await WithConnectionAsync(() => GroupsAsync(query, db.Database.IsSqlite(), ct));
        var categories = query.By
            .Select((d, i) => StatisticalDimensions.Order(d, groups.Select(g => g.Categories[i]!).Distinct(StringComparer.Ordinal)))
            .Select(c => c.Count > 0 ? c : [Category.UnknownCode])
            .ToList();
        return CrossTable.FromInnerCells(query.Measure, query.By, categories, groups.Where(g => g.Persons > 0));
    }

    /// <summary>
    /// The grand totals of several measures under the same filters in one scan (the report's pathway), each as the
    /// table <see cref="TabulateAsync"/> would give for the measure by no dimension.
    /// </summary>
    public async Task<IReadOnlyList<CrossTable>> TotalsAsync(
        IReadOnlyList<Measure> measures, IReadOnlyDictionary<StatisticalDimension, string> filters, CancellationToken ct)
    {
        var queries = measures.Select(m => new StatisticsQuery(m, []) { Filters = filters }).ToList();
        if (queries.Select(q => q.Problem).FirstOrDefault(p => p is not null) is { } problem)
        {
            throw new ArgumentException(problem, nameof(filters));
        }

        var sqlite = db.Database.IsSqlite();
        var totals = await WithConnectionAsync(async () =>
        {
            var sql = new StringBuilder("SELECT ")
                .AppendJoin(", ", measures.Select(m => MeasureColumns(m, sqlite)))
                .Append(" FROM ").Append(Quote(PersonsTable)).Append(" WHERE 1 = 1");
            AppendFilters(sql, queries[0]);
            await using var command = Command(sql.ToString(), queries[0]);
            if (measures.Any(m => MeasureCatalogue.KindOf(m) != MeasureKind.Amount))
            {
                AddParameter(command, "@reached", true);
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            return measures.Select((m, i) => ReadCell(reader, [], Width * i, m, sqlite)).ToList();
        });
        return [.. measures.Select((m, i) => CrossTable.FromInnerCells(m, [], [], totals[i].Persons > 0 ? [totals[i]] : []))];
    }

    private async Task<T> WithConnectionAsync<T>(Func<Task<T>> read)
    {
        var opened = db.Database.GetDbConnection().State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync();
        }

        try
        {
            return await read();
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>
    /// One scan per table: every combination of categories present among the persons the filters keep, with the
    /// number of them in the measure (and their euros). Combinations with nobody in the measure still give the
    /// categories, so that a nationality registered but never sheltered shows as a zero, as in CrossTabulation.
    /// </summary>
    /// <param name="sqlite">Whether the amount columns are SQLite TEXT rather than PostgreSQL numeric.</param>
    public static string GroupsSql(StatisticsQuery query, bool sqlite)
    {
        var groups = query.By.Select(d => Quote(StatisticsRow.ColumnOf(d))).ToList();
        var sql = new StringBuilder("SELECT ");
        foreach (var group in groups)
        {
            sql.Append(group).Append(", ");
        }

        sql.Append(MeasureColumns(query.Measure, sqlite)).Append(" FROM ").Append(Quote(PersonsTable)).Append(" WHERE 1 = 1");
        AppendFilters(sql, query);
        if (groups.Count > 0)
        {
            sql.Append(" GROUP BY ").Append(string.Join(", ", groups));
        }

        return sql.ToString();
    }

    /// <summary>
    /// Three columns: the persons in the measure, their euros (0 for a count), and the sum of their record keys (the
    /// cell key of the cell-key method before reduction). Only the persons in the measure are summed, so a numeric sum
    /// does not run over the whole scan.
    /// </summary>
    private static string MeasureColumns(Measure measure, bool sqlite)
    {
        var column = Quote(StatisticsRow.ColumnOf(measure));
        var key = Quote(nameof(StatisticsPersonRow.RecordKey));
        if (MeasureCatalogue.KindOf(measure) != MeasureKind.Amount)
        {
            return $"COUNT(CASE WHEN {column} = @reached THEN 1 END), 0, SUM(CASE WHEN {column} = @reached THEN {key} END)";
        }

        var exact = ExactAmountOf(column, sqlite);
        return $"COUNT(CASE WHEN {exact} <> 0 THEN 1 END), SUM(CASE WHEN {exact} <> 0 THEN {exact} END), SUM(CASE WHEN {exact} <> 0 THEN {key} END)";
    }

    /// <summary>
    /// An amount column in exact arithmetic. On SQLite the TEXT is read as a double and rounded to a whole number
    /// of cents: exact, as a numeric(14,2) amount has at most 14 significant digits, well within a double's 15.
    /// PostgreSQL's numeric is exact already, and left as it is so the scan stays as cheap as a count.
    /// </summary>
    private static string ExactAmountOf(string column, bool sqlite) => sqlite
        ? $"CAST(ROUND(CAST({column} AS REAL) * 100) AS INTEGER)"
        : column;

    private async Task<List<TableCell>> GroupsAsync(StatisticsQuery query, bool sqlite, CancellationToken ct)
    {
        await using var command = Command(GroupsSql(query, sqlite), query);
        if (MeasureCatalogue.KindOf(query.Measure) != MeasureKind.Amount)
        {
            AddParameter(command, "@reached", true);
        }

        var cells = new List<TableCell>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        var width = query.By.Count;
        while (await reader.ReadAsync(ct))
        {
            var codes = new string?[width];
            for (var i = 0; i < width; i++)
            {
                codes[i] = Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
            }

            cells.Add(ReadCell(reader, codes, width, query.Measure, sqlite));
        }

        return cells;
    }

    /// <summary>The number of <see cref="MeasureColumns"/>.</summary>
    private const int Width = 3;

    /// <summary>The cell of the <see cref="MeasureColumns"/> read from <paramref name="offset"/>.</summary>
    private static TableCell ReadCell(DbDataReader reader, string?[] codes, int offset, Measure measure, bool sqlite)
    {
        var persons = Convert.ToInt32(reader.GetValue(offset), CultureInfo.InvariantCulture);
        var value = MeasureCatalogue.KindOf(measure) != MeasureKind.Amount ? persons
            : reader.IsDBNull(offset + 1) ? 0
            : sqlite ? Convert.ToInt64(reader.GetValue(offset + 1), CultureInfo.InvariantCulture) / 100m
            : Convert.ToDecimal(reader.GetValue(offset + 1), CultureInfo.InvariantCulture);
        var keySum = reader.IsDBNull(offset + 2) ? 0 : Convert.ToInt64(reader.GetValue(offset + 2), CultureInfo.InvariantCulture);
        return new TableCell(codes, value, persons) { KeySum = keySum };
    }

    private static void AppendFilters(StringBuilder sql, StatisticsQuery query)
    {
        var i = 0;
        foreach (var filter in query.Filters)
        {
            sql.Append(" AND ").Append(Quote(StatisticsRow.ColumnOf(filter.Key))).Append(" = @f").Append(i++);
        }
    }

    private DbCommand Command(string sql, StatisticsQuery query)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var i = 0;
        foreach (var filter in query.Filters)
        {
            AddParameter(command, $"@f{i++}", filter.Key == StatisticalDimension.Year ? int.Parse(filter.Value, CultureInfo.InvariantCulture) : filter.Value);
        }

        return command;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static string Quote(string identifier) => $"\"{identifier}\"";
}
