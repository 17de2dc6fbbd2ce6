namespace Passerelle.Web.Features.Statistics;

public static class StatisticsServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<IStatisticsMeasureSource, IdentificationMeasureSource>();
        services.AddSingleton<IStatisticsMeasureSource, Referrals.ReferralMeasureSource>();
        services.AddSingleton<IStatisticsMeasureSource, Rights.RightsMeasureSource>();
        services.AddSingleton<IStatisticsMeasureSource, Children.MissingChildrenMeasureSource>();
        services.AddSingleton<IStatisticsMeasureSource, Proceedings.ProceedingsMeasureSource>();
        services.AddSingleton<StatisticsProjection>();
        services.AddScoped<StatisticsAggregation>();
        services.AddScoped<StatisticsService>();
        services.AddScoped<StatisticsLabels>();
    }
}
