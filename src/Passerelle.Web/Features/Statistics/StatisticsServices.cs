namespace Passerelle.Web.Features.Statistics;

public static class StatisticsServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<IStatisticsMeasureSource, IdentificationMeasureSource>();
        services.AddSingleton<StatisticsProjection>();
        services.AddScoped<StatisticsAggregation>();
        services.AddScoped<StatisticsService>();
        services.AddScoped<StatisticsLabels>();
    }
}
