namespace Campaign.Testing.Parliament;

/// <summary>Volume for benchmarks and paging tests: plausible items that all mention "clinical technologist".</summary>
public sealed partial class FakeParliamentMonitorApis
{
    public const string GeneratedPhrase = "clinical technologist";

    private static readonly string[] Names = ["Sarah Owen", "Lord Patel", "Dr Caroline Johnson", "Baroness Merron", "Jim Shannon", "Munira Wilson", "Dr Ben Spencer", "Lord Kamall"];

    private static readonly string[] Topics =
        ["NHS workforce", "Diagnostic services", "Healthcare science", "Medical physics", "Radiotherapy waiting times", "Regulation of healthcare professions"];

    private static readonly string[] Sentences =
    [
        "What assessment has the Department made of the number of clinical technologists working in NHS hospitals?",
        "Clinical technologists keep dialysis machines, ventilators and scanners safe, yet they are still not statutorily regulated.",
        "Will the Minister meet the Institute of Physics and Engineering in Medicine to discuss the clinical technologist workforce?",
        "Vacancies among clinical technologists have risen for the third year running, delaying radiotherapy for cancer patients.",
        "The Health and Care Professions Council could register clinical technologists without new primary legislation.",
    ];

    /// <summary>
    /// Adds <paramref name="perSource"/> items to each API from <paramref name="from"/> onwards (one a day, cycling over
    /// a year): contributions, questions (every third answered), motions with three to eight signatures, and bills with
    /// two stages and one amendment each. Ids start at <paramref name="firstId"/>, so calls can be repeated.
    /// </summary>
    public void AddGenerated(int perSource, DateOnly from, int firstId = 1)
    {
        for (var n = 0; n < perSource; n++)
        {
            var id = firstId + n;
            var date = from.AddDays(n % 365);
            var name = Names[n % Names.Length];
            var house = name.StartsWith("Lord", StringComparison.Ordinal) || name.StartsWith("Baroness", StringComparison.Ordinal) ? "Lords" : "Commons";
            var topic = Topics[n % Topics.Length];
            var text = $"{Sentences[n % Sentences.Length]} {Sentences[(n + 2) % Sentences.Length]}";
            lock (Contributions)
                Contributions.Add(new FakeContribution($"GEN{id:D6}-0001", 4000 + n % Names.Length, name, house, date, topic, $"SECTION-{id:D6}", text));
            lock (WrittenQuestions)
                WrittenQuestions.Add(new FakeQuestion(900000 + id, $"HL{id}", house, date, 4000 + n % Names.Length, name, topic, Sentences[n % Sentences.Length], "Department of Health and Social Care")
                {
                    Answered = n % 3 == 0 ? date.AddDays(7) : null,
                    AnswerText = n % 3 == 0 ? "<p>The Department values the contribution of clinical technologists and keeps regulation under review.</p>" : null,
                });
            var motion = new FakeMotion(70000 + id, (1000 + id).ToString(System.Globalization.CultureInfo.InvariantCulture), date, $"{topic} and clinical technologists", text);
            for (var s = 0; s < 3 + n % 6; s++)
                motion.Signatures.Add(new FakeSignature(5000 + (n + s) % 200, $"Member {(n + s) % 200}", date.ToDateTime(new TimeOnly(9, 0)).AddHours(s), s < 6 ? s + 1 : null));
            lock (Motions) Motions.Add(motion);
            lock (BillList)
                BillList.Add(new FakeBill(3000 + id, $"Clinical Technologists (Regulation) Bill {id}", $"A Bill to make provision for the regulation of clinical technologists; and for connected purposes ({topic}).", house)
                {
                    LastUpdate = date.ToDateTime(new TimeOnly(12, 0)),
                    Sponsor = (4000 + n % Names.Length, name),
                    Stages =
                    [
                        new FakeBillStage(id * 10 + 1, 6, "1st reading", house, 1, [date]),
                        new FakeBillStage(id * 10 + 2, 7, "2nd reading", house, 2, [date.AddDays(14)])
                        {
                            Amendments = [new FakeAmendment(id * 100, "1", "NoDecision", "Clause 1, page 1, line 5, after \"clinical technologist\" insert \"or healthcare scientist\"", (4000 + n % Names.Length, name))],
                        },
                    ],
                });
        }
    }
}
