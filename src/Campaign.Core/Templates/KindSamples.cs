using Campaign.Briefings;
using Campaign.Letters;

namespace Campaign.Templates;

/// <summary>Made-up models for the kinds other than position statements: a template is rendered over one before it is saved.</summary>
internal static class KindSamples
{
    public static LetterModel Letter(Audience audience, PackCampaign campaign, Actor actor, DateTime now) =>
        LetterModels.Sample(audience, campaign, new LetterSigner(actor.Name, null), now);

    public static MeetingBriefModel Meeting(PackCampaign campaign, DateTime now) => new(
        new BriefMeeting("Introductory meeting", "Meeting", now.Date.AddDays(7).AddHours(10), "Portcullis House",
        [
            new BriefAttendee("Dr Alex Sample", "MP", "Independent", "Sampleton",
                campaign.Asks.Select(a => new StatementPosition(a.Title, "Neutral", now.Date, "Meeting", "Likely")).ToList()),
        ]),
        LetterModels.Campaign(campaign),
        now.Date);
}
