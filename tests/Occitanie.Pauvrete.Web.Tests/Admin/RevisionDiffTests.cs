using System.Text.Json;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.Content;
using Occitanie.Pauvrete.Web.Areas.Admin.Features.History;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

/// <summary>The difference of two snapshots, field by field as staff know them.</summary>
public sealed class RevisionDiffTests
{
    private static readonly ContentKind _measures = ContentKinds.BySlug("mesures")!;
    private static readonly Guid _axis = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid _jeunes = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid _droits = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid _gone = Guid.Parse("00000000-0000-0000-0000-000000000003");

    private static readonly Dictionary<Guid, string> _titles = new()
    {
        [_axis] = "Accès aux droits",
        [_jeunes] = "Je souhaite accompagner les jeunes",
        [_droits] = "Je souhaite améliorer l'accès aux droits",
    };

    private static Dictionary<string, object?> Measure() => new()
    {
        ["Id"] = Guid.NewGuid(),
        ["Version"] = Guid.NewGuid(),
        ["UpdatedAt"] = "2026-03-01T10:00:00Z",
        ["UpdatedBy"] = "importeur",
        ["Status"] = "Published",
        ["Title"] = "Points conseil budget",
        ["Slug"] = "points-conseil-budget",
        ["Summary"] = "Un accueil pour les difficultés budgétaires.",
        ["Body"] = "Premier paragraphe.\n\nDeuxième paragraphe.\n\nTroisième paragraphe.",
        ["AxisId"] = _axis,
        ["Funding"] = "15 000 € par an",
        ["FundingAmount"] = 15000m,
        ["Publics"] = new[] { "tous publics" },
        ["Contacts"] = new object[] { new { Name = "DDETS", Role = (string?)null, Phone = "05 61 00 00 00" } },
        ["Intentions"] = new[] { _droits },
    };

    private static IReadOnlyList<FieldChange> Compare(Dictionary<string, object?> before, Dictionary<string, object?> after)
    {
        using var a = JsonDocument.Parse(JsonSerializer.Serialize(before));
        using var b = JsonDocument.Parse(JsonSerializer.Serialize(after));
        return RevisionDiff.Compare(_measures, a.RootElement, b.RootElement, _titles);
    }

    [Fact]
    public void Two_equal_snapshots_have_no_difference_even_when_their_technical_stamps_differ()
    {
        var after = Measure();
        after["UpdatedBy"] = "redactrice@occitanie.gouv.fr";
        after["UpdatedAt"] = "2026-03-02T10:00:00Z";

        Assert.Empty(Compare(Measure(), after));
    }

    [Fact]
    public void A_short_value_is_shown_old_to_new_under_its_french_label_and_unchanged_fields_are_left_out()
    {
        var after = Measure();
        after["Funding"] = "20 000 € par an";
        after["FundingAmount"] = 20000.5m;

        var changes = Compare(Measure(), after);

        Assert.Equal(["Financement, en une ligne", "Montant en euros"], changes.Select(c => c.Label));
        Assert.Equal(("15 000 € par an", "20 000 € par an"), (changes[0].Before, changes[0].After));
        Assert.Equal(("15 000", "20 000,5"), (VisibleText.Normalize(changes[1].Before!), VisibleText.Normalize(changes[1].After!)));
        Assert.False(changes[0].IsLines);
    }

    [Fact]
    public void A_long_text_is_a_line_diff_that_keeps_the_common_lines()
    {
        var after = Measure();
        after["Body"] = "Premier paragraphe.\n\nDeuxième paragraphe, corrigé.\n\nTroisième paragraphe.\n\nQuatrième.";

        var change = Assert.Single(Compare(Measure(), after));

        Assert.Equal("Texte", change.Label);
        Assert.Equal(
            [
                new DiffLine(LineChange.Same, "Premier paragraphe."),
                new DiffLine(LineChange.Same, ""),
                new DiffLine(LineChange.Removed, "Deuxième paragraphe."),
                new DiffLine(LineChange.Added, "Deuxième paragraphe, corrigé."),
                new DiffLine(LineChange.Same, ""),
                new DiffLine(LineChange.Same, "Troisième paragraphe."),
                new DiffLine(LineChange.Added, ""),
                new DiffLine(LineChange.Added, "Quatrième."),
            ],
            change.Lines);
    }

