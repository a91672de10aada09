using System.Text.Json.Nodes;

namespace Campaign.Testing.Parliament;

/// <summary>A spoken contribution in Hansard, as <see cref="FakeParliamentMonitorApis"/> serves it (House is "Commons" or "Lords").</summary>
public sealed record FakeContribution(
    string ExtId, int? MemberId, string MemberName, string House, DateOnly SittingDate, string DebateSection, string DebateSectionExtId, string Text)
{
    internal JsonObject Json(int order) => new()
    {
        ["MemberName"] = MemberName, ["MemberId"] = MemberId ?? 0, ["AttributedTo"] = $"{MemberName} (Con)", ["ItemId"] = order + 1000,
        ["ContributionExtId"] = ExtId, ["ContributionText"] = Text.Length > 120 ? Text[..120] : Text,
        ["ContributionTextFull"] = $"<p>{System.Net.WebUtility.HtmlEncode(Text)}</p>", ["HRSTag"] = "hs_Para",
        ["HansardSection"] = null, ["DebateSection"] = DebateSection, ["DebateSectionId"] = order + 500,
        ["DebateSectionExtId"] = DebateSectionExtId, ["SittingDate"] = SittingDate.ToString("yyyy-MM-dd") + "T00:00:00",
        ["Section"] = "Debate", ["House"] = House, ["OrderInDebateSection"] = 1, ["DebateSectionOrder"] = 1, ["Rank"] = order,
        ["Timecode"] = null,
    };
}

/// <summary>A written question; set <see cref="Answered"/> and <see cref="AnswerText"/> to answer it between runs.</summary>
public sealed record FakeQuestion(
    int Id, string Uin, string House, DateOnly Tabled, int? AskingMemberId, string? AskingMemberName, string Heading, string QuestionText, string AnsweringBody)
{
    public DateOnly? Answered { get; set; }

    public string? AnswerText { get; set; }

    internal JsonObject Json() => new()
    {
        ["value"] = new JsonObject
        {
            ["id"] = Id, ["askingMemberId"] = AskingMemberId ?? 0,
            ["askingMember"] = AskingMemberId is null ? null : new JsonObject
            {
                ["id"] = AskingMemberId, ["listAs"] = AskingMemberName, ["name"] = AskingMemberName, ["party"] = "Labour",
                ["partyColour"] = "d50000", ["partyAbbreviation"] = "Lab", ["memberFrom"] = "Somewhere", ["thumbnailUrl"] = null,
            },
            ["house"] = House, ["memberHasInterest"] = false, ["dateTabled"] = Tabled.ToString("yyyy-MM-dd") + "T00:00:00", ["dateForAnswer"] = null,
            ["uin"] = Uin, ["questionText"] = QuestionText, ["answeringBodyId"] = 17, ["answeringBodyName"] = AnsweringBody,
            ["isWithdrawn"] = false, ["isNamedDay"] = false, ["groupedQuestions"] = new JsonArray(), ["answerIsHolding"] = null,
            ["answerIsCorrection"] = false, ["answeringMemberId"] = Answered is null ? null : 4000, ["answeringMember"] = null,
            ["correctingMemberId"] = null, ["correctingMember"] = null,
            ["dateAnswered"] = Answered is { } answered ? answered.ToString("yyyy-MM-dd") + "T00:00:00" : null,
            ["answerText"] = Answered is null ? null : AnswerText, ["originalAnswerText"] = null, ["comparableAnswerText"] = null,
            ["dateAnswerCorrected"] = null, ["dateHoldingAnswer"] = null, ["attachmentCount"] = 0, ["heading"] = Heading,
            ["attachments"] = new JsonArray(), ["groupedQuestionsDates"] = new JsonArray(),
        },
        ["links"] = new JsonArray(),
    };
}

/// <summary>A signature of an Early Day Motion; <see cref="SponsoringOrder"/> 1–6 for its sponsors, null for others.</summary>
public sealed record FakeSignature(int MemberId, string Name, DateTime Signed, int? SponsoringOrder = null, bool Withdrawn = false);

/// <summary>An Early Day Motion; add to <see cref="Signatures"/> between runs (the first is the primary sponsor).</summary>
public sealed record FakeMotion(int Id, string Uin, DateOnly Tabled, string Title, string MotionText)
{
    public List<FakeSignature> Signatures { get; init; } = [];

    internal JsonObject Json(bool withSignatures)
    {
        FakeSignature[] signatures;
        lock (Signatures) signatures = [.. Signatures];
        var primary = signatures.FirstOrDefault();
        var motion = new JsonObject
        {
            ["Id"] = Id, ["Status"] = "Published", ["StatusDate"] = Tabled.ToString("yyyy-MM-dd") + "T00:00:00",
            ["MemberId"] = primary?.MemberId ?? 0, ["PrimarySponsor"] = primary is null ? null : Member(primary),
            ["Title"] = Title, ["MotionText"] = MotionText, ["AmendmentToMotionId"] = null, ["UIN"] = int.Parse(Uin),
            ["AmendmentSuffix"] = null, ["DateTabled"] = Tabled.ToString("yyyy-MM-dd") + "T00:00:00", ["PrayingAgainstNegativeStatutoryInstrumentId"] = null,
            ["StatutoryInstrumentNumber"] = null, ["StatutoryInstrumentYear"] = null, ["StatutoryInstrumentTitle"] = null,
            ["UINWithAmendmentSuffix"] = Uin, ["SponsorsCount"] = signatures.Count(s => !s.Withdrawn),
        };
        if (withSignatures)
            motion["Sponsors"] = new JsonArray(signatures.Select((s, i) => (JsonNode)new JsonObject
            {
                ["Id"] = Id * 1000 + i, ["MemberId"] = s.MemberId, ["Member"] = Member(s), ["SponsoringOrder"] = s.SponsoringOrder,
                ["CreatedWhen"] = s.Signed.ToString("yyyy-MM-ddTHH:mm:ss"), ["IsWithdrawn"] = s.Withdrawn,
                ["WithdrawnDate"] = s.Withdrawn ? s.Signed.AddDays(1).ToString("yyyy-MM-ddTHH:mm:ss") : null,
            }).ToArray());
        return motion;
    }

