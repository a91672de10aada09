using System.Globalization;
using System.Text;

namespace Campaign.Mail;

/// <summary>The words of each email: plain text, UK English, UK dates ("Thu 10 Dec 2026").</summary>
public static class EmailText
{
    public const string SubjectPrefix = "Campaign: ";

    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly day) => day.ToString("ddd d MMM yyyy", Uk);

    public sealed record DigestItem(int Id, string Title, DateOnly DueOn, int? StakeholderId, string? StakeholderName, int? InteractionId, string? InteractionTitle);

    public static string DigestSubject(int overdue, int thisWeek)
    {
        var parts = new List<string>();
        if (overdue > 0) parts.Add($"{Count(overdue, "follow-up")} overdue");
        if (thisWeek > 0) parts.Add(overdue > 0 ? $"{thisWeek} due this week" : $"{Count(thisWeek, "follow-up")} due this week");
        return SubjectPrefix + string.Join(", ", parts);
    }

    public static string DigestBody(EmailOptions options, string name, DateOnly today, IReadOnlyList<DigestItem> overdue, IReadOnlyList<DigestItem> thisWeek)
    {
        var text = new StringBuilder();
        text.Append("Hello ").Append(name).Append(",\n\nYour follow-ups on ").Append(Date(today)).Append(".\n");
        Section(text, options, "Overdue", overdue);
        Section(text, options, "Due this week", thisWeek);
        text.Append("\nAll your follow-ups: ").Append(options.Link("/follow-ups")).Append('\n');
        return Footer(text, options, "the daily digest");
    }

    public static string AssignmentSubject(string assigner, string title) => $"{SubjectPrefix}{assigner} gave you a follow-up: {title}";

    public static string AssignmentBody(EmailOptions options, string headline, DigestItem item)
    {
        var text = new StringBuilder();
        text.Append(headline).Append("\n\nDue: ").Append(Date(item.DueOn)).Append('\n');
        Links(text, options, item, "");
        text.Append("\nYour follow-ups: ").Append(options.Link("/follow-ups")).Append('\n');
        return Footer(text, options, "these emails");
    }

    public const string PasswordResetSubject = SubjectPrefix + "reset your password";

    public static string PasswordResetBody(string name, string link) =>
        $"Hello {name},\n\nSomeone (we hope you) asked to reset your Campaign password. To choose a new one, open this link:\n\n{link}\n\n"
        + "The link works once, for 30 minutes. If you did not ask, ignore this email: your password stays as it is.\n";

    private static void Section(StringBuilder text, EmailOptions options, string heading, IReadOnlyList<DigestItem> items)
    {
        if (items.Count == 0) return;
        text.Append('\n').Append(heading).Append(" (").Append(items.Count).Append(")\n");
        foreach (var item in items)
        {
            text.Append("- ").Append(item.Title).Append(", due ").Append(Date(item.DueOn)).Append('\n');
            Links(text, options, item, "  ");
        }
    }

    private static void Links(StringBuilder text, EmailOptions options, DigestItem item, string indent)
    {
        if (item.StakeholderId is { } person)
            text.Append(indent).Append("About: ").Append(item.StakeholderName).Append(' ').Append(options.Link($"/stakeholders/{person}")).Append('\n');
        if (item.InteractionId is { } contact)
            text.Append(indent).Append("From: ").Append(item.InteractionTitle).Append(' ').Append(options.Link($"/interactions/{contact}")).Append('\n');
    }

    private static string Footer(StringBuilder text, EmailOptions options, string what) =>
        text.Append("\nTo turn off ").Append(what).Append(", go to ").Append(options.Link("/account/notifications")).Append('\n').ToString();

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
