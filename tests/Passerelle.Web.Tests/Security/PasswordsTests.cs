using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Web.Features.Users;
using Passerelle.Web.Platform.Security;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Security;

[Collection(AppCollection.Name)]
public sealed class PasswordsTests(PasserelleApp app)
{
    [Fact]
    public async Task GeneratedPasswords_AlwaysSatisfyThePasswordPolicy()
    {
        await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<User>>();
            var user = new User { DisplayName = "Fictive", UserName = "policy@demo.test" };
            for (var i = 0; i < 2000; i++)
            {
                var password = Passwords.Generate();
                foreach (var validator in users.PasswordValidators)
                {
                    var result = await validator.ValidateAsync(users, user, password);
                    Assert.True(result.Succeeded, $"{password}: {string.Join(' ', result.Errors.Select(e => e.Code))}");
                }
            }

            return 0;
        });
    }
}