    private static JsonObject Member(FakeSignature s) => new()
    {
        ["MnisId"] = s.MemberId, ["PimsId"] = s.MemberId + 10000, ["Name"] = s.Name, ["ListAs"] = s.Name, ["Constituency"] = "Somewhere",
        ["Status"] = "Active", ["Party"] = "Liberal Democrat", ["PartyId"] = 17, ["PartyColour"] = "FAA61A", ["PhotoUrl"] = null,
    };
}

/// <summary>A bill with its stages (each with amendments); change <see cref="LastUpdate"/> or add to the lists between runs.</summary>
public sealed record FakeBill(int BillId, string ShortTitle, string LongTitle, string CurrentHouse)
{
    public DateTime LastUpdate { get; set; }

    public bool IsAct { get; set; }

    public bool IsDefeated { get; set; }

    public DateTime? Withdrawn { get; set; }

    public (int MemberId, string Name)? Sponsor { get; init; }

    public List<FakeBillStage> Stages { get; init; } = [];

    internal JsonObject Json(bool detail)
    {
        var bill = new JsonObject
        {
            ["billId"] = BillId, ["shortTitle"] = ShortTitle, ["formerShortTitle"] = null, ["currentHouse"] = CurrentHouse,
            ["originatingHouse"] = "Commons", ["lastUpdate"] = LastUpdate.ToString("yyyy-MM-ddTHH:mm:ss.fffffff"),
            ["billWithdrawn"] = Withdrawn?.ToString("yyyy-MM-ddTHH:mm:ss"), ["isDefeated"] = IsDefeated, ["billTypeId"] = 1,
            ["introducedSessionId"] = 39, ["includedSessionIds"] = new JsonArray(39), ["isAct"] = IsAct,
            ["currentStage"] = Stages.LastOrDefault() is { } stage ? stage.Json(BillId) : null,
        };
        if (!detail) return bill;
        bill["longTitle"] = LongTitle;
        bill["summary"] = null;
        bill["sponsors"] = Sponsor is { } s
            ? new JsonArray(new JsonObject { ["member"] = new JsonObject { ["memberId"] = s.MemberId, ["name"] = s.Name, ["party"] = "Labour", ["house"] = "Commons" }, ["organisation"] = null, ["sortOrder"] = 1 })
            : new JsonArray();
        bill["promoters"] = null;
        bill["petitioningPeriod"] = null;
        bill["petitionInformation"] = null;
        bill["agent"] = null;
        return bill;
    }
}

public sealed record FakeBillStage(int Id, int StageId, string Description, string House, int SortOrder, List<DateOnly> Sittings)
{
    public List<FakeAmendment> Amendments { get; init; } = [];

    internal JsonObject Json(int billId) => new()
    {
        ["id"] = Id, ["stageId"] = StageId, ["sessionId"] = 39, ["description"] = Description, ["abbreviation"] = Description[..Math.Min(3, Description.Length)],
        ["house"] = House,
        ["stageSittings"] = new JsonArray(Sittings.Select((d, i) => (JsonNode)new JsonObject
        {
            ["id"] = Id * 100 + i, ["stageId"] = StageId, ["billStageId"] = Id, ["billId"] = billId, ["date"] = d.ToString("yyyy-MM-dd") + "T00:00:00",
        }).ToArray()),
        ["sortOrder"] = SortOrder,
    };
}

public sealed record FakeAmendment(int AmendmentId, string Number, string Decision, string Summary, params (int MemberId, string Name)[] Sponsors)
{
    internal JsonObject Json(int billId, int billStageId) => new()
    {
        ["amendmentId"] = AmendmentId, ["billId"] = billId, ["billStageId"] = billStageId, ["amendmentNumber"] = Number,
        ["amendmentType"] = "EditLongTitle", ["decision"] = Decision, ["decisionExplanation"] = null, ["amendmentPosition"] = "Clause 1",
        ["summaryText"] = new JsonArray(JsonValue.Create(Summary)),
        ["sponsors"] = new JsonArray(Sponsors.Select((s, i) => (JsonNode)new JsonObject
        {
            ["memberId"] = s.MemberId, ["name"] = s.Name, ["party"] = "Conservative", ["partyColour"] = "0087DC", ["memberFrom"] = "Somewhere",
            ["memberPhoto"] = null, ["memberPage"] = null, ["isLead"] = i == 0, ["sortOrder"] = i + 1,
        }).ToArray()),
        ["marshalledListText"] = null, ["lineNumber"] = null,
    };
}
