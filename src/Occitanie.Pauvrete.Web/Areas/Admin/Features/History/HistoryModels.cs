using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Shared;
using Occitanie.Pauvrete.Web.Data.Entities;
using Occitanie.Pauvrete.Web.Features.Shared;

namespace Occitanie.Pauvrete.Web.Areas.Admin.Features.History;

/// <summary>One save of the item as the history lists it; <see cref="Number"/> counts from 1, the oldest.</summary>
public sealed record RevisionRow(long Id, int Number, DateTime CreatedAtUtc, string Author, RevisionAction Action)
{
    /// <summary>"12 mars 2026 à 14 h 05", Paris time.</summary>
    public string When => ParisTime.DateAndTime(CreatedAtUtc);

    /// <summary>"n° 3 du 12 mars 2026 à 14 h 05": unique even for two saves in the same minute.</summary>
    public string Name => $"n° {Number} du {When}";
}

public sealed record HistoryViewModel(
    ContentKind Kind,
    Guid Id,
    string Title,
    PublicationStatus Status,
    IReadOnlyList<RevisionRow> Revisions)
{
    /// <summary>Set when a restore was refused.</summary>
    public string? Error { get; init; }

    public string ComparePath => $"{Kind.HistoryPath(Id)}/comparer";

    public string RestorePath(long revisionId) => $"{Kind.HistoryPath(Id)}/{revisionId}/restaurer";

    public long? LatestId => Revisions.Count > 0 ? Revisions[0].Id : null;

    /// <summary>The comparison offered first: the previous version against the latest.</summary>
    public long? DefaultFrom => Revisions.Count > 1 ? Revisions[1].Id : LatestId;
}

public sealed record CompareViewModel(
    ContentKind Kind,
    Guid Id,
    string Title,
    RevisionRow From,
    RevisionRow To,
    IReadOnlyList<FieldChange> Changes);
