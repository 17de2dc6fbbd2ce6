using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Passerelle.Web.Features.Statistics;

internal sealed class StatisticsCaseRowConfiguration : IEntityTypeConfiguration<StatisticsCaseRow>
{
    public void Configure(EntityTypeBuilder<StatisticsCaseRow> row)
    {
        row.ToTable("StatisticsCases");
        row.HasKey(r => r.CaseId);
        StatisticsColumns.Configure(row);
        row.HasIndex(r => r.PersonKey);
    }
}

internal sealed class StatisticsPersonRowConfiguration : IEntityTypeConfiguration<StatisticsPersonRow>
{
    public void Configure(EntityTypeBuilder<StatisticsPersonRow> row)
    {
        row.ToTable("StatisticsPersons");
        row.HasKey(r => r.PersonKey);
        StatisticsColumns.Configure(row);

        // Every dashboard query filters on the year (and sometimes the quarter) and groups on a few short codes.
        row.HasIndex(r => new { r.Year, r.Quarter });
    }
}

internal sealed class StatisticsRecordKeyConfiguration : IEntityTypeConfiguration<StatisticsRecordKey>
{
    public void Configure(EntityTypeBuilder<StatisticsRecordKey> key)
    {
        key.ToTable("StatisticsRecordKeys");
        key.HasKey(k => k.PersonKey);
        key.Property(k => k.PersonKey).HasMaxLength(64);
    }
}

internal static class StatisticsColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> row)
        where T : StatisticsRow
    {
        row.Property(r => r.PersonKey).HasMaxLength(64);
        row.Property(r => r.Quarter).HasMaxLength(2);
        row.Property(r => r.Sex).HasMaxLength(10);
        row.Property(r => r.AgeGroup).HasMaxLength(12);
        row.Property(r => r.ChildOrAdult).HasMaxLength(8);
        row.Property(r => r.Nationality).HasMaxLength(8);
        row.Property(r => r.NationalityGroup).HasMaxLength(8);
        row.Property(r => r.ExploitationForm).HasMaxLength(40);
        row.Property(r => r.RecruitmentMeans).HasMaxLength(40);
        row.Property(r => r.ForcedLabourIndustry).HasMaxLength(64);
        row.Property(r => r.SexExploitationType).HasMaxLength(40);
        row.Property(r => r.ExploitationCountry).HasMaxLength(8);
        row.Property(r => r.Departement).HasMaxLength(8);
        row.Property(r => r.Region).HasMaxLength(8);
        row.Property(r => r.AgencyType).HasMaxLength(40);
        row.Property(r => r.CompensationClaimedAmount).HasPrecision(14, 2);
        row.Property(r => r.CompensationGrantedAmount).HasPrecision(14, 2);
        row.Property(r => r.Confiscations).HasPrecision(14, 2);
    }
}
