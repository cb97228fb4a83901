using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Notifications;
using Portal.Components.Suppliers;
using Portal.Data;
using Portal.Domain.Identity;
using Portal.Domain.Suppliers;
using Portal.Infrastructure;

namespace Portal.Tests.Integration.Suppliers;

/// <summary>
/// Inviting a person to a supplier organisation and their joining by the emailed link, over the real app and database
/// seeded with the demo suppliers. Each test invites its own address, so the tests share one app.
/// </summary>
public sealed partial class SupplierUserInvitationTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private const string Pathways = "Pathways to Work CIC";
    private const string SecondChance = "Second Chance Skills Trust";
    private const string GoodPassword = "Joining-the-portal-2026";

    private static string NewAddress() => $"person-{Guid.NewGuid():N}@charity.test";

    private SupplierUserInvitationService Invitations(Actor actor) => app.ServiceFor<SupplierUserInvitationService>(actor);

    private async Task<Guid> OrganisationAsync(string name)
    {
        await using var db = await app.OpenDbAsync();
        return await db.SupplierOrganisations.Where(s => s.Name == name).Select(s => s.Id).SingleAsync();
    }

    /// <summary>A demo supplier user as the service would see them once signed in.</summary>
    private async Task<Actor> SupplierUserAsync(string email)
    {
        await using var db = await app.OpenDbAsync();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        return new Actor(user.Id, user.DisplayName, new HashSet<string> { Roles.SupplierUser });
    }

    /// <summary>Invites the address and returns the token from the link in the email that went with it.</summary>
    private async Task<string> InviteAsync(Actor inviter, string organisation, string email, string name = "Ann Example")
    {
        var result = await Invitations(inviter).InviteAsync(await OrganisationAsync(organisation), email, name);
        Assert.True(result.Succeeded, result.Message);
        await using var db = await app.OpenDbAsync();
        var emails = await db.Set<OutboxMessage>().Where(m => m.To == email).ToListAsync();
        var newest = emails.OrderBy(m => m.CreatedAt).Last();
        return JoinLink().Match(newest.BodyText).Groups[1].Value;
    }

    private async Task<T> InScopeAsync<T>(Func<SupplierJoinService, Task<T>> use)
    {
        await using var scope = app.Started.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<SupplierJoinService>());
    }

    private Task<JoinOutcome> AcceptAsync(string token, string name = "Ann Example", string password = GoodPassword) =>
        InScopeAsync(join => join.AcceptAsync(token, name, password));

    private async Task<bool> UserExistsAsync(string email)
    {
        await using var db = await app.OpenDbAsync();
        return await db.Users.AnyAsync(u => u.NormalizedEmail == email.ToUpperInvariant());
    }

    [Fact]
    public async Task The_emailed_link_creates_a_supplier_user_in_the_inviting_organisation_and_works_only_once()
    {
        var email = NewAddress();
        var token = await InviteAsync(TestActors.ProcurementOfficer, Pathways, email);

        await using (var db = await app.OpenDbAsync())
        {
            var message = await db.Set<OutboxMessage>().SingleAsync(m => m.To == email);
            Assert.Equal("You are invited to join Pathways to Work CIC on the Commissioning Portal", message.Subject);
            Assert.Contains($"http://localhost:5080/account/join/{token}", message.BodyText);
            Assert.Contains("Pat Procurement has invited you", message.BodyText);
        }
        var opened = await InScopeAsync(join => join.FindAsync(token));
        Assert.Equal(new JoinInvitationView(Pathways, email, "Ann Example"), opened.Invitation);

        var joined = await AcceptAsync(token, name: "Ann Q. Example");

        Assert.NotNull(joined.User);
        await using (var scope = app.Started.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByEmailAsync(email);
            Assert.NotNull(user);
            Assert.Equal(await OrganisationAsync(Pathways), user.SupplierOrganisationId);
            Assert.Equal("Ann Q. Example", user.DisplayName);
            Assert.True(user.EmailConfirmed);
            Assert.Equal([Roles.SupplierUser], await users.GetRolesAsync(user));
            Assert.True(await users.CheckPasswordAsync(user, GoodPassword));
        }
        var again = await AcceptAsync(token, password: "Another-password-2026");
        Assert.Null(again.User);
        Assert.Contains("already been used", again.DeadLink);
        Assert.Contains("already been used", (await InScopeAsync(join => join.FindAsync(token))).DeadLink);

        await using var check = await app.OpenDbAsync();
        var events = await check.AuditEvents.Where(e => e.Summary.Contains(email)).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["SupplierUserInvited", "SupplierUserJoined"], events.Select(e => e.Action));
        Assert.All(events, e => Assert.DoesNotContain(token, e.Summary));
        Assert.Equal("Ann Q. Example", events[1].ActorName);
    }

    [Fact]
    public async Task Only_the_hash_of_the_token_is_stored()
    {
        var email = NewAddress();
        var token = await InviteAsync(TestActors.ProcurementOfficer, Pathways, email);

        await using var db = await app.OpenDbAsync();
        var invitation = await db.SupplierUserInvitations.SingleAsync(i => i.Email == email);
        Assert.NotEqual(token, invitation.TokenHash);
        Assert.Equal(43, token.Length); // 32 random bytes, URL-safe base64 without padding
        Assert.Matches("^[A-Za-z0-9_-]+$", token);
        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))), invitation.TokenHash);
        Assert.False(await db.SupplierUserInvitations.AnyAsync(i => i.TokenHash == token));
    }

    [Fact]
    public async Task An_expired_link_is_refused_and_creates_nothing()
    {
        var email = NewAddress();
        var token = await InviteAsync(TestActors.ProcurementOfficer, Pathways, email);

        app.Clock.Advance(TimeSpan.FromDays(SupplierUserInvitationService.DefaultValidDays) + TimeSpan.FromMinutes(1));

        Assert.Contains("has expired — ask Pat Procurement to send you a new one", (await InScopeAsync(join => join.FindAsync(token))).DeadLink);
        var joined = await AcceptAsync(token);
        Assert.Null(joined.User);
        Assert.Contains("has expired", joined.DeadLink);
        Assert.False(await UserExistsAsync(email));
    }

    [Fact]
    public async Task A_withdrawn_link_and_a_replaced_link_stop_working_while_the_newest_works()
    {
        var withdrawnEmail = NewAddress();
        var withdrawn = await InviteAsync(TestActors.ProcurementOfficer, Pathways, withdrawnEmail);
        await using (var db = await app.OpenDbAsync())
        {
            var id = await db.SupplierUserInvitations.Where(i => i.Email == withdrawnEmail).Select(i => i.Id).SingleAsync();
            Assert.True((await Invitations(TestActors.ProcurementOfficer).RevokeAsync(id)).Succeeded);
        }
        Assert.Contains("withdrawn, or replaced", (await AcceptAsync(withdrawn)).DeadLink);
        Assert.False(await UserExistsAsync(withdrawnEmail));

        var email = NewAddress();
        var first = await InviteAsync(TestActors.ProcurementOfficer, Pathways, email);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await InviteAsync(TestActors.ProcurementOfficer, Pathways, email.ToUpperInvariant());

        Assert.NotEqual(first, second);
        Assert.Contains("withdrawn, or replaced", (await AcceptAsync(first)).DeadLink);
        Assert.False(await UserExistsAsync(email));
        Assert.NotNull((await AcceptAsync(second)).User);
        var people = await Invitations(TestActors.ProcurementOfficer).GetPeopleAsync(await OrganisationAsync(Pathways));
        Assert.DoesNotContain(people.Value!.OpenInvitations, i => i.Email.Equals(email, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(people.Value.Users, u => u.Email.Equals(email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_address_that_already_has_an_account_is_refused_with_a_reason()
    {
        var result = await Invitations(TestActors.ProcurementOfficer).InviteAsync(await OrganisationAsync(Pathways), " Tenders@SecondChanceSkills.test ", "Owen Hughes");

        Assert.Equal(OperationOutcome.Refused, result.Outcome);
        Assert.Contains("Tenders@SecondChanceSkills.test already has a portal account", result.Message);
        await using var db = await app.OpenDbAsync();
        Assert.False(await db.SupplierUserInvitations.AnyAsync(i => i.NormalizedEmail == "TENDERS@SECONDCHANCESKILLS.TEST"));
    }

    [Fact]
    public async Task A_supplier_user_invites_colleagues_to_its_own_organisation_only()
    {
        var nadia = await SupplierUserAsync("bids@pathwaystowork.test");
        var ownEmail = NewAddress();
        var otherEmail = NewAddress();

        await InviteAsync(nadia, Pathways, ownEmail);
        var forOther = await Invitations(nadia).InviteAsync(await OrganisationAsync(SecondChance), otherEmail, "Ann Example");

        Assert.Equal(OperationOutcome.Forbidden, forOther.Outcome);
        Assert.Equal(OperationOutcome.Forbidden, (await Invitations(nadia).GetPeopleAsync(await OrganisationAsync(SecondChance))).Outcome);
        Assert.Equal(await OrganisationAsync(Pathways), (await Invitations(nadia).OwnOrganisationAsync()).Value);
        var own = await Invitations(nadia).GetPeopleAsync(await OrganisationAsync(Pathways));
        Assert.Contains(own.Value!.OpenInvitations, i => i.Email == ownEmail && i.InvitedBy == "Nadia Brooks");
        Assert.Contains(own.Value.Users, u => u.Email == "bids@pathwaystowork.test");
        await using var db = await app.OpenDbAsync();
        Assert.False(await db.SupplierUserInvitations.AnyAsync(i => i.Email == otherEmail));
        Assert.False(await db.Set<OutboxMessage>().AnyAsync(m => m.To == otherEmail));
    }

    [Fact]
    public async Task A_commissioning_officer_may_not_invite_list_or_withdraw()
    {
        var email = NewAddress();
        await InviteAsync(TestActors.ProcurementOfficer, Pathways, email);
        await using var db = await app.OpenDbAsync();
        var invitationId = await db.SupplierUserInvitations.Where(i => i.Email == email).Select(i => i.Id).SingleAsync();
        var commissioning = Invitations(TestActors.CommissioningOfficer);
        var pathways = await OrganisationAsync(Pathways);

        Assert.Equal(OperationOutcome.Forbidden, (await commissioning.InviteAsync(pathways, NewAddress(), "Ann Example")).Outcome);
        Assert.Equal(OperationOutcome.Forbidden, (await commissioning.GetPeopleAsync(pathways)).Outcome);
        Assert.Equal(OperationOutcome.Forbidden, (await commissioning.RevokeAsync(invitationId)).Outcome);
        Assert.Equal(OperationOutcome.Forbidden, (await commissioning.OwnOrganisationAsync()).Outcome);
        Assert.Null((await db.SupplierUserInvitations.AsNoTracking().SingleAsync(i => i.Id == invitationId)).RevokedAt);
    }

    [Fact]
    public async Task Two_accepts_of_one_link_at_once_create_one_user()
    {
        var email = NewAddress();
        var token = await InviteAsync(TestActors.ProcurementOfficer, Pathways, email);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => AcceptAsync(token))));

        Assert.Single(outcomes, o => o.User is not null);
        Assert.All(outcomes.Where(o => o.User is null), o => Assert.Contains("already been used", o.DeadLink));
        await using var db = await app.OpenDbAsync();
        Assert.Equal(1, await db.Users.CountAsync(u => u.NormalizedEmail == email.ToUpperInvariant()));
    }

    [Fact]
    public async Task The_join_page_keeps_the_name_when_the_password_breaks_the_rules_then_signs_the_new_user_in()
    {
        var email = NewAddress();
        var token = await InviteAsync(TestActors.ProcurementOfficer, Pathways, email);
        var client = app.AnonymousClient();
        var page = await client.GetStringAsync($"/account/join/{token}");
        Assert.Contains(Pathways, page);
        Assert.Contains(email, page);

        var tooShort = await PostJoinAsync(client, token, page, "Ann From The Form", "Short-1a");
        var refusedPage = await tooShort.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        Assert.Contains("Passwords must be at least 12 characters.", refusedPage);
        Assert.Contains("value=\"Ann From The Form\"", refusedPage);
        Assert.DoesNotContain("Short-1a", refusedPage);
        Assert.False(await UserExistsAsync(email));

        var joined = await PostJoinAsync(client, token, refusedPage, "Ann From The Form", GoodPassword);
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal("/supplier", joined.LocationPath());
        var home = await client.GetStringAsync("/supplier");
        Assert.Contains(Pathways, home);
        Assert.Contains("This invitation has already been used", await app.AnonymousClient().GetStringAsync($"/account/join/{token}"));
    }

    [Fact]
    public async Task An_unknown_link_shows_a_clear_page()
    {
        var page = await app.AnonymousClient().GetStringAsync("/account/join/not-a-real-token");

        Assert.Contains("This invitation link is not recognised", page);
        Assert.DoesNotContain("id=\"password\"", page);
    }

    private static Task<HttpResponseMessage> PostJoinAsync(HttpClient client, string token, string form, string name, string password) =>
        client.PostAsync($"/account/join/{token}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignIn.HiddenInput(form, "__RequestVerificationToken"),
            ["_handler"] = SignIn.HiddenInput(form, "_handler"),
            [SignIn.InputName(form, "display-name")] = name,
            [SignIn.InputName(form, "password")] = password,
            [SignIn.InputName(form, "confirm-password")] = password,
        }));

    [GeneratedRegex(@"/account/join/([A-Za-z0-9_-]+)")]
    private static partial Regex JoinLink();
}
