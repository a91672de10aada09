using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Campaign.Privacy;

/// <summary>
/// What identifies someone being erased (every name they had, emails, numbers, address) as patterns to strike, matched as
/// people and the app write them: with or without accents or apostrophes, hyphens or spaces, or as a file-name slug.
/// </summary>
internal sealed class ErasedPerson
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private ErasedPerson(int id, int? memberId, IReadOnlyList<string> emails, Regex identifying, Regex any)
    {
        Id = id;
        MemberId = memberId;
        Emails = emails;
        Identifying = identifying;
        Any = any;
    }

    public int Id { get; }

    /// <summary>The Parliament member id they had, if any (cleared from the record by erasure).</summary>
    public int? MemberId { get; }

    public IReadOnlyList<string> Emails { get; }

    /// <summary>
    /// Full names, emails, telephone numbers and the address: struck wherever they appear, in any record, because
    /// they point at this person and no one else.
    /// </summary>
    public Regex Identifying { get; }

    /// <summary>
    /// <see cref="Identifying"/> and each single name (parts of four letters or more, capitalised as written): struck only
    /// from records about this person, where "Siân said" means them; elsewhere "Will" or "Hall" would wreck others' text.
    /// </summary>
    public Regex Any { get; }

    /// <summary>What the record is called after erasure.</summary>
    public string Stub => $"Erased person {Id}";

    public sealed class Builder(int id, int? memberId)
    {
        private readonly HashSet<string> _full = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _parts = new(StringComparer.Ordinal);
        private readonly HashSet<string> _emails = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> _identifying = [];
        private readonly List<string> _linked = [];

        /// <summary>A name the person has or had, with every form the app writes it in.</summary>
        public Builder Name(string? honorific, string? given, string? family, string? display)
        {
            (given, family, honorific, display) = (Clean(given), Clean(family), Clean(honorific), Clean(display));
            if (display is not null) FullName(display);
            if (given is not null && family is not null)
            {
                FullName($"{given} {family}");
                FullName($"{family}, {given}"); // the Members API's "list as" form
            }
            if (honorific is not null && family is not null) FullName($"{honorific} {family}");
            foreach (var single in new[] { given, family })
            {
                if (single is null) continue;
                if (Letters(single) >= 3) _parts.Add(single);
                foreach (var part in single.Split([' ', '-', '‐', '–'], StringSplitOptions.RemoveEmptyEntries).Where(p => Letters(p) >= 4))
                    _parts.Add(part);
            }
            return this;
        }

        /// <summary>A whole name as one string (e.g. "Name: Siân O'Brien" in an older import), split as display names are.</summary>
        public Builder FullName(string? name)
        {
            if (Clean(name) is not { } clean || Letters(clean) < 3) return this;
            _full.Add(clean);
            foreach (var part in clean.Split([' ', '-', '‐', '–', ','], StringSplitOptions.RemoveEmptyEntries).Where(p => Letters(p) >= 4))
                _parts.Add(part);
            return this;
        }

        /// <summary>A single given or family name from an older version of the record.</summary>
        public Builder SingleName(string? name)
        {
            if (Clean(name) is { } clean && Letters(clean) >= 3) _parts.Add(clean);
            return this;
        }

        public Builder Email(string? email)
        {
            if (Clean(email) is { } clean && clean.Contains('@')) _emails.Add(clean);
            return this;
        }

        public Builder Phone(string? phone)
        {
            var digits = new string((phone ?? "").Where(char.IsAsciiDigit).ToArray());
            // Separators may differ between copies: "020 7946 0101", "02079460101", "(020) 7946-0101".
            if (digits.Length >= 6) _identifying.Add(@"\+?" + string.Join(@"[\s\-().]*", digits.Select(d => d.ToString())));
            return this;
        }

        public Builder Address(string? address)
        {
            if (Clean(address) is not { } clean) return this;
            _identifying.Add(Spaced(clean));
            // A single line ("12 Acacia Avenue") identifies them only in their own records.
            foreach (var line in clean.Split(['\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).Where(l => l.Length >= 8))
                _linked.Add(Spaced(line));
            return this;
        }

        public ErasedPerson Build()
        {
            // Emails first: "sian.obrien@…" would otherwise lose only "sian.obrien" to the name "Siân O'Brien".
            var identifying = _emails.OrderByDescending(e => e.Length).Select(Regex.Escape)
                .Concat(_full.OrderByDescending(f => f.Length).Select(Flexible))
                .Concat(_identifying).ToList();
            var any = identifying.Concat(_linked)
                .Concat(_parts.Where(p => !_full.Contains(p)).OrderByDescending(p => p.Length).Select(CapitalisedAsWritten)).ToList();
            return new ErasedPerson(id, memberId, _emails.ToList(), Compile(identifying), Compile(any));
        }

        private static Regex Compile(List<string> alternatives) => alternatives.Count == 0
            ? new Regex("(?!)", RegexOptions.None, Timeout)
            : new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join("|", alternatives)})(?![\p{{L}}\p{{N}}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

        private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize(NormalizationForm.FormC);

        private static int Letters(string text) => text.Count(char.IsLetter);

        private static string Spaced(string text) => string.Join(@"\s+", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));

        /// <summary>A single name matches only with its first letter as written ("Will", not "will").</summary>
        private static string CapitalisedAsWritten(string part) => $"(?-i:{Letter(part[0])})" + Flexible(part[1..]);

        /// <summary>"Siân O'Brien-Ní" as a pattern that also matches "Sian OBrien Ni", "SIÂN O’BRIEN-NÍ" and "sian-o-brien-ni".</summary>
        private static string Flexible(string name)
        {
            var pattern = new StringBuilder();
            var separated = false;
            foreach (var c in name)
            {
                if (char.IsWhiteSpace(c) || c is '-' or '‐' or '–' or ',' or '.')
                {
                    if (!separated) pattern.Append(@"[\s,.\-‐–]+");
                    separated = true;
                    continue;
                }
                separated = false;
                pattern.Append(c is '\'' or '’' or 'ʼ' or '‘' or '`' ? @"[\s\-'’ʼ‘`]?" : Letter(c));
            }
            return pattern.ToString();
        }

        /// <summary>An accented letter matches itself or its plain form: "â" is [âa].</summary>
        private static string Letter(char c)
        {
            var plain = c.ToString().Normalize(NormalizationForm.FormD).Where(x => CharUnicodeInfo.GetUnicodeCategory(x) != UnicodeCategory.NonSpacingMark).ToArray();
            return plain.Length == 1 && plain[0] != c ? $"[{c}{plain[0]}]" : Regex.Escape(c.ToString());
        }
    }
}
