using MimeKit;

namespace Campaign.Engagements.EmailDrop;

public enum EmailField
{
    From,
    To,
    Cc,
}

public sealed record EmailAddress(EmailField Field, string? Name, string Address);

/// <summary>An attachment, decoded: kept with the draft so it can be added to the campaign library (or let go with it).</summary>
public sealed record EmailAttachment(string FileName, string ContentType, long Bytes, byte[] Content);

/// <summary>What a saved email (.eml) says, read with MimeKit: the parts a contact log is made of.</summary>
public sealed record EmailMessage(
    string? MessageId, string Subject, DateTimeOffset? Sent, IReadOnlyList<EmailAddress> Addresses, string Body, bool BodyWasHtml,
    IReadOnlyList<EmailAttachment> Attachments)
{
    /// <summary>Larger than any email worth logging by hand; checked before a byte is parsed.</summary>
    public const long MaxBytes = 25 * 1024 * 1024;

    /// <summary>Reads an .eml file; null when it is not an email (no headers a message has).</summary>
    public static async Task<EmailMessage?> ReadAsync(Stream eml, CancellationToken cancellationToken = default)
    {
        MimeMessage message;
        try
        {
            message = await MimeMessage.LoadAsync(eml, cancellationToken);
        }
        catch (FormatException)
        {
            return null;
        }
        // MimeKit reads almost anything as a message; one with no sender, recipient or subject was not an email.
        if (!message.Headers.Contains(HeaderId.From) && !message.Headers.Contains(HeaderId.To) && !message.Headers.Contains(HeaderId.Subject))
            return null;

        var subject = (message.Subject ?? "").Trim();
        var forward = EmailText.IsForward(subject);
        var html = message.TextBody is null ? message.HtmlBody : null;
        var body = html is null ? message.TextBody ?? "" : EmailText.FromHtml(html, stopAtQuote: !forward);
        return new EmailMessage(
            string.IsNullOrWhiteSpace(message.MessageId) ? null : message.MessageId.Trim(),
            subject,
            // A message with no Date header must not be taken as sent at some default instant.
            message.Headers.Contains(HeaderId.Date) ? message.Date : null,
            [.. Mailboxes(EmailField.From, message.From), .. Mailboxes(EmailField.To, message.To), .. Mailboxes(EmailField.Cc, message.Cc)],
            forward ? EmailText.Whole(body) : EmailText.WithoutQuotedHistory(body),
            html is not null,
            message.Attachments.OfType<MimePart>().Select(Describe).ToList());
    }

    private static IEnumerable<EmailAddress> Mailboxes(EmailField field, InternetAddressList list) =>
        list.Mailboxes.Where(m => !string.IsNullOrWhiteSpace(m.Address))
            .Select(m => new EmailAddress(field, string.IsNullOrWhiteSpace(m.Name) ? null : m.Name.Trim(), m.Address.Trim()));

    private static EmailAttachment Describe(MimePart part)
    {
        using var content = new MemoryStream();
        part.Content?.DecodeTo(content);
        return new EmailAttachment(part.FileName ?? "attachment", part.ContentType.MimeType, content.Length, content.ToArray());
    }
}
