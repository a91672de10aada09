using Campaign.Users;
using Microsoft.AspNetCore.Components.Authorization;

namespace Campaign.Web.Identity;

/// <summary>The signed-in user as an <see cref="Actor"/>, for pages to hand to the feature services.</summary>
public sealed class ActorAccessor(AuthenticationStateProvider authentication)
{
    public async Task<Actor> GetAsync() => Actor.FromPrincipal((await authentication.GetAuthenticationStateAsync()).User);
}
