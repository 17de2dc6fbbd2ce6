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
/// never from the request; values are parameters. The same SQL runs on SQLite and PostgreSQL.
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
            var categories = new List<IReadOnlyList<string>>();
            foreach (var dimension in query.By)
            {
                categories.Add(await CategoriesAsync(dimension, query, ct));
            }

            var cells = await InnerCellsAsync(query, ct);
            return CrossTable.FromInnerCells(query.Measure, query.By, [.. categories.Select(c => c.Count > 0 ? c : [Category.UnknownCode])], cells);
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>The SQL of a query's inner cells, for the benchmark to time against hand-written SQL.</summary>
    public static string InnerCellsSql(StatisticsQuery query, bool amount)
    {
        var groups = query.By.Select(d => Quote(StatisticsRow.ColumnOf(d))).ToList();
        var sql = new StringBuilder("SELECT ");
        foreach (var group in groups)
        {
            sql.Append(group).Append(", ");
        }

        sql.Append("COUNT(*), ").Append(amount ? $"SUM({Quote(StatisticsRow.ColumnOf(query.Measure))})" : "0")
            .Append(" FROM ").Append(Quote(PersonsTable)).Append(" WHERE ")
            .Append(amount ? $"{Quote(StatisticsRow.ColumnOf(query.Measure))} <> 0" : $"{Quote(StatisticsRow.ColumnOf(query.Measure))} = @reached");
        AppendFilters(sql, query);
        if (groups.Count > 0)
        {
            sql.Append(" GROUP BY ").Append(string.Join(", ", groups));
        }

        return sql.ToString();
    }

    private async Task<List<TableCell>> InnerCellsAsync(StatisticsQuery query, CancellationToken ct)
    {
        var amount = MeasureCatalogue.KindOf(query.Measure) == MeasureKind.Amount;
        await using var command = Command(InnerCellsSql(query, amount), query);
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
            var value = amount ? Convert.ToDecimal(reader.GetValue(width + 1), CultureInfo.InvariantCulture) : persons;
            cells.Add(new TableCell(codes, value, persons));
        }

        return cells;
    }

    // Categories come from everyone the filters keep, not only those in the measure, as CrossTabulation does.
    private async Task<IReadOnlyList<string>> CategoriesAsync(StatisticalDimension dimension, StatisticsQuery query, CancellationToken ct)
    {
        var column = Quote(StatisticsRow.ColumnOf(dimension));
        var sql = new StringBuilder($"SELECT DISTINCT {column} FROM {Quote(PersonsTable)} WHERE 1 = 1");
        AppendFilters(sql, query);
        await using var command = Command(sql.ToString(), query);
        var observed = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            observed.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return StatisticalDimensions.Order(dimension, observed);
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
