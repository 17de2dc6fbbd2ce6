using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Passerelle.Bench.Statistics;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Disclosure;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Records;
using Passerelle.Domain.Statistics.Tables;
using Passerelle.Web.Features.Statistics;
using Passerelle.Web.Platform.Persistence;

// dotnet run -c Release --project bench/statistics [-- --cases 1000000] [--trials 2000] [--connection "Host=…;Username=…;Database=postgres"] [--keep]
// First the disclosure methods side by side (in memory). Then, with a connection (or PASSERELLE_BENCH_POSTGRES) naming a
// server where the bench may create and drop a database, the dashboard's queries timed on PostgreSQL.
var cases = Option("--cases") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 1_000_000;
var trials = Option("--trials") is { } t ? int.Parse(t, CultureInfo.InvariantCulture) : 2_000;
var comparison = Stopwatch.StartNew();
MethodComparison.Run(cases, trials, Console.Out);
Console.WriteLine($"({comparison.Elapsed.TotalSeconds:F0} s)");
Console.WriteLine();
var admin = Option("--connection") ?? Environment.GetEnvironmentVariable("PASSERELLE_BENCH_POSTGRES");
if (string.IsNullOrEmpty(admin))
{
    Console.WriteLine("Timings on PostgreSQL skipped: give a server with --connection \"Host=127.0.0.1;Port=5432;Username=…;Database=postgres\" or PASSERELLE_BENCH_POSTGRES.");
    return 0;
}

const int Rounds = 5;
var database = $"passerelle_bench_statistics_{Environment.ProcessId}";
await using (var connection = new NpgsqlConnection(admin))
{
    await connection.OpenAsync();
    await new NpgsqlCommand($"CREATE DATABASE {database}", connection).ExecuteNonQueryAsync();
}

var benchConnection = new NpgsqlConnectionStringBuilder(admin) { Database = database, Pooling = true }.ToString();
var options = new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql(benchConnection, npgsql => npgsql.MigrationsAssembly(DatabaseSetup.PostgresMigrationsAssembly)).Options;
try
{
    await using (var db = new PostgresDbContext(options))
    {
        await db.Database.MigrateAsync();
    }

    var load = Stopwatch.StartNew();
    var (caseCount, personCount) = await LoadAsync(benchConnection, cases);
    Console.WriteLine($"Loaded {caseCount:N0} cases of {personCount:N0} persons in {load.Elapsed.TotalSeconds:F1} s (binary COPY, persons resolved by PersonResolution).");

    await using var module = new PostgresDbContext(options);
    var aggregation = new StatisticsAggregation(module);
    await using var hand = new NpgsqlConnection(benchConnection);
    await hand.OpenAsync();
    var steps = Dashboard(aggregation, hand);

    // Warm-up: plans, caches, JIT.
    foreach (var step in steps)
    {
        await step.Module();
        await step.Hand();
    }

    var moduleTimes = steps.Select(_ => new List<double>()).ToList();
    var handTimes = steps.Select(_ => new List<double>()).ToList();
    var dashboardTimes = new List<double>();
    for (var round = 0; round < Rounds; round++)
    {
        var dashboard = Stopwatch.StartNew();
        for (var i = 0; i < steps.Count; i++)
        {
            var watch = Stopwatch.StartNew();
            var tables = await steps[i].Module();
            moduleTimes[i].Add(watch.Elapsed.TotalMilliseconds);
            foreach (var table in tables)
            {
                DisclosureControl.Protect(table);
            }
        }

        dashboardTimes.Add(dashboard.Elapsed.TotalMilliseconds);
        for (var i = 0; i < steps.Count; i++)
        {
            var watch = Stopwatch.StartNew();
            await steps[i].Hand();
            handTimes[i].Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    Console.WriteLine();
    Console.WriteLine($"{"query",-58} {"module ms",10} {"SQL ms",10} {"ratio",6}");
    for (var i = 0; i < steps.Count; i++)
    {
        var m = Median(moduleTimes[i]);
        var h = Median(handTimes[i]);
        Console.WriteLine($"{steps[i].Name,-58} {m,10:F1} {h,10:F1} {m / h,6:F2}");
    }

    var moduleTotal = steps.Select((_, i) => Median(moduleTimes[i])).Sum();
    var handTotal = steps.Select((_, i) => Median(handTimes[i])).Sum();
    Console.WriteLine($"{"all " + steps.Count + " queries (sum of medians)",-58} {moduleTotal,10:F1} {handTotal,10:F1} {moduleTotal / handTotal,6:F2}");
    Console.WriteLine($"Full dashboard (every query through the module + disclosure control), median of {Rounds}: {Median(dashboardTimes):F0} ms");
}
finally
{
    if (!args.Contains("--keep"))
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection).ExecuteNonQueryAsync();
    }
}

return 0;

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

static string Describe(StatisticsQuery query) =>
    KebabCase(query.Measure) + (query.By.Count > 0 ? " by " + string.Join(",", query.By.Select(StatisticalDimensions.Name)) : "")
    + string.Concat(query.Filters.Select(f => $" {StatisticalDimensions.Name(f.Key)}={f.Value}"));

static string KebabCase(Measure measure) => Passerelle.Domain.Texts.KebabCase.Of(measure);

