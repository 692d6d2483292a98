using Occitanie.Pauvrete.Web.Features.Search;

namespace Occitanie.Pauvrete.Web.Tests.Search;

/// <summary>French words typed any way find the same words in the content.</summary>
public sealed class SearchAnalyzerTests : IDisposable
{
    private readonly FrenchSearchAnalyzer _analyzer = new();

    public void Dispose() => _analyzer.Dispose();

    [Theory]
    [InlineData("Crèches", "creche")]
    [InlineData("CRÈCHES", "crèche")]
    [InlineData("jeunes", "jeune")]
    [InlineData("petits déjeuners", "petit dejeuner")]
    [InlineData("cantines", "Cantine")]
    [InlineData("l'État", "etat")]
    [InlineData("d’une famille", "une familles")]
    [InlineData("difficulté", "difficultés")]
    public void Both_wordings_give_the_same_terms(string typed, string written)
    {
        Assert.Equal(Terms(written), Terms(typed));
        Assert.NotEmpty(Terms(typed));
    }

    [Fact]
    public void Different_words_stay_different()
    {
        Assert.NotEqual(Terms("crèche"), Terms("cantine"));
        Assert.NotEqual(Terms("logement"), Terms("emploi"));
    }

    [Fact]
    public void French_stop_words_and_articles_are_not_terms()
    {
        Assert.Equal(Terms("familles difficulté"), Terms("les familles en difficulté"));
        Assert.Empty(Terms("le la les de des"));
    }

    [Fact]
    public void Each_term_keeps_where_its_word_is_in_the_text()
    {
        const string text = "Les crèches de l'État";

        var terms = _analyzer.Analyse(text);

        Assert.Equal(["crèches", "l'État"], terms.Select(t => text[t.Start..t.End]));
    }

    private string[] Terms(string text) => [.. _analyzer.Analyse(text).Select(t => t.Term)];
}
