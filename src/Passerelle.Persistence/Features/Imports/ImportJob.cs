using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Passerelle.Web.Features.Imports;

public enum ImportStatus
{
    Running = 0,
    Succeeded = 1,
    Failed = 2,
}

/// <summary>
/// One import of a file into an agency, as its progress is persisted so that <c>GET /api/v1/imports/{id}</c> works
/// while it runs and after. The file itself is never stored: it is read in memory and dropped.
/// </summary>
public sealed class ImportJob
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid AgencyId { get; private set; }
    public Guid UserId { get; private set; }
    public string FileName { get; private set; } = "";
    public bool DryRun { get; private set; }
    public ImportStatus Status { get; private set; }
    public int RowsTotal { get; private set; }
    public int RowsDone { get; private set; }
    public int Created { get; private set; }
    public int Skipped { get; private set; }

    /// <summary>The row errors and notices, as JSON lists of <see cref="ImportMessage"/>.</summary>
    public string ErrorsJson { get; private set; } = "[]";
    public string NoticesJson { get; private set; } = "[]";

    /// <summary>Why the whole file failed (unreadable, interrupted), an English text shown in the reader's language.</summary>
    public string? Failure { get; private set; }
    public DateTime StartedAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }

    private ImportJob()
    {
    }

    public static ImportJob Start(Guid agencyId, Guid userId, string fileName, bool dryRun, DateTime now) => new()
    {
        AgencyId = agencyId,
        UserId = userId,
        FileName = fileName.Length <= 200 ? fileName : fileName[..200],
        DryRun = dryRun,
        Status = ImportStatus.Running,
        StartedAt = now,
    };

    public IReadOnlyList<ImportMessage> Errors => JsonSerializer.Deserialize<List<ImportMessage>>(ErrorsJson, Json) ?? [];
    public IReadOnlyList<ImportMessage> Notices => JsonSerializer.Deserialize<List<ImportMessage>>(NoticesJson, Json) ?? [];

    public void Progress(int rowsTotal, int rowsDone, int created, int skipped, IReadOnlyList<ImportMessage> errors, IReadOnlyList<ImportMessage> notices)
    {
        RowsTotal = rowsTotal;
        RowsDone = rowsDone;
        Created = created;
        Skipped = skipped;
        ErrorsJson = JsonSerializer.Serialize(errors, Json);
        NoticesJson = JsonSerializer.Serialize(notices, Json);
    }

    /// <summary>
    /// Ends the import: a dry run or a real run succeeds when every row was read (a row with errors is listed and,
    /// in a real run, not created); it fails when the file could not be read at all.
    /// </summary>
    public void Finish(string? failure, DateTime now)
    {
        Failure = failure;
        Status = failure is null ? ImportStatus.Succeeded : ImportStatus.Failed;
        FinishedAt = now;
    }
}

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> job)
    {
        job.ToTable("ImportJobs");
        job.Property(j => j.FileName).HasMaxLength(200);
        job.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
        job.Property(j => j.Failure).HasMaxLength(500);
        job.HasIndex(j => new { j.AgencyId, j.StartedAt });
        job.Ignore(j => j.Errors);
        job.Ignore(j => j.Notices);
    }
}