// What the dashboard and the annual report ask for one year: the SSMSI series and the share of women (one table,
// form × sex × year), the year's breakdowns, and the totals along the pathway (one scan for all of them).
static List<Step> Dashboard(StatisticsAggregation aggregation, NpgsqlConnection hand)
{
    var year = new Dictionary<StatisticalDimension, string> { [StatisticalDimension.Year] = "2025" };
    var tables = new List<StatisticsQuery>
    {
        new(Measure.Registered, [StatisticalDimension.ExploitationForm, StatisticalDimension.Sex, StatisticalDimension.Year]),
        new(Measure.Registered, [StatisticalDimension.NationalityGroup]) { Filters = year },
        new(Measure.Registered, [StatisticalDimension.ChildOrAdult]) { Filters = year },
        new(Measure.Registered, [StatisticalDimension.Sex, StatisticalDimension.AgeGroup]) { Filters = year },
        new(Measure.Sheltered, [StatisticalDimension.Region, StatisticalDimension.Sex]) { Filters = year },
        new(Measure.CgPositive, [StatisticalDimension.AgencyType, StatisticalDimension.NationalityGroup, StatisticalDimension.Sex]) { Filters = year },
        new(Measure.CompensationGrantedAmount, [StatisticalDimension.NationalityGroup]) { Filters = year },
    };
    var steps = tables.Select(q => new Step(
        Describe(q),
        async () => [await aggregation.TabulateAsync(q, CancellationToken.None)],
        () => HandWrittenAsync(hand, q))).ToList();
    Measure[] pathway =
    [
        Measure.Registered, Measure.Screened, Measure.RgPositive, Measure.CgPositive, Measure.Assisted, Measure.Sheltered,
        Measure.ReflectionPeriods, Measure.ResidencePermits, Measure.Aps, Measure.ExitPathway, Measure.Complaints,
        Measure.CompensationClaimed, Measure.CompensationGranted, Measure.CompensationGrantedAmount, Measure.Confiscations,
        Measure.ChildrenMissing,
    ];
    steps.Add(new Step(
        $"{pathway.Length} pathway totals year=2025 (one scan)",
        () => aggregation.TotalsAsync(pathway, year, CancellationToken.None),
        () => HandWrittenTotalsAsync(hand, pathway, 2025)));
    return steps;
}

// The same totals as one hand-written scan, as a DBA would write them with FILTER.
static async Task HandWrittenTotalsAsync(NpgsqlConnection connection, IReadOnlyList<Measure> measures, int year)
{
    var columns = measures.Select(m =>
    {
        var column = $"\"{StatisticsRow.ColumnOf(m)}\"";
        return MeasureCatalogue.KindOf(m) == MeasureKind.Amount
            ? $"COUNT(*) FILTER (WHERE {column} <> 0), SUM({column}) FILTER (WHERE {column} <> 0)"
            : $"COUNT(*) FILTER (WHERE {column})";
    });
    await using var command = new NpgsqlCommand($"SELECT {string.Join(", ", columns)} FROM \"StatisticsPersons\" WHERE \"Year\" = {year}", connection);
    await using var reader = await command.ExecuteReaderAsync();
    await reader.ReadAsync();
}

// The SQL one would write by hand for the same table: count the persons in the measure per cell, nothing else.
static async Task HandWrittenAsync(NpgsqlConnection connection, StatisticsQuery query)
{
    var groups = string.Join(", ", query.By.Select(d => $"\"{StatisticsRow.ColumnOf(d)}\""));
    var column = $"\"{StatisticsRow.ColumnOf(query.Measure)}\"";
    var amount = MeasureCatalogue.KindOf(query.Measure) == MeasureKind.Amount;
    var where = (amount ? $"{column} <> 0" : column)
        + string.Concat(query.Filters.Select(f => f.Key == StatisticalDimension.Year ? $" AND \"Year\" = {f.Value}" : $" AND \"{StatisticsRow.ColumnOf(f.Key)}\" = '{f.Value}'"));
    var sql = $"SELECT {(groups.Length > 0 ? groups + ", " : "")}COUNT(*){(amount ? $", SUM({column})" : "")} FROM \"StatisticsPersons\" WHERE {where}"
        + (groups.Length > 0 ? $" GROUP BY {groups}" : "");
    await using var command = new NpgsqlCommand(sql, connection);
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
    }
}

static async Task<(long Cases, long Persons)> LoadAsync(string connectionString, int target)
{
    await using var casesConnection = new NpgsqlConnection(connectionString);
    await using var personsConnection = new NpgsqlConnection(connectionString);
    await casesConnection.OpenAsync();
    await personsConnection.OpenAsync();
    var population = new SyntheticPopulation(seed: 6);
    long cases = 0, persons = 0;
    await using (var caseRows = await RowCopy.OpenAsync<StatisticsCaseRow>(casesConnection, "StatisticsCases"))
    await using (var personRows = await RowCopy.OpenAsync<StatisticsPersonRow>(personsConnection, "StatisticsPersons"))
    {
        while (cases < target)
        {
            var records = population.NextPerson();
            foreach (var record in records.Take((int)Math.Min(records.Count, target - cases)))
            {
                var row = new StatisticsCaseRow { CaseId = Guid.CreateVersion7() };
                row.Fill(PersonResolution.Resolve([record])[0]);
                await caseRows.WriteAsync(row);
                cases++;
            }

            var person = new StatisticsPersonRow { RecordKey = Passerelle.Domain.Statistics.Disclosure.RecordKeys.Draw() };
            person.Fill(PersonResolution.Resolve(records)[0]);
            await personRows.WriteAsync(person);
            persons++;
        }

        await caseRows.CompleteAsync();
        await personRows.CompleteAsync();
    }

    await using var analyse = new NpgsqlCommand("ANALYZE \"StatisticsCases\"; ANALYZE \"StatisticsPersons\"", casesConnection);
    await analyse.ExecuteNonQueryAsync();
    return (cases, persons);
}

/// <summary>One part of the dashboard: through the module (tables to protect) and as hand-written SQL.</summary>
internal sealed record Step(string Name, Func<Task<IReadOnlyList<CrossTable>>> Module, Func<Task> Hand);
