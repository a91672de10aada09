using Microsoft.Playwright;

namespace Campaign.Benchmarks;

/// <summary>
/// When a page counts as shown: the address matches <see cref="Path"/> (a regular expression over path and query), an
/// element matching <see cref="Selector"/> (containing <see cref="Text"/>, if given) that was not there before the
/// click exists, and no loading bar is left in the main area. "Not there before" matters: the address changes at the
/// click while the old page, which may have a heading or a grid of its own, is still on screen.
/// </summary>
public sealed record PageReady(string Path, string Selector, string? Text = null);

/// <summary>
/// Times user actions inside the page, on the browser's own clock: from the click (or key press) that starts the
/// action to the next animation frame after the page is shown, so Playwright's round trips are not counted. A
/// mutation observer checks the page after each change the circuit's render batches make.
/// </summary>
public static class PageTimer
{
    /// <summary>What the main area shows while it loads: the pages' bars and the data grid's.</summary>
    private const string Loading = "main [aria-label=\"Loading\"], main .mud-table-loading-progress";

    /// <summary>Installed in every page of a benchmark context (survives reloads): the timer and the reconnect count.</summary>
    public const string InitScript = """
        (() => {
          // The reconnect dialog's event is dispatched on the dialog and does not bubble: listen in the capture phase.
          window.addEventListener('components-reconnect-state-changed', e => {
            if (e.detail && e.detail.state !== 'hide' && window.__benchReconnect) window.__benchReconnect(e.detail.state);
          }, true);
          window.__benchArm = (spec) => {
            let start = null, timer = null, observer = null;
            // Elements already there belong to the old page (the address changes at the click, before the new page renders).
            const old = new Set(document.querySelectorAll(spec.selector));
            const shown = () => {
              if (!new RegExp(spec.path).test(location.pathname + location.search)) return false;
              if (document.querySelector(spec.loading)) return false;
              return [...document.querySelectorAll(spec.selector)].some(e => !old.has(e) && (!spec.text || e.textContent.includes(spec.text)));
            };
            const failed = () => {
              const ui = document.getElementById('blazor-error-ui');
              return ui && getComputedStyle(ui).display !== 'none';
            };
            window.__benchResult = new Promise((resolve, reject) => {
              const stop = () => {
                observer.disconnect();
                clearTimeout(timer);
                window.removeEventListener('click', begin, true);
                window.removeEventListener('keydown', begin, true);
              };
              const check = () => {
                if (start === null) return;
                if (failed()) { stop(); reject(new Error('the error message is shown: ' + location.href)); }
                else if (shown()) { stop(); requestAnimationFrame(() => resolve(performance.now() - start)); }
              };
              const begin = () => {
                if (start !== null) return;
                start = performance.now();
                timer = setTimeout(() => {
                  stop();
                  const h1 = document.querySelector('main h1');
                  reject(new Error(`not shown after ${spec.timeout} ms: at ${location.href}, heading "${h1 ? h1.textContent : ''}", waiting for ${spec.selector}`));
                }, spec.timeout);
                check();
              };
              window.addEventListener('click', begin, true);
              window.addEventListener('keydown', begin, true);
              observer = new MutationObserver(check);
              observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
            });
            window.__benchResult.catch(() => {});
          };
        })();
        """;

    /// <summary>Milliseconds from the start of <paramref name="act"/>'s click or key press to <paramref name="ready"/>.</summary>
    public static async Task<double> TimeAsync(IPage page, PageReady ready, Func<Task> act, int timeoutMs = 60_000)
    {
        await page.EvaluateAsync("spec => window.__benchArm(spec)",
            new { path = ready.Path, selector = ready.Selector, text = ready.Text, loading = Loading, timeout = timeoutMs });
        await act();
        return await page.EvaluateAsync<double>("() => window.__benchResult");
    }

    /// <summary>Waits (untimed) until <paramref name="ready"/> holds, e.g. after a full page load.</summary>
    public static Task WaitAsync(IPage page, PageReady ready, int timeoutMs = 60_000) =>
        page.WaitForFunctionAsync("""
            spec => new RegExp(spec.path).test(location.pathname + location.search) && !document.querySelector(spec.loading)
              && [...document.querySelectorAll(spec.selector)].some(e => !spec.text || e.textContent.includes(spec.text))
            """, new { path = ready.Path, selector = ready.Selector, text = ready.Text, loading = Loading },
            new PageWaitForFunctionOptions { Timeout = timeoutMs });

    /// <summary>A screenshot and the HTML of the page, to see why it was not shown.</summary>
    public static async Task<string> KeepAsync(IPage page, string name)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "campaign-bench-pages");
        Directory.CreateDirectory(folder);
        var file = System.IO.Path.Combine(folder, $"{name}-{DateTime.UtcNow:HHmmss}");
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file + ".png", FullPage = true });
            await File.WriteAllTextAsync(file + ".html", await page.ContentAsync());
        }
        catch (PlaywrightException) { /* the page may be gone */ }
        return file;
    }
}
