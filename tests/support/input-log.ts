import type { Page } from 'playwright-core';

// A record of what the page saw of the keyboard and clipboard (key presses and where they landed, paste events and
// their text, focus moves, with times), so a keyboard test that fails rarely says what happened instead of only
// that a value never arrived. Strings, not functions: the tests compile without the DOM library.

export async function recordInput(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const log = (window.__inputLog = []);
    const at = () => performance.now().toFixed(0);
    const name = (el) => !el || !el.tagName ? String(el)
      : el.tagName.toLowerCase() + (el.dataset?.gridClipboard ? '[clipboard catcher]' : '')
        + (el.getAttribute?.('col-id') ? '[col ' + el.getAttribute('col-id') + ', row ' + el.closest('[row-index]')?.getAttribute('row-index') + ']' : '')
        + (el.getAttribute?.('data-testid') ? '[' + el.getAttribute('data-testid') + ']' : '');
    document.addEventListener('keydown', (e) => log.push(at() + ' keydown ' + (e.ctrlKey ? 'Ctrl+' : '') + e.key + ' on ' + name(e.target)), true);
    document.addEventListener('keydown', (e) => log.push(at() + '   handled: prevented=' + e.defaultPrevented + ', focus now ' + name(document.activeElement)), false);
    document.addEventListener('paste', (e) => log.push(at() + ' paste on ' + name(e.target) + ': ' + JSON.stringify(e.clipboardData?.getData('text/plain'))), true);
    for (const type of ['mousedown', 'mouseup']) document.addEventListener(type, (e) => log.push(at() + ' ' + type + ' on ' + name(e.target.closest?.('.ag-cell') ?? e.target)), true);
    document.addEventListener('focusin', (e) => log.push(at() + ' focus ' + name(e.target)), true);
  })()`);
}

/** The record so far, with the focused element and the messages on screen, one line each. */
export async function inputRecord(page: Page): Promise<string> {
  return page.evaluate<string>(`(() => [
    ...(window.__inputLog ?? ['(nothing recorded)']),
    'focused: ' + (document.activeElement?.outerHTML.slice(0, 160) ?? 'none'),
    'messages: ' + JSON.stringify([...document.querySelectorAll('.ant-message-notice')].map((n) => n.textContent)),
    'editing: ' + document.querySelectorAll('.ag-cell-inline-editing').length + ' cell(s)',
  ].join('\\n'))()`);
}

/** Runs `check`; when it fails, the error carries the page's input record. */
export async function withInputRecord<T>(page: Page, check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    const record = await inputRecord(page).catch((e: unknown) => `(no record: ${String(e)})`);
    if (error instanceof Error) error.message += `\nWhat the page saw:\n${record}`;
    throw error;
  }
}
