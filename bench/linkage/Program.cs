using Passerelle.Bench.Linkage;
using Passerelle.Domain.Linkage;

var today = DateOnly.FromDateTime(DateTime.UtcNow);
if (args is ["scale", var kind, ..])
{
    var size = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    if (kind == "blocks")
    {
        ScaleBenchmarks.BlockStatistics(size);
    }
    else if (kind == "incremental")
    {
        ScaleBenchmarks.Incremental(args.Length > 2 ? size : 100_000);
    }
    else
    {
        ScaleBenchmarks.Deduplicate(size, pprl: kind == "pprl");
    }

    return 0;
}

if (args is ["calibrate-dice", ..])
{
    DiceCalibration.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3000,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 7);
    return 0;
}

if (args is ["realistic", ..])
{
    var size = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5000;
    var seed = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2026;
    RealisticBenchmarks.Run(size, seed);
    return 0;
}

// "demo yyyy-MM-dd [seed [cases…]]": the demo population of another date, seed and sizes, for development (the
// reported figures are the seeder's population — seed 2026 — of the day, at 200 and 500 cases; a date alone barely
// changes the population, its seed does).
if (args is ["demo", _, ..])
{
    var date = DateOnly.ParseExact(args[1], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    var seed = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2026;
    foreach (var cases in args.Length > 3 ? args[3..].Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)) : [200, 500])
    {
        DemoBenchmarks.Run(cases, date, seed);
    }

    return 0;
}

// "febrl [folder]": FEBRL only (the check every engine change must keep at F1 ≥ 0.99).
var febrlOnly = args is ["febrl", ..];
if (!febrlOnly)
{
    DemoBenchmarks.Run(200, today);
    DemoBenchmarks.Run(500, today);
    if (args is ["demo"])
    {
        return 0;
    }

    RealisticBenchmarks.Run(5000, 2026);
}

var folder = FebrlData.FindFolder(febrlOnly ? args.ElementAtOrDefault(1) : args.Length > 0 ? args[0] : null);
if (folder is null)
{
    Console.Error.WriteLine("FEBRL data not found: pass the folder holding dataset4a.csv (default ../shared/data/febrl).");
    return 2;
}

Console.WriteLine($"FEBRL data: {folder}; {Environment.ProcessorCount} cores; Release build: {!IsDebug()}");
PlainBenchmarks.Warm(folder);
PlainBenchmarks.Dataset4(folder, FebrlData.MapWithoutIdentifier, "plain, without soc_sec_id");
PlainBenchmarks.Dataset4(folder, FebrlData.MapWithIdentifier, "plain, with soc_sec_id");
PlainBenchmarks.Dataset2(folder);
PprlBenchmarks.Dataset4(folder, FebrlData.MapWithoutIdentifier, "without soc_sec_id");
PprlBenchmarks.Dataset4(folder, FebrlData.MapWithIdentifier, "with soc_sec_id");
return 0;

static bool IsDebug()
{
#if DEBUG
    return true;
#else
    return false;
#endif
}
