using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Occitanie.Pauvrete.Web.Data.Entities;

namespace Occitanie.Pauvrete.Web.Data;

internal static class EditableEntityConfiguration
{
    public static void ConfigureEditable<T>(this EntityTypeBuilder<T> builder)
        where T : EditableEntity
    {
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.CreatedBy).HasMaxLength(256);
        builder.Property(e => e.UpdatedBy).HasMaxLength(256);
        builder.Property(e => e.ImportHash).HasMaxLength(64);
        builder.Property(e => e.PendingSavedBy).HasMaxLength(256);
        builder.Property(e => e.ScheduledBy).HasMaxLength(256);
        builder.Ignore(e => e.Key);
        builder.Ignore(e => e.HasPendingVersion);
    }

    public static void ConfigureContent<T>(this EntityTypeBuilder<T> builder)
        where T : ContentItem
    {
        builder.ConfigureEditable();
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.Slug).HasMaxLength(160);
        builder.Property(e => e.Title).HasMaxLength(500);
        builder.Property(e => e.Summary).HasMaxLength(2000);
        builder.Property(e => e.EditorNote).HasMaxLength(4000);
        builder.Property(e => e.VerifiedBy).HasMaxLength(256);
        builder.OwnsMany(e => e.Sources, o => o.ToJson());
    }
}

internal sealed class AxisConfiguration : IEntityTypeConfiguration<Axis>
{
    public void Configure(EntityTypeBuilder<Axis> builder)
    {
        builder.ConfigureContent();
        builder.HasIndex(a => a.Number).IsUnique();
    }
}

internal sealed class IntentionConfiguration : IEntityTypeConfiguration<Intention>
{
    public void Configure(EntityTypeBuilder<Intention> builder) => builder.ConfigureContent();
}

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> builder)
    {
        builder.ConfigureContent();
        builder.HasOne(m => m.Axis).WithMany(a => a.Measures).HasForeignKey(m => m.AxisId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Intentions).WithMany(i => i.Measures).UsingEntity("MeasureIntentions");
        builder.Property(m => m.Funding).HasMaxLength(500);
        builder.Property(m => m.FundingUnit).HasMaxLength(200);
        builder.Property(m => m.FundingPeriod).HasMaxLength(200);
        builder.Property(m => m.FundingRule).HasConversion<string>().HasMaxLength(40);
        builder.Property(m => m.FundingRuleQuantity).HasMaxLength(200);
        builder.Property(m => m.FundingRuleConditions).HasMaxLength(1000);
        builder.Property(m => m.Territory).HasMaxLength(500);
        builder.Property(m => m.HelpKind).HasConversion<string>().HasMaxLength(40);
        builder.OwnsMany(m => m.Contacts, o => o.ToJson());
        builder.OwnsMany(m => m.Links, o => o.ToJson());
    }
}

