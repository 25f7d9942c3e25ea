// Clipboard without the clipboard permission APIs (the Electron host denies them): a hidden textarea inside the
// grid. For Ctrl+C it holds the selected cells' text, selected, so the browser's own copy takes it; for Ctrl+V it
// takes focus so the browser's own paste lands there and fires a `paste` event the grid reads. Either way the
// grid cell gets focus back right after.

export function createCatcher(container: HTMLElement): HTMLTextAreaElement {
  const catcher = document.createElement('textarea');
  catcher.setAttribute('aria-hidden', 'true');
  catcher.setAttribute('tabindex', '-1');
  catcher.dataset.gridClipboard = 'true';
  // Off-screen but focusable and selectable: display:none or visibility:hidden would stop copy and paste.
  Object.assign(catcher.style, { position: 'fixed', left: '-10000px', top: '0', width: '1px', height: '1px', opacity: '0' });
  container.appendChild(catcher);
  return catcher;
}

export const isCatcher = (target: EventTarget | null): boolean => target instanceof HTMLTextAreaElement && target.dataset.gridClipboard === 'true';

/** Prepares the catcher so the copy the browser is about to run takes `text`. */
export function offerForCopy(catcher: HTMLTextAreaElement, text: string): void {
  catcher.value = text;
  catcher.focus({ preventScroll: true });
  catcher.select();
}

/** Copies now (after an asynchronous load, when the key press's own copy has passed). */
export function copyNow(catcher: HTMLTextAreaElement, text: string): boolean {
  offerForCopy(catcher, text);
  // execCommand is deprecated but is the one copy that needs no permission; the user's key press allows it.
  return document.execCommand('copy');
}

export function receivePaste(catcher: HTMLTextAreaElement): void {
  catcher.value = '';
  catcher.focus({ preventScroll: true });
}
