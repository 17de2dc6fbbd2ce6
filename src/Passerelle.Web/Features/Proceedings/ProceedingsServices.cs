namespace Passerelle.Web.Features.Proceedings;

public static class ProceedingsServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<ProceedingsService>();
        services.AddScoped<Deadlines.IDeadlineFactsSource, ProceedingsFactsSource>();
    }
}
