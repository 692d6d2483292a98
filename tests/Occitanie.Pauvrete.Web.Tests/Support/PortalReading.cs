using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Occitanie.Pauvrete.Web.Data;

namespace Occitanie.Pauvrete.Web.Tests.Support;

/// <summary>What page tests need besides the page: the database it was built from, and text compared as a reader sees it.</summary>
public static partial class PortalReading
{
    /// <summary>Reads the portal's database with a context of its own (expected values come from there, not from the test).</summary>
    public static async Task<T> ReadAsync<T>(this PortalFactory portal, Func<PortalDbContext, Task<T>> read)
    {
        using var scope = portal.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    /// <summary>Every run of white space (fr-FR's narrow no-break spaces included) as one plain space, trimmed.</summary>
    public static string Spaces(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
