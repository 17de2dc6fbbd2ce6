using System.Globalization;
using Passerelle.Domain.Agencies;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Geography;
using Passerelle.Domain.Htcds;
using Passerelle.Domain.Statistics.Records;
using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Statistics.Dimensions;

/// <summary>Names, categories and labels of the dimensions, and the category a person falls in.</summary>
public static class StatisticalDimensions
{
    public static readonly IReadOnlyList<StatisticalDimension> All = Enum.GetValues<StatisticalDimension>();

    /// <summary>The camelCase name the API uses: <c>ageGroup</c>, <c>departement</c>.</summary>
    public static string Name(StatisticalDimension dimension)
    {
        var name = dimension.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static bool TryParse(string? name, out StatisticalDimension dimension)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Name(candidate), name, StringComparison.Ordinal))
            {
                dimension = candidate;
                return true;
            }
        }

        dimension = default;
        return false;
    }

    public static LocalizedText Label(StatisticalDimension dimension) => dimension switch
    {
        StatisticalDimension.Year => new("Année", "Year"),
        StatisticalDimension.Quarter => new("Trimestre", "Quarter"),
        StatisticalDimension.Sex => new("Sexe", "Sex"),
        StatisticalDimension.AgeGroup => new("Tranche d'âge", "Age group"),
        StatisticalDimension.ChildOrAdult => new("Mineur ou majeur", "Child or adult"),
        StatisticalDimension.Nationality => new("Nationalité", "Nationality"),
        StatisticalDimension.NationalityGroup => new("Groupe de nationalités", "Nationality group"),
        StatisticalDimension.ExploitationForm => new("Forme d'exploitation", "Form of exploitation"),
        StatisticalDimension.RecruitmentMeans => new("Mode de recrutement", "Means of recruitment"),
        StatisticalDimension.Departement => new("Département", "Département"),
        StatisticalDimension.Region => new("Région", "Region"),
        StatisticalDimension.AgencyType => new("Type d'organisme détecteur", "Detecting agency type"),
        StatisticalDimension.ForcedLabourIndustry => new("Secteur d'activité du travail forcé", "Forced-labour industry"),
        StatisticalDimension.SexExploitationType => new("Type d'exploitation sexuelle", "Type of sexual exploitation"),
        StatisticalDimension.ExploitationCountry => new("Pays d'exploitation", "Country of exploitation"),
    };

    /// <summary>
    /// The categories every table lists, zeros included, in display order, without <c>unknown</c> (listed only when a
    /// person falls in it). Empty for the open dimensions (year, nationality, département), which list the values observed.
    /// </summary>
    public static IReadOnlyList<string> FixedCategories(StatisticalDimension dimension) => dimension switch
    {
        StatisticalDimension.Year or StatisticalDimension.Nationality or StatisticalDimension.Departement or StatisticalDimension.ExploitationCountry => [],
        StatisticalDimension.Quarter => ["q1", "q2", "q3", "q4"],
        StatisticalDimension.Sex => Codes([Sex.Female, Sex.Male, Sex.Other]),
        StatisticalDimension.AgeGroup => [.. AgeGroups.All.Where(g => g != AgeGroup.Unknown).Select(AgeGroups.Code)],
        StatisticalDimension.ChildOrAdult => Codes([ChildOrAdult.Child, ChildOrAdult.Adult]),
        StatisticalDimension.NationalityGroup => Codes([NationalityGroup.France, NationalityGroup.Eu, NationalityGroup.NonEu]),
        StatisticalDimension.ExploitationForm => Codes(Enum.GetValues<ExploitationForm>()),
        StatisticalDimension.RecruitmentMeans => Codes(Enum.GetValues<RecruitmentMeans>()),
        StatisticalDimension.Region => [.. Regions.All.Select(r => r.Code)],
        StatisticalDimension.AgencyType => Codes(Enum.GetValues<AgencyType>()),
        StatisticalDimension.ForcedLabourIndustry => Codes(Enum.GetValues<ForcedLabourIndustry>()),
        StatisticalDimension.SexExploitationType => Codes(Enum.GetValues<SexExploitationType>()),
    };

    /// <summary>The category code a person falls in; every person falls in exactly one per dimension.</summary>
    public static string CategoryOf(StatisticalDimension dimension, StatisticalPerson person) => dimension switch
    {
        StatisticalDimension.Year => person.FirstDetectedOn.Year.ToString(CultureInfo.InvariantCulture),
        StatisticalDimension.Quarter => $"q{((person.FirstDetectedOn.Month - 1) / 3) + 1}",
        StatisticalDimension.Sex => KebabCase.Of(person.Sex),
        StatisticalDimension.AgeGroup => AgeGroups.Code(AgeGroups.Of(person.Age)),
        StatisticalDimension.ChildOrAdult => KebabCase.Of(ChildOrAdults.Of(person.Age, person.PresumedMinor)),
        StatisticalDimension.Nationality => Countries.Find(person.Nationality)?.Code ?? Category.UnknownCode,
        StatisticalDimension.NationalityGroup => KebabCase.Of(NationalityGroups.Of(person.Nationality)),
        StatisticalDimension.ExploitationForm => OrUnknown(person.ExploitationForm),
        StatisticalDimension.RecruitmentMeans => OrUnknown(person.RecruitmentMeans),
        StatisticalDimension.Departement => Departements.Find(person.Departement)?.Code ?? Category.UnknownCode,
        StatisticalDimension.Region => Departements.Find(person.Departement)?.RegionCode ?? Category.UnknownCode,
        StatisticalDimension.AgencyType => OrUnknown(person.AgencyType),
        StatisticalDimension.ForcedLabourIndustry => OrUnknown(person.ForcedLabourIndustry),
        StatisticalDimension.SexExploitationType => OrUnknown(person.SexExploitationType),
        StatisticalDimension.ExploitationCountry => Countries.Find(person.ExploitationCountry)?.Code ?? Category.UnknownCode,
    };

    /// <summary>Orders the observed categories of a dimension: fixed ones in their order, then the others, <c>unknown</c> last.</summary>
    public static IReadOnlyList<string> Order(StatisticalDimension dimension, IEnumerable<string> observed)
    {
        var fixedOrder = FixedCategories(dimension);
        var codes = observed.Concat(fixedOrder).Distinct(StringComparer.Ordinal).ToList();
        if (dimension == StatisticalDimension.Year)
        {
            codes = FillYears(codes);
        }

        return [.. codes
            .OrderBy(c => c == Category.UnknownCode ? 1 : 0)
            .ThenBy(c => IndexIn(fixedOrder, c))
            .ThenBy(c => dimension == StatisticalDimension.Departement ? DepartementIndex(c) : 0)
            .ThenBy(c => c, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The label of a category, for the dashboard and exports. Forms, means of recruitment and agency types are enums
    /// the web layer already labels, so their code comes back as is.
    /// </summary>
    public static LocalizedText LabelOf(StatisticalDimension dimension, string code)
    {
        if (code == Category.UnknownCode)
        {
            return Category.Unknown.Label;
        }

        return dimension switch
        {
            StatisticalDimension.Year => new(code, code),
            StatisticalDimension.Quarter => new($"T{code[1..]}", code.ToUpperInvariant()),
            StatisticalDimension.Sex => KebabCase.TryParse<Sex>(code, out var sex) ? SexLabel(sex) : new(code, code),
            StatisticalDimension.AgeGroup => AgeGroups.All.FirstOrDefault(g => AgeGroups.Code(g) == code) is var g && g != default ? AgeGroups.Label(g) : new(code, code),
            StatisticalDimension.ChildOrAdult => code == "child" ? new("Mineur", "Child") : new("Majeur", "Adult"),
            StatisticalDimension.Nationality or StatisticalDimension.ExploitationCountry => Countries.Find(code) is { } c ? new(c.NameFr, c.NameEn) : new(code, code),
            StatisticalDimension.NationalityGroup => code switch
            {
                "france" => new("France", "France"),
                "eu" => new("Union européenne (hors France)", "European Union (other than France)"),
                _ => new("Hors Union européenne", "Outside the European Union"),
            },
            StatisticalDimension.Departement => Departements.Find(code) is { } d ? new(d.Name, d.Name) : new(code, code),
            StatisticalDimension.Region => Regions.Find(code) is { } r ? new(r.Name, r.Name) : new(code, code),
            StatisticalDimension.ExploitationForm or StatisticalDimension.RecruitmentMeans or StatisticalDimension.AgencyType or StatisticalDimension.ForcedLabourIndustry or StatisticalDimension.SexExploitationType => new(code, code),
        };
    }

    private static LocalizedText SexLabel(Sex sex) => sex switch
    {
        Sex.Female => new("Femmes", "Women"),
        Sex.Male => new("Hommes", "Men"),
        Sex.Other => new("Autre", "Other"),
        Sex.Unknown => Category.Unknown.Label,
    };

    private static string[] Codes<TEnum>(IEnumerable<TEnum> values)
        where TEnum : struct, Enum => [.. values.Select(v => KebabCase.Of(v))];

    private static string OrUnknown<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? KebabCase.Of(v) : Category.UnknownCode;

    private static int IndexIn(IReadOnlyList<string> order, string code)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == code)
            {
                return i;
            }
        }

        return order.Count;
    }

    private static int DepartementIndex(string code)
    {
        for (var i = 0; i < Departements.All.Count; i++)
        {
            if (Departements.All[i].Code == code)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    // A year in which no one was detected is a zero, not a missing row.
    private static List<string> FillYears(List<string> codes)
    {
        var years = codes.Where(c => c != Category.UnknownCode).Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
        if (years.Count == 0)
        {
            return codes;
        }

        var filled = Enumerable.Range(years.Min(), years.Max() - years.Min() + 1).Select(y => y.ToString(CultureInfo.InvariantCulture));
        return [.. filled.Concat(codes.Where(c => c == Category.UnknownCode))];
    }
}
