using Passerelle.Domain.Cases;
using Passerelle.Domain.Screening;

namespace Passerelle.Domain.Referrals;

/// <summary>A provider in the directory: what it offers, where, in which languages and to whom.</summary>
/// <param name="AcceptedSexes">Empty when the provider takes everyone.</param>
public sealed record ServiceProvider(
    string Name,
    IReadOnlySet<ServiceType> Services,
    string Departement,
    IReadOnlyList<string> Languages,
    bool AcceptsAdults,
    bool AcceptsChildren,
    IReadOnlySet<Sex> AcceptedSexes)
{
    public bool Accepts(Population population, Sex sex) => Accepts(population) && Accepts(sex);

    public bool Accepts(Population population) => population == Population.Child ? AcceptsChildren : AcceptsAdults;

    public bool Accepts(Sex sex) => AcceptedSexes.Count == 0 || AcceptedSexes.Contains(sex);
}

/// <summary>What a case manager searches the directory for. Null criteria do not filter.</summary>
public sealed record ProviderNeed(
    ServiceType Service,
    string? Departement = null,
    Population? Population = null,
    Sex? Sex = null,
    string? Language = null,
    bool WithFreePlace = false);

public static class ProviderSearch
{
    public static bool Matches(ServiceProvider provider, ProviderCapacity capacity, ProviderNeed need) =>
        provider.Services.Contains(need.Service)
        && (need.Departement is null || string.Equals(provider.Departement, need.Departement, StringComparison.OrdinalIgnoreCase))
        && (need.Population is not { } population || provider.Accepts(population))
        && (need.Sex is not { } sex || provider.Accepts(sex))
        && (need.Language is null || provider.Languages.Contains(need.Language, StringComparer.OrdinalIgnoreCase))
        && (!need.WithFreePlace || capacity.HasFreePlace);

    /// <summary>The matching providers, those with the most free places first.</summary>
    public static IReadOnlyList<(ServiceProvider Provider, ProviderCapacity Capacity)> Search(
        IEnumerable<(ServiceProvider Provider, ProviderCapacity Capacity)> directory, ProviderNeed need) =>
        [.. directory.Where(p => Matches(p.Provider, p.Capacity, need)).OrderByDescending(p => p.Capacity.Free).ThenBy(p => p.Provider.Name, StringComparer.Ordinal)];
}
