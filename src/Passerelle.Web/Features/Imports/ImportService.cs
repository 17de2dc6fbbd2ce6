using System.Globalization;
using System.Security.Claims;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Geography;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Htcds;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Imports;

/// <summary>The rows of a file waiting for the worker, with who imports them and the form's defaults.</summary>
public sealed record ImportWork(Guid JobId, Guid AgencyId, ClaimsPrincipal Importer, IReadOnlyList<HtcdsSourceRow> Rows, ImportDefaults Defaults, bool DryRun);

/// <summary>The queue between the request that accepts a file and <see cref="ImportWorker"/>.</summary>
public sealed class ImportQueue
{
    private readonly Channel<ImportWork> channel = Channel.CreateUnbounded<ImportWork>(new UnboundedChannelOptions { SingleReader = true });

    public ValueTask EnqueueAsync(ImportWork work, CancellationToken ct) => channel.Writer.WriteAsync(work, ct);

    public IAsyncEnumerable<ImportWork> ReadAllAsync(CancellationToken ct) => channel.Reader.ReadAllAsync(ct);
}

/// <summary>A message as shown: the row, the column and the text in the reader's language.</summary>
public sealed record ImportMessageView(int Row, string Field, string Message);

/// <summary>The answer of <c>GET /api/v1/imports/{id}</c>.</summary>
public sealed record ImportView(
    Guid Id,
    string Status,
    bool DryRun,
    string FileName,
    int RowsTotal,
    int RowsDone,
    int Created,
    int Skipped,
    IReadOnlyList<ImportMessageView> Errors,
    IReadOnlyList<ImportMessageView> Notices,
    string? Failure,
    DateTime StartedAt,
    DateTime? FinishedAt);

/// <summary>
/// Accepts a file for import into the user's agency, and reads an import's progress. The file is read at once (an
/// unreadable file is a 400, never a job); its rows go to <see cref="ImportWorker"/>, which creates the cases.
/// </summary>
public sealed class ImportService(
    PasserelleDbContext db, CurrentUser user, AuditTrail audit, ImportQueue queue, TimeProvider clock, IStringLocalizer<Text> text, IHttpContextAccessor http)
{
    public const long MaxFileBytes = 10 * 1024 * 1024;
    public const int MaxRows = 10_000;

    /// <summary>The job's id, or the errors of the request by field.</summary>
    public async Task<(Guid? Id, Dictionary<string, string[]> Errors)> StartAsync(
        IFormFile? file, bool dryRun, string? defaultDepartement, string? defaultDetectedOn, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (file is null || file.Length == 0)
        {
            errors["file"] = ["Choose a file to import."];
            return (null, errors);
        }

        if (file.Length > MaxFileBytes)
        {
            errors["file"] = ["The file is larger than 10 MB."];
            return (null, errors);
        }

        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (extension is not (".xlsx" or ".csv"))
        {
            errors["file"] = ["The file must be an Excel workbook (.xlsx) or a CSV file (.csv)."];
            return (null, errors);
        }

        string? departement = null;
        if (!string.IsNullOrWhiteSpace(defaultDepartement))
        {
            departement = defaultDepartement.Trim().ToUpperInvariant();
            if (!Departements.IsKnown(departement))
            {
                errors["defaultDepartement"] = ["The département must be a French département code, such as 75, 2A or 971."];
            }
        }

        DateOnly? detectedOn = null;
        if (!string.IsNullOrWhiteSpace(defaultDetectedOn))
        {
            if (DateOnly.TryParseExact(defaultDetectedOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                detectedOn = date;
            }
            else
            {
                errors["defaultDetectedOn"] = ["The date must be written yyyy-MM-dd."];
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        IReadOnlyList<HtcdsSourceRow>? rows;
        try
        {
            await using var stream = file.OpenReadStream();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            rows = HtcdsLayout.Read(buffer, excel: extension == ".xlsx");
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or ArgumentException or IOException or InvalidOperationException or System.Xml.XmlException)
        {
            rows = null;
        }

        if (rows is null)
        {
            errors["file"] = ["The file is not readable as HTCDS: no row of HTCDS field names (such as prs_Gender) was found."];
            return (null, errors);
        }

        if (rows.Count > MaxRows)
        {
            errors["file"] = ["The file has more than 10,000 cases: split it."];
            return (null, errors);
        }

        var job = ImportJob.Start(user.AgencyId, user.Id, Path.GetFileName(file.FileName), dryRun, clock.GetUtcNow().UtcDateTime);
        job.Progress(rows.Count, 0, 0, 0, [], []);
        db.Add(job);
        audit.Record(AuditEventType.ImportStarted, details: $"import={job.Id}; file={job.FileName}; bytes={file.Length}; rows={rows.Count}; dryRun={dryRun}");
        await audit.CommitAsync(cancellationToken: ct);
        var importer = new ClaimsPrincipal(http.HttpContext!.User.Identities.Select(i => i.Clone()));
        await queue.EnqueueAsync(new ImportWork(job.Id, user.AgencyId, importer, rows, new ImportDefaults(departement, detectedOn), dryRun), ct);
        return (job.Id, errors);
    }

    /// <summary>The import, if it was made in the user's agency; its messages in the user's language.</summary>
    public async Task<ImportView?> ViewAsync(Guid id, CancellationToken ct)
    {
        var agencyId = user.AgencyId;
        var job = await db.Set<ImportJob>().AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.AgencyId == agencyId, ct);
        if (job is null)
        {
            return null;
        }

        audit.Record(AuditEventType.ImportViewed, details: $"import={job.Id}");
        await audit.CommitAsync(cancellationToken: ct);
        ImportMessageView Show(ImportMessage m) => new(m.Row, m.Field, text[m.Message, [.. m.Args]].Value);
        return new ImportView(
            job.Id,
            job.Status.ToString().ToLowerInvariant(),
            job.DryRun,
            job.FileName,
            job.RowsTotal,
            job.RowsDone,
            job.Created,
            job.Skipped,
            [.. job.Errors.Select(Show)],
            [.. job.Notices.Select(Show)],
            job.Failure is null ? null : text[job.Failure].Value,
            job.StartedAt,
            job.FinishedAt);
    }
}
