// Keyboard behaviour the components leave out, for every page. Listeners run in the capture phase, before Blazor's.

// "Skip to main content" moves the focus, not only the scroll: Blazor takes over same-page links and only scrolls, so a
// keyboard user's next Tab would start from the top again.
document.addEventListener('click', event => {
    const link = event.target instanceof Element ? event.target.closest('a.skip-link') : null;
    const main = document.getElementById('main');
    if (!link || !main) return;
    event.preventDefault();
    event.stopPropagation();
    main.focus();
}, true);

// Enter in a picker (an autocomplete or a drop-down) picks; it does not also submit the form around it, which the
// browser would otherwise do for Enter in any text input.
document.addEventListener('keydown', event => {
    if (event.key !== 'Enter' || !(event.target instanceof Element)) return;
    if (event.target.matches('input[role="combobox"]') && event.target.closest('form')) event.preventDefault();
}, true);
