using Microsoft.EntityFrameworkCore;
using Occitanie.Pauvrete.Web.Tests.Support;

namespace Occitanie.Pauvrete.Web.Tests.Admin;

public sealed class DataProtectionKeysTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task After_a_login_the_database_holds_the_key_that_protects_the_cookie()
    {
        using var administrator = await StaffBrowser.SignInAsync(portal);

        var keys = await portal.ReadAsync(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync());

        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.Contains("<key ", xml, StringComparison.Ordinal));
    }
}
