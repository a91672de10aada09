using System.Text.Json.Nodes;
using Campaign.Common;
using Campaign.Importing.Parliament;
using Campaign.Stakeholders;
using Campaign.Testing;
using Campaign.Testing.Parliament;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Importing.Parliament;

/// <summary>Parliament's contact details, synopsis and focus on request; its contact details fill only what staff left empty.</summary>
public sealed class MemberDetailsTests : MembersSyncFixture
{
    private const int MemberId = 4242;
    private const string OursEmail = "ann.example@constituency.example";

    private async Task<int> PersonAsync(int? memberId = MemberId) => await Database.WithContextAsync(async db =>
    {
        var person = new Builder(db).Person("Ann", "Example", StakeholderKind.MP, s =>
        {
            s.ParliamentMemberId = memberId;
            s.Email = OursEmail;
        });
        await db.SaveChangesAsync();
        return person.Id;
    });

    private void Publish() => Api.Details[MemberId] = new FakeMemberDetails(
        [
            FakeMemberDetails.Office("Parliamentary office", "ann.example.mp@parliament.example", "020 7946 0001", preferred: true, "House of Commons", "London", "SW1A 0AA"),
            FakeMemberDetails.Office("Constituency office", "office@ann-example.example", null, preferred: false, "1 High Street", "Exampleton", "EX1 1AA"),
            FakeMemberDetails.Website("https://ann-example.example"),
        ],
        "<a href=\"/member/4242\">Ann Example</a>, a Labour MP, represents Exampleton &amp; District.",
        [FakeMemberDetails.Area("Political interests", "Health", "Science"), FakeMemberDetails.Area("Countries of interest")]);

    [Fact]
    public async Task Shows_what_Parliament_publishes_and_offers_only_the_fields_staff_left_empty()
    {
        var id = await PersonAsync();
        Publish();

        var lookup = await Harness.Details().GetAsync(TestActors.PublicAffairs, id);

        Assert.Null(lookup!.Problem);
        var details = lookup.Details!;
        Assert.Equal("Ann Example, a Labour MP, represents Exampleton & District.", details.Synopsis);
        Assert.Equal(["Parliamentary office", "Constituency office"], details.Contacts.Select(c => c.Kind));
        var area = Assert.Single(details.Focus);
        Assert.Equal("Political interests: Health, Science", $"{area.Category}: {string.Join(", ", area.Items)}");
        Assert.Collection(lookup.Offers,
            email => Assert.Equal((ContactField.Email, "ann.example.mp@parliament.example", OursEmail, false), (email.Field, email.Parliament, email.Ours, email.CanUse)),
            phone => Assert.Equal((ContactField.Phone, "020 7946 0001", true), (phone.Field, phone.Parliament, phone.CanUse)),
            address => Assert.Equal((ContactField.Address, "House of Commons, London, SW1A 0AA", true), (address.Field, address.Parliament, address.CanUse)));
        Assert.Equal(3, Api.Count());
    }

    [Fact]
    public async Task Using_an_offer_fills_an_empty_field_and_never_overwrites_one_staff_filled()
    {
        var id = await PersonAsync();
        Publish();
        var offers = (await Harness.Details().GetAsync(TestActors.PublicAffairs, id))!.Offers;

        var phone = await Harness.Details().UseAsync(TestActors.PublicAffairs, id, offers.Single(o => o.Field == ContactField.Phone));
        var email = await Harness.Details().UseAsync(TestActors.PublicAffairs, id, offers.Single(o => o.Field == ContactField.Email));

        Assert.True(phone.Succeeded);
        Assert.Equal($"Ann Example already has an email address ({OursEmail}); Parliament's was not used.", Assert.Single(email.Errors["Email"]));
        var saved = await Database.WithContextAsync(db => db.Stakeholders.SingleAsync(s => s.Id == id));
        Assert.Equal(("020 7946 0001", OursEmail), (saved.Phone, saved.Email));
    }

    [Fact]
    public async Task A_field_someone_filled_after_the_lookup_is_not_overwritten()
    {
        var id = await PersonAsync();
        Publish();
        var offer = (await Harness.Details().GetAsync(TestActors.PublicAffairs, id))!.Offers.Single(o => o.Field == ContactField.Address);
        await Database.WithContextAsync(db => db.Stakeholders.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Address, "Typed by staff")));

        var result = await Harness.Details().UseAsync(TestActors.PublicAffairs, id, offer);

        Assert.Equal("Ann Example already has an address (Typed by staff); Parliament's was not used.", Assert.Single(result.Errors["Address"]));
        Assert.Equal("Typed by staff", await Database.WithContextAsync(db => db.Stakeholders.Where(s => s.Id == id).Select(s => s.Address).SingleAsync()));
    }

    [Fact]
    public async Task Only_staff_who_edit_people_can_use_an_offer()
    {
        var id = await PersonAsync();
        Publish();
        var offer = (await Harness.Details().GetAsync(TestActors.Leadership, id))!.Offers.Single(o => o.Field == ContactField.Phone);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Harness.Details().UseAsync(TestActors.Leadership, id, offer));

        Assert.Null(await Database.WithContextAsync(db => db.Stakeholders.Where(s => s.Id == id).Select(s => s.Phone).SingleAsync()));
    }

    [Fact]
    public async Task A_failing_API_or_a_person_without_a_member_id_is_said_in_one_sentence()
    {
        var id = await PersonAsync();
        var withoutId = await PersonAsync(memberId: null);
        Publish();
        Api.Inject(new Fault(FaultKind.Status, times: 100) { Where = r => r.Path.Value!.EndsWith("/Contact", StringComparison.Ordinal) });

        var failed = await Harness.Details().GetAsync(TestActors.PublicAffairs, id);
        var noId = await Harness.Details().GetAsync(TestActors.PublicAffairs, withoutId);

        Assert.Equal($"Parliament's Members API answered 500 (Internal Server Error) for the contact details of member {MemberId}, also when asked again.", failed!.Problem);
        Assert.Equal("This person has no Parliament member id, so Parliament's details cannot be looked up.", noId!.Problem);
        Assert.Null(await Harness.Details().GetAsync(TestActors.PublicAffairs, id + 1000));
    }
}