internal sealed class WorkshopConfiguration : IEntityTypeConfiguration<Workshop>
{
    public void Configure(EntityTypeBuilder<Workshop> builder)
    {
        builder.ConfigureContent();
        builder.HasIndex(w => new { w.Kind, w.Number }).IsUnique();
        builder.Property(w => w.Number).HasMaxLength(8);
        builder.Property(w => w.Place).HasMaxLength(200);
        builder.Property(w => w.Commune).HasMaxLength(200);
        builder.HasOne(w => w.Intention).WithMany(i => i.Workshops).HasForeignKey(w => w.IntentionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(w => w.Departement).WithMany().HasForeignKey(w => w.DepartementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(w => w.Conference).WithMany(c => c.Workshops).HasForeignKey(w => w.ConferenceId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(w => w.Measures).WithMany(m => m.Workshops).UsingEntity("WorkshopMeasures");
        builder.OwnsMany(w => w.Speakers, o =>
        {
            o.ToJson();
            o.Property(s => s.Kind).HasConversion<string>();
        });
    }
}

internal sealed class ConferenceConfiguration : IEntityTypeConfiguration<Conference>
{
    public void Configure(EntityTypeBuilder<Conference> builder)
    {
        builder.ConfigureContent();
        builder.Property(c => c.Place).HasMaxLength(200);
        builder.Property(c => c.Format).HasMaxLength(500);
        builder.OwnsMany(c => c.Programme, o => o.ToJson());
    }
}

internal sealed class PressReleaseConfiguration : IEntityTypeConfiguration<PressRelease>
{
    public void Configure(EntityTypeBuilder<PressRelease> builder)
    {
        builder.ConfigureContent();
        builder.HasIndex(p => p.Date);
        builder.Property(p => p.Place).HasMaxLength(200);
        builder.Property(p => p.Emitter).HasMaxLength(300);
        builder.OwnsMany(p => p.PressContacts, o =>
        {
            o.ToJson();
            o.Property(c => c.Contact).HasMaxLength(80);
        });
    }
}

internal sealed class PressContactConfiguration : IEntityTypeConfiguration<PressContact>
{
    public void Configure(EntityTypeBuilder<PressContact> builder)
    {
        builder.ConfigureEditable();
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Slug).HasMaxLength(80);
        builder.Property(c => c.Name).HasMaxLength(300);
        builder.Property(c => c.Role).HasMaxLength(300);
        builder.Property(c => c.Phone).HasMaxLength(40);
        builder.Property(c => c.Mobile).HasMaxLength(40);
        builder.Property(c => c.Email).HasMaxLength(256);
        builder.Property(c => c.Url).HasMaxLength(500);
        builder.Property(c => c.Note).HasMaxLength(1000);
    }
}

internal sealed class WorkingGroupConfiguration : IEntityTypeConfiguration<WorkingGroup>
{
    public void Configure(EntityTypeBuilder<WorkingGroup> builder) => builder.ConfigureContent();
}

internal sealed class PageConfiguration : IEntityTypeConfiguration<Page>
{
    public void Configure(EntityTypeBuilder<Page> builder) => builder.ConfigureContent();
}

internal sealed class DepartementConfiguration : IEntityTypeConfiguration<Departement>
{
    public void Configure(EntityTypeBuilder<Departement> builder)
    {
        builder.ConfigureEditable();
        builder.HasIndex(d => d.Code).IsUnique();
        builder.HasIndex(d => d.Slug).IsUnique();
        builder.Property(d => d.Code).HasMaxLength(3);
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.Property(d => d.Slug).HasMaxLength(100);
    }
}

internal sealed class LocalContactConfiguration : IEntityTypeConfiguration<LocalContact>
{
    public void Configure(EntityTypeBuilder<LocalContact> builder)
    {
        builder.ConfigureEditable();
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => new { c.Service, c.DepartementId }).IsUnique();
        builder.Property(c => c.Slug).HasMaxLength(80);
        builder.Property(c => c.Service).HasMaxLength(60);
        builder.Property(c => c.Name).HasMaxLength(300);
        builder.Property(c => c.Role).HasMaxLength(300);
        builder.Property(c => c.Phone).HasMaxLength(40);
        builder.Property(c => c.Email).HasMaxLength(256);
        builder.Property(c => c.Url).HasMaxLength(500);
        builder.Property(c => c.Address).HasMaxLength(500);
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.HasOne(c => c.Departement).WithMany().HasForeignKey(c => c.DepartementId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(c => c.Sources, o => o.ToJson());
    }
}

internal sealed class MetropoleConfiguration : IEntityTypeConfiguration<Metropole>
{
    public void Configure(EntityTypeBuilder<Metropole> builder)
    {
        builder.ConfigureEditable();
        builder.HasIndex(m => m.Slug).IsUnique();
        builder.Property(m => m.Slug).HasMaxLength(100);
        builder.Property(m => m.Name).HasMaxLength(100);
        builder.HasOne(m => m.Departement).WithMany().HasForeignKey(m => m.DepartementId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FundingLineConfiguration : IEntityTypeConfiguration<FundingLine>
{
    public void Configure(EntityTypeBuilder<FundingLine> builder)
    {
        builder.ConfigureEditable();
        builder.HasIndex(f => f.Slug).IsUnique();
        builder.Property(f => f.Slug).HasMaxLength(160);
        builder.Property(f => f.Label).HasMaxLength(500);
        builder.OwnsMany(f => f.Sources, o => o.ToJson());
    }
}

internal sealed class KeyFigureConfiguration : IEntityTypeConfiguration<KeyFigure>
{
    public void Configure(EntityTypeBuilder<KeyFigure> builder)
    {
        builder.ConfigureEditable();
        builder.HasIndex(k => k.Slug).IsUnique();
        builder.Property(k => k.Slug).HasMaxLength(160);
        builder.Property(k => k.Label).HasMaxLength(500);
        builder.Property(k => k.Unit).HasMaxLength(100);
        builder.HasOne(k => k.Axis).WithMany(a => a.Figures).HasForeignKey(k => k.AxisId).OnDelete(DeleteBehavior.SetNull);
        builder.OwnsMany(k => k.Sources, o => o.ToJson());
    }
}

internal sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocument>
{
    public void Configure(EntityTypeBuilder<SourceDocument> builder)
    {
        builder.ConfigureEditable();
        builder.HasIndex(s => s.FileName).IsUnique();
        builder.Property(s => s.FileName).HasMaxLength(200);
        builder.Property(s => s.Title).HasMaxLength(500);
        builder.Property(s => s.Emitter).HasMaxLength(300);
    }
}

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.HasIndex(r => new { r.EntityType, r.EntityId, r.CreatedAt });
        builder.HasIndex(r => r.CreatedAt);
        builder.Property(r => r.EntityType).HasMaxLength(64);
        builder.Property(r => r.EntityKey).HasMaxLength(200);
        builder.Property(r => r.Author).HasMaxLength(256);
    }
}

internal sealed class SearchSynonymConfiguration : IEntityTypeConfiguration<SearchSynonym>
{
    public void Configure(EntityTypeBuilder<SearchSynonym> builder) =>
        builder.Property(s => s.Words).HasMaxLength(1000);
}

internal sealed class SearchMissConfiguration : IEntityTypeConfiguration<SearchMiss>
{
    public void Configure(EntityTypeBuilder<SearchMiss> builder)
    {
        builder.Property(m => m.Words).HasMaxLength(200);
        builder.HasIndex(m => new { m.Day, m.Words }).IsUnique();
    }
}

internal sealed class PageViewCountConfiguration : IEntityTypeConfiguration<PageViewCount>
{
    public void Configure(EntityTypeBuilder<PageViewCount> builder)
    {
        builder.Property(c => c.Path).HasMaxLength(PageViewCount.MaxPathLength);
        builder.HasIndex(c => new { c.Day, c.Path }).IsUnique();
    }
}

internal sealed class SearchCountConfiguration : IEntityTypeConfiguration<SearchCount>
{
    public void Configure(EntityTypeBuilder<SearchCount> builder) => builder.HasIndex(c => c.Day).IsUnique();
}

internal sealed class ContentStampConfiguration : IEntityTypeConfiguration<ContentStamp>
{
    public void Configure(EntityTypeBuilder<ContentStamp> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ImportedFingerprint).HasMaxLength(64);
        // The row exists from the first migration on: a save only ever updates it.
        builder.HasData(new ContentStamp { Id = ContentStamp.SingleId, Version = Guid.Empty, ChangedAt = DateTime.UnixEpoch });
    }
}

internal sealed class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    public void Configure(EntityTypeBuilder<MediaFile> builder)
    {
        builder.HasIndex(f => f.Hash);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(8);
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.ContentType).HasMaxLength(40);
        builder.Property(f => f.Hash).HasMaxLength(64);
        builder.Property(f => f.AltText).HasMaxLength(500);
        builder.Property(f => f.Title).HasMaxLength(300);
        builder.Property(f => f.CreatedBy).HasMaxLength(256);
        builder.HasOne(f => f.PressRelease).WithMany().HasForeignKey(f => f.PressReleaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(f => f.Page).WithMany().HasForeignKey(f => f.PageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(f => f.SourceDocument).WithMany().HasForeignKey(f => f.SourceDocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CorrectionReportConfiguration : IEntityTypeConfiguration<CorrectionReport>
{
    public void Configure(EntityTypeBuilder<CorrectionReport> builder)
    {
        builder.HasIndex(r => new { r.Status, r.CreatedAt });
        builder.HasIndex(r => r.CreatedAt);
        builder.Property(r => r.PagePath).HasMaxLength(300);
        builder.Property(r => r.ItemType).HasMaxLength(64);
        builder.Property(r => r.ItemTitle).HasMaxLength(500);
        builder.Property(r => r.Message).HasMaxLength(Features.Reports.ReportForm.MessageMax);
        builder.Property(r => r.SourceUrl).HasMaxLength(Features.Reports.ReportForm.SourceMax);
        builder.Property(r => r.Email).HasMaxLength(Features.Reports.ReportForm.EmailMax);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.HandledBy).HasMaxLength(256);
    }
}

internal sealed class LinkCheckRunConfiguration : IEntityTypeConfiguration<LinkCheckRun>
{
    public void Configure(EntityTypeBuilder<LinkCheckRun> builder)
    {
        builder.HasIndex(r => r.StartedAt);
        builder.Property(r => r.StartedBy).HasMaxLength(256);
    }
}

internal sealed class LinkCheckResultConfiguration : IEntityTypeConfiguration<LinkCheckResult>
{
    public void Configure(EntityTypeBuilder<LinkCheckResult> builder)
    {
        builder.HasIndex(r => new { r.Outcome, r.ItemType, r.ItemId });
        builder.Property(r => r.ItemType).HasMaxLength(64);
        builder.Property(r => r.ItemTitle).HasMaxLength(500);
        builder.Property(r => r.Field).HasMaxLength(200);
        builder.Property(r => r.Url).HasMaxLength(2000);
        builder.Property(r => r.FinalUrl).HasMaxLength(2000);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(24);
    }
}