    [Fact]
    public void Rows_are_compared_as_lines_of_their_filled_columns()
    {
        var after = Measure();
        after["Contacts"] = new object[]
        {
            new { Name = "DDETS", Role = (string?)null, Phone = "05 61 00 00 00" },
            new { Name = "PCB de Toulouse", Role = "Conseillère", Phone = (string?)null },
        };

        var change = Assert.Single(Compare(Measure(), after));

        Assert.Equal("Contacts", change.Label);
        Assert.Equal(
            [new DiffLine(LineChange.Same, "DDETS — 05 61 00 00 00"), new DiffLine(LineChange.Added, "PCB de Toulouse — Conseillère")],
            change.Lines);
    }

    [Fact]
    public void Linked_items_are_named_by_their_title_in_any_order_and_a_vanished_one_says_so()
    {
        var reordered = Measure();
        reordered["Intentions"] = new[] { _jeunes, _droits };
        var before = Measure();
        before["Intentions"] = new[] { _droits, _jeunes };
        Assert.Empty(Compare(before, reordered));

        var after = Measure();
        after["Intentions"] = new[] { _jeunes, _gone };
        after["AxisId"] = _gone;

        var changes = Compare(Measure(), after);

        Assert.Equal(["Axe", "Intentions « Je souhaite… »"], changes.Select(c => c.Label));
        Assert.Equal("Accès aux droits", changes[0].Before);
        Assert.StartsWith("élément supprimé", changes[0].After, StringComparison.Ordinal);
        Assert.Contains(new DiffLine(LineChange.Removed, "Je souhaite améliorer l'accès aux droits"), changes[1].Lines!);
        Assert.Contains(new DiffLine(LineChange.Added, "Je souhaite accompagner les jeunes"), changes[1].Lines!);
        Assert.DoesNotContain(changes[1].Lines!, l => l.Text.Contains(_jeunes.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void A_property_outside_the_form_comes_last_under_its_own_name_and_technical_ones_never()
    {
        var after = Measure();
        after["Status"] = "Draft";
        after["Title"] = "Points conseil budget (PCB)";
        after["ImportHash"] = "abc";
        after["Workshops"] = new[] { _jeunes, _droits };
        var before = Measure();
        before["Workshops"] = new[] { _droits, _jeunes };

        var changes = Compare(before, after);

        // The links of the other side (a measure's ateliers) are no change when only their order differs.
        Assert.Equal(["Titre", "Status"], changes.Select(c => c.Label));
        Assert.Equal(("Published", "Draft"), (changes[1].Before, changes[1].After));
    }

    [Fact]
    public void The_line_diff_finds_the_longest_common_lines()
    {
        var diff = LineDiff.Of(["a", "b", "c", "d"], ["b", "x", "d", "e"]);

        Assert.Equal("-a b -c +x d +e", string.Join(' ', diff.Select(l => l.Change switch
        {
            LineChange.Removed => "-" + l.Text,
            LineChange.Added => "+" + l.Text,
            _ => l.Text,
        })));
    }

    [Fact]
    public void The_line_diff_keeps_a_list_item_whole_and_tells_an_empty_list_from_one_empty_line()
    {
        Assert.Equal([new DiffLine(LineChange.Added, "Note sur\ndeux lignes")], LineDiff.Of([], ["Note sur\ndeux lignes"]));
        Assert.Equal([new DiffLine(LineChange.Removed, "")], LineDiff.Of([""], []));
        Assert.Empty(LineDiff.Of([], []));
    }

    [Fact]
    public void Empty_text_become_null_is_no_change_in_the_history_nor_in_a_conflict()
    {
        var before = Measure();
        before["Territory"] = "";
        before["FundingDetails"] = "";
        before["Contacts"] = new object[] { new { Name = "DDETS", Role = "", Phone = "05 61 00 00 00", Mobile = "" } };
        var after = Measure();
        after["Territory"] = null;
        after["Contacts"] = new object[] { new { Name = "DDETS", Role = (string?)null, Phone = "05 61 00 00 00", Mobile = (string?)null } };

        Assert.Empty(Compare(before, after));
        using var a = JsonDocument.Parse(JsonSerializer.Serialize(before));
        using var b = JsonDocument.Parse(JsonSerializer.Serialize(after));
        Assert.All(_measures.Fields, f => Assert.True(SnapshotValues.Same(a.RootElement, b.RootElement, f.Property), f.Label));
    }
}
