using System.Data.Common;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Data.Import;

namespace Occitanie.Pauvrete.Web.Data;

/// <summary>
/// The data step of the PressContactRecords migrations: a release's press contacts used to be
/// typed in the release itself (a JSON list of name, phones, e-mail…); they are now records
/// (<see cref="PressContact"/>) the release cites by slug. Each contact of a release, of its
/// pending version and of its revisions becomes one record, deduplicated by name and e-mail
/// (ignoring case and accents: the 2021 release prints « FOZIERES » in capitals without the accent),
/// with the values of the newest release that gives it; the lists then hold the records' slugs.
/// Written in C#, not SQL, so one tested piece of code serves both providers (slugs made as the
/// admin makes them, JSON rewritten). Runs after the migrations at every start and does nothing
/// once no list of the old shape is left. The records are stamped as imported, so the content
/// import that follows refreshes them from reference/contacts-presse.yml, whose slugs are made the same way.
/// </summary>
internal static class PressContactsToRecords
{
    private static readonly CompareInfo _compare = CultureInfo.InvariantCulture.CompareInfo;

    /// <summary>As <see cref="RevisionSnapshot"/> writes them: French text readable in the history.</summary>
    private static readonly JsonSerializerOptions _json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task RunAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var releases = await ReadOldListsAsync(db, cancellationToken);
        var revisions = (await db.Revisions
            .Where(r => r.EntityType == nameof(PressRelease) && r.Snapshot.Contains("\"PressContacts\":[{") && !r.Snapshot.Contains("\"PressContacts\":[{\"Contact\""))
            .ToListAsync(cancellationToken))
            .Where(r => JsonNode.Parse(r.Snapshot)?["PressContacts"] is JsonArray list && IsOld(list))
            .ToList();
        if (releases.Count == 0 && revisions.Count == 0)
        {
            return;
        }
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var records = new Records(await db.PressContacts.ToListAsync(cancellationToken));
            // Newest release first: a contact printed by several releases keeps the latest values.
            foreach (var release in releases)
            {
                release.Contacts = ToReferences(release.Contacts, records);
                release.Pending = release.Pending is null ? null : ToReferencesIn(release.Pending, records);
            }
            foreach (var revision in revisions.OrderByDescending(r => r.CreatedAt))
            {
                revision.Snapshot = ToReferencesIn(revision.Snapshot, records);
            }
            db.PressContacts.AddRange(records.Added);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var release in releases)
            {
                await WriteAsync(db, release, transaction.GetDbTransaction(), cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        });
    }

    /// <summary>A release whose press contacts (or pending version's) are still of the old shape, read without the model (which can no longer read them).</summary>
    private sealed class OldRelease
    {
        /// <summary>The key as the provider gave it (SQLite's text, SQL Server's uniqueidentifier), given back as it is.</summary>
        public required object Id { get; init; }

        public required JsonArray Contacts { get; set; }

        public string? Pending { get; set; }
    }

    private static async Task<List<OldRelease>> ReadOldListsAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """SELECT "Id", "PressContacts", "PendingSnapshot" FROM "PressReleases" ORDER BY "Date" DESC""";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var found = new List<OldRelease>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var contacts = reader.IsDBNull(1) ? [] : JsonNode.Parse(reader.GetString(1)) as JsonArray ?? [];
                var pending = reader.IsDBNull(2) ? null : reader.GetString(2);
                if (IsOld(contacts) || (pending is not null && JsonNode.Parse(pending)?["PressContacts"] is JsonArray list && IsOld(list)))
                {
                    found.Add(new OldRelease { Id = reader.GetValue(0), Contacts = contacts, Pending = pending });
                }
            }
            return found;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static bool IsOld(JsonArray contacts) => contacts.Any(c => c is JsonObject o && o.ContainsKey("Name"));

    private static async Task WriteAsync(PortalDbContext db, OldRelease release, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """UPDATE "PressReleases" SET "PressContacts" = @contacts, "PendingSnapshot" = @pending WHERE "Id" = @id""";
        AddParameter(command, "@contacts", release.Contacts.ToJsonString());
        AddParameter(command, "@pending", release.Pending);
        AddParameter(command, "@id", release.Id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <summary>The snapshot (of a revision or a pending version) with its press contacts as references.</summary>
    private static string ToReferencesIn(string snapshot, Records records)
    {
        if (JsonNode.Parse(snapshot) is not JsonObject item || item["PressContacts"] is not JsonArray contacts || !IsOld(contacts))
        {
            return snapshot;
        }
        item["PressContacts"] = ToReferences(contacts, records);
        return item.ToJsonString(_json);
    }

    private static JsonArray ToReferences(JsonArray contacts, Records records) =>
        [.. contacts.Select(c => c is JsonObject o && o.ContainsKey("Name")
            ? new JsonObject { ["Contact"] = records.SlugOf(o) }
            : c?.DeepClone())];

    /// <summary>The press contact records, those found and those added, by name and e-mail.</summary>
    private sealed class Records(List<PressContact> existing)
    {
        public List<PressContact> Added { get; } = [];

        private IEnumerable<PressContact> All => existing.Concat(Added);

        public string SlugOf(JsonObject contact)
        {
            var name = Text(contact, "Name") ?? "";
            var email = Text(contact, "Email");
            if (All.FirstOrDefault(r => Same(r.Name, name) && Same(r.Email ?? "", email ?? "")) is { } found)
            {
                return found.Slug;
            }
            var stem = Slugs.From(name) is { Length: > 0 } s ? s : "contact-presse";
            var slug = stem;
            for (var n = 2; All.Any(r => r.Slug == slug); n++)
            {
                slug = $"{stem}-{n.ToString(CultureInfo.InvariantCulture)}";
            }
            Added.Add(new PressContact
            {
                Id = Guid.NewGuid(),
                Slug = slug,
                Name = name,
                Role = Text(contact, "Role"),
                Phone = Text(contact, "Phone"),
                Mobile = Text(contact, "Mobile"),
                Email = email,
                Url = Text(contact, "Url"),
                Note = Text(contact, "Note"),
                CreatedBy = ContentImporter.Author,
                UpdatedBy = ContentImporter.Author,
            });
            return slug;
        }

        private static bool Same(string a, string b) =>
            _compare.Compare(a.Trim(), b.Trim(), CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) == 0;

        private static string? Text(JsonObject contact, string key) =>
            contact[key]?.GetValue<string>() is { } value && value.Trim().Length > 0 ? value.Trim() : null;
    }
}
