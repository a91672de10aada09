using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Campaign.BrowserTests.Accessibility;

/// <summary>One failing element under an axe rule, on a page seen a certain way.</summary>
public sealed record AxeFinding(string Where, string Rule, string Impact, string Target, string Summary)
{
    public override string ToString() => $"{Where}: {Rule} ({Impact}) at {Target}: {Summary}";
}

/// <summary>Runs axe-core in the page against the WCAG 2.2 AA rules (and the A and 2.0/2.1 rules under them).</summary>
public static class AxeScan
{
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>True once nothing is part-way through a transition (a list fading in would be measured half-transparent).</summary>
    private const string Still = "() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)";

    public static async Task<IReadOnlyList<AxeFinding>> RunAsync(IPage page, string where)
    {
        await page.WaitForFunctionAsync(Still);
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },
            // Only what fails is gathered in detail.
            ResultTypes = [ResultType.Violations],
        });
        return result.Violations
            .SelectMany(v => v.Nodes.Select(n => new AxeFinding(where, v.Id, v.Impact ?? "", n.Target?.ToString() ?? "",
                string.Join("; ", (n.Any ?? []).Concat(n.All ?? []).Concat(n.None ?? []).Select(c => c.Message)).ReplaceLineEndings(" "))))
            .ToList();
    }
}
