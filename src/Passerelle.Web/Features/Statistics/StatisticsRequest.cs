using System.Globalization;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Disclosure;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Tables;
using Passerelle.Domain.Texts;

namespace Passerelle.Web.Features.Statistics;

public enum StatisticsFormat
{
    Json = 1,
    Csv = 2,
    Xlsx = 3,
    Schema = 4,

    /// <summary>The Frictionless data package descriptor of the CSV (datapackage.json).</summary>
    Datapackage = 5,

    /// <summary>The CSV and its datapackage.json in one archive.</summary>
    Zip = 6,
}

/// <summary>A table request as the API and the dashboard take it, checked field by field.</summary>
public sealed record StatisticsRequest(StatisticsQuery Query, DisclosureMethod Method, StatisticsFormat Format)
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    /// <summary>The method of every published table unless another is asked for.</summary>
    public const DisclosureMethod DefaultMethod = DisclosureMethod.CellKey;

    public static StatisticsRequest? Parse(
        string? measure, string? by, string? year, string? quarter, string? method, string? format, out Dictionary<string, string[]> errors)
    {
        errors = [];
        if (!MeasureCatalogue.TryParse(measure, out var parsedMeasure))
        {
            errors["measure"] = [$"Unknown measure '{measure}'. Expected one of: {KebabCase.Choices<Measure>()}."];
        }

        var dimensions = new List<StatisticalDimension>();
        foreach (var name in (by ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (StatisticalDimensions.TryParse(name, out var dimension))
            {
                dimensions.Add(dimension);
            }
            else
            {
                errors["by"] = [$"Unknown dimension '{name}'. Expected up to {StatisticsQuery.MaxDimensions} of: {string.Join(", ", StatisticalDimensions.All.Select(StatisticalDimensions.Name))}."];
            }
        }

        if (!errors.ContainsKey("by") && (dimensions.Count > StatisticsQuery.MaxDimensions || dimensions.Distinct().Count() != dimensions.Count))
        {
            errors["by"] = [$"At most {StatisticsQuery.MaxDimensions} different dimensions."];
        }

        var filters = new Dictionary<StatisticalDimension, string>();
        if (!string.IsNullOrEmpty(year))
        {
            if (int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= FirstYear and <= LastYear)
            {
                filters[StatisticalDimension.Year] = y.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                errors["year"] = [$"A year between {FirstYear} and {LastYear}."];
            }
        }

        if (!string.IsNullOrEmpty(quarter))
        {
            var code = quarter.StartsWith('q') ? quarter : "q" + quarter;
            if (code is "q1" or "q2" or "q3" or "q4")
            {
                filters[StatisticalDimension.Quarter] = code;
            }
            else
            {
                errors["quarter"] = ["A quarter from 1 to 4 (or q1 to q4)."];
            }
        }

        // Published tables use the cell-key method unless the reader asks for suppression or rounding (docs/statistics-disclosure.md).
        var parsedMethod = DefaultMethod;
        if (!string.IsNullOrEmpty(method) && !KebabCase.TryParse(method, out parsedMethod))
        {
            errors["method"] = [$"Expected one of: {KebabCase.Choices<DisclosureMethod>()}."];
        }

        var parsedFormat = StatisticsFormat.Json;
        if (!string.IsNullOrEmpty(format) && !KebabCase.TryParse(format, out parsedFormat))
        {
            errors["format"] = [$"Expected one of: {KebabCase.Choices<StatisticsFormat>()}."];
        }

        return errors.Count > 0
            ? null
            : new StatisticsRequest(new StatisticsQuery(parsedMeasure, dimensions) { Filters = filters }, parsedMethod, parsedFormat);
    }
}
