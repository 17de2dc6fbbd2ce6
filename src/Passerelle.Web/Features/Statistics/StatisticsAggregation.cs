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

        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        try
        {
            var groups = await GroupsAsync(query, db.Database.IsSqlite(), ct);
            var categories = query.By
                .Select((d, i) => StatisticalDimensions.Order(d, groups.Select(g => g.Categories[i]!).Distinct(StringComparer.Ordinal)))
                .Select(c => c.Count > 0 ? c : [Category.UnknownCode])
                .ToList();
            return CrossTable.FromInnerCells(query.Measure, query.By, categories, groups.Where(g => g.Persons > 0));
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
        var measure = Quote(StatisticsRow.ColumnOf(query.Measure));
        var amount = MeasureCatalogue.KindOf(query.Measure) == MeasureKind.Amount;
        var cents = CentsOf(measure, sqlite);
        var inMeasure = amount ? $"{cents} <> 0" : $"{measure} = @reached";
        var sql = new StringBuilder("SELECT ");
        foreach (var group in groups)
        {
            sql.Append(group).Append(", ");
        }

        sql.Append($"COUNT(CASE WHEN {inMeasure} THEN 1 END), ")
            .Append(amount ? $"SUM({cents})" : "0")
            .Append(" FROM ").Append(Quote(PersonsTable)).Append(" WHERE 1 = 1");
        AppendFilters(sql, query);
        if (groups.Count > 0)
        {
            sql.Append(" GROUP BY ").Append(string.Join(", ", groups));
        }

        return sql.ToString();
    }

    /// <summary>
    /// An amount column as a whole number of cents. On SQLite the TEXT is read as a double and rounded to the cent:
    /// exact, as a numeric(14,2) amount has at most 14 significant digits, well within a double's 15. On PostgreSQL
    /// numeric arithmetic is exact already.
    /// </summary>
    private static string CentsOf(string column, bool sqlite) => sqlite
        ? $"CAST(ROUND(CAST({column} AS REAL) * 100) AS INTEGER)"
        : $"CAST(ROUND({column} * 100) AS BIGINT)";

    private async Task<List<TableCell>> GroupsAsync(StatisticsQuery query, bool sqlite, CancellationToken ct)
    {
        var amount = MeasureCatalogue.KindOf(query.Measure) == MeasureKind.Amount;
        await using var command = Command(GroupsSql(query, sqlite), query);
        if (!amount)
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

            var persons = Convert.ToInt32(reader.GetValue(width), CultureInfo.InvariantCulture);
            var value = amount ? (reader.IsDBNull(width + 1) ? 0 : Convert.ToInt64(reader.GetValue(width + 1), CultureInfo.InvariantCulture) / 100m) : persons;
            cells.Add(new TableCell(codes, value, persons));
        }

        return cells;
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
