namespace Passerelle.Web.Tests.Statistics;

/// <summary>One application for the statistics tests, with <see cref="KnownDataset"/> loaded once.</summary>
public sealed class StatisticsFixture : IAsyncLifetime
{
    public StatisticsApp App { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await ((IAsyncLifetime)App).InitializeAsync();
        foreach (var spec in KnownDataset.Cases())
        {
            await App.AddCaseAsync(spec);
        }
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
