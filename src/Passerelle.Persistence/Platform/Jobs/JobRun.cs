using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Passerelle.Web.Platform.Jobs;

/// <summary>
/// One run of a background job for one period (a day for the digest and the nightly linkage, a slot of
/// <c>Audit:CheckpointMinutes</c> for the audit checkpoints), or a job's mutex (<see cref="JobLeases.MutexPeriod"/>).
/// The primary key (job, period) is what makes a run happen once across every server of an installation: the
/// server whose insert succeeds runs it, holding a lease it renews while it works; a lease that runs out before
/// the run completes (its server died) is taken over by another server.
/// </summary>
public sealed class JobRun
{
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";

    public required string Job { get; init; }

    public required string Period { get; init; }

    /// <summary>The server holding (or that held) the run: host name, process id and a random instance id.</summary>
    public required string Holder { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime LeaseUntil { get; set; }

    public DateTime? CompletedAt { get; set; }

    /// <summary><see cref="Running"/>, <see cref="Done"/> or <see cref="Failed"/>.</summary>
    public required string Outcome { get; set; }

    /// <summary>How many servers started this run (more than 1 after a take-over).</summary>
    public int Attempts { get; set; }
}

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> run)
    {
        run.HasKey(r => new { r.Job, r.Period });
        run.Property(r => r.Job).HasMaxLength(60);
        run.Property(r => r.Period).HasMaxLength(40);
        run.Property(r => r.Holder).HasMaxLength(200);
        run.Property(r => r.Outcome).HasMaxLength(20);
    }
}
