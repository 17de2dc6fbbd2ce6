using System.Reflection;
using Npgsql;
using NpgsqlTypes;

namespace Passerelle.Bench.Statistics;

/// <summary>Writes projection rows with PostgreSQL's binary COPY, one column per public property of the entity.</summary>
public sealed class RowCopy<T> : IAsyncDisposable
{
    private static readonly PropertyInfo[] Columns = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);
    private readonly NpgsqlBinaryImporter importer;

    internal RowCopy(NpgsqlBinaryImporter importer) => this.importer = importer;

    internal static string CopyCommand(string table) =>
        $"COPY \"{table}\" ({string.Join(", ", Columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";

    public async Task WriteAsync(T row)
    {
        await importer.StartRowAsync();
        foreach (var column in Columns)
        {
            var value = column.GetValue(row);
            if (value is null)
            {
                await importer.WriteNullAsync();
                continue;
            }

            switch (value)
            {
                case string s: await importer.WriteAsync(s, NpgsqlDbType.Varchar); break;
                case int i: await importer.WriteAsync(i, NpgsqlDbType.Integer); break;
                case bool b: await importer.WriteAsync(b, NpgsqlDbType.Boolean); break;
                case decimal d: await importer.WriteAsync(d, NpgsqlDbType.Numeric); break;
                case DateOnly d: await importer.WriteAsync(d, NpgsqlDbType.Date); break;
                case Guid g: await importer.WriteAsync(g, NpgsqlDbType.Uuid); break;
                default: throw new NotSupportedException($"{column.Name}: {value.GetType()}");
            }
        }
    }

    public async Task<ulong> CompleteAsync() => await importer.CompleteAsync();

    public ValueTask DisposeAsync() => importer.DisposeAsync();
}

public static class RowCopy
{
    public static async Task<RowCopy<T>> OpenAsync<T>(NpgsqlConnection connection, string table) =>
        new(await connection.BeginBinaryImportAsync(RowCopy<T>.CopyCommand(table)));
}
