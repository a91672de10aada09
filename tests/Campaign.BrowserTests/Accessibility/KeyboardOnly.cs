namespace Campaign.BrowserTests.Accessibility;

/// <summary>
/// Drives a page with the keyboard alone, at a person's pace: after each key it waits for the focus to settle (a
/// component may move it once the server has answered), then checks that what has the focus shows a visible ring.
/// </summary>
public sealed class KeyboardOnly(IPage page)
{
    /// <summary>How many Tabs may pass on the way to a control before it counts as unreachable (a trap, or missing).</summary>
    private const int MostTabs = 60;

    /// <summary>Empty when the focused element shows a ring of 2 px or more (its own outline, that of what is seen for
    /// a hidden input, or an outlined field's thickened border), or is the heading or main region a navigation
    /// focused; otherwise what has the focus and why it fails.</summary>
    private const string RingProblem = """
        () => {
            const el = document.activeElement;
            if (!el || el === document.body) return 'nothing has the focus';
            // Where a navigation or the skip link puts the focus: a place to read on from, not a control.
            if (el.matches('h1[tabindex="-1"], main[tabindex="-1"]')) return '';
            const outlined = e => { const s = getComputedStyle(e); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2; };
            // A hidden input (a checkbox, a switch, a file drop zone) has its ring on what is seen, a little further out.
            for (let e = el, up = 0; e && up <= 3; e = e.parentElement, up++) if (outlined(e)) return '';
            const border = el.closest('.mud-input-outlined')?.querySelector('.mud-input-outlined-border');
            if (border && parseFloat(getComputedStyle(border).borderTopWidth) >= 2) return '';
            const name = el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent;
            return `no visible focus ring on <${el.tagName.toLowerCase()} class="${el.className}"> "${(name || '').trim().slice(0, 60)}"`;
        }
        """;

    /// <summary>
    /// True once the same element has held the focus for a quarter of a second. A drop-down swaps its focused element
    /// when its list opens or closes, and the focus is on nothing until the server has answered (seconds, on a CI machine
    /// running other suites beside this one): only nothing for ten seconds counts as lost.
    /// </summary>
    private const string FocusSettled = """
        () => {
            const now = performance.now();
            if (window.__keyboardFocus !== document.activeElement) {
                window.__keyboardFocus = document.activeElement;
                window.__keyboardFocusSince = now;
                return false;
            }
            const held = now - window.__keyboardFocusSince;
            return document.activeElement === document.body ? held > 10000 : held > 250;
        }
        """;

    public async Task PressAsync(string key)
    {
        await page.Keyboard.PressAsync(key);
        await SettleAsync();
    }

    /// <summary>
    /// Presses a key that leaves the page (Enter on a link, or on Save): nothing to settle on until the next page is up,
    /// so the caller checks where the focus lands there.
    /// </summary>
    public Task PressToLeaveAsync(string key) => page.Keyboard.PressAsync(key);

    public async Task TypeAsync(string text)
    {
        await page.Keyboard.TypeAsync(text, new() { Delay = 20 });
        await SettleAsync();
    }

    /// <summary>Tabs forward until the focus is on (or inside) the target, checking the ring at every stop.</summary>
    public Task TabToAsync(ILocator target, string what) => MoveToAsync("Tab", target, what);

    /// <summary>Tabs backward (Shift+Tab) until the focus is on (or inside) the target.</summary>
    public Task BackTabToAsync(ILocator target, string what) => MoveToAsync("Shift+Tab", target, what);

    private async Task MoveToAsync(string key, ILocator target, string what)
    {
        for (var presses = 0; presses < MostTabs; presses++)
        {
            await PressAsync(key);
            if (await HasFocusAsync(target)) return;
        }
        throw new Xunit.Sdk.XunitException($"{what} was not reached in {MostTabs} presses of {key}.");
    }

    /// <summary>
    /// In an open list, moves down with the arrow key until the option is the active one (what the focused combobox's
    /// aria-activedescendant names, as a screen reader hears it), then picks it with Enter.
    /// </summary>
    public async Task ChooseAsync(string option)
    {
        for (var presses = 0; presses < 30; presses++)
        {
            var active = await page.EvaluateAsync<string?>(ActiveOption);
            if (active == option)
            {
                // The combobox picked in keeps the focus: a screen reader hears the choice there, and the next Tab
                // goes on from it. (MudSelect used to swap in another element to show the choice, and the focus fell
                // to the page whenever the swap won the race with its own refocusing.)
                await page.EvaluateAsync("() => window.__keyboardPickedIn = document.activeElement");
                await page.Keyboard.PressAsync("Enter");
                await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToBeHiddenAsync();
                await SettleAsync();
                if (!await page.EvaluateAsync<bool>("() => document.activeElement === window.__keyboardPickedIn"))
                    throw new Xunit.Sdk.XunitException($"Picking \"{option}\" moved the focus off the drop-down it was picked in.");
                return;
            }
            await PressAsync("ArrowDown");
            // The list moves once the server has answered: the next look is at the option it moved to.
            await page.WaitForFunctionAsync($"previous => ({ActiveOption})() !== previous", active);
        }
        throw new Xunit.Sdk.XunitException($"\"{option}\" never became the active option.");
    }

    private const string ActiveOption =
        "() => document.getElementById(document.activeElement?.getAttribute('aria-activedescendant') ?? '')?.textContent?.trim() ?? null";

    /// <summary>True when the focus is on the target or inside it.</summary>
    public static Task<bool> HasFocusAsync(ILocator target) =>
        target.EvaluateAsync<bool>("el => el === document.activeElement || el.contains(document.activeElement)");

    private async Task SettleAsync()
    {
        await page.WaitForFunctionAsync(FocusSettled, null, new() { PollingInterval = 50 });
        var problem = await page.EvaluateAsync<string>(RingProblem);
        if (problem.Length > 0) throw new Xunit.Sdk.XunitException(problem);
    }
}
