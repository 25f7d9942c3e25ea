// Keys typed in the instant between "typing started an edit" and the editor's text box taking focus would reach
// the grid cell and be lost (a fast typist's "trung" became "tng"). The grid holds them here; the editor takes them
// as soon as it exists.

export class TypeAhead {
  private keys = '';

  push(key: string): void {
    this.keys += key;
  }

  drain(): string {
    const keys = this.keys;
    this.keys = '';
    return keys;
  }
}

/** A key press that types a character (not a shortcut, not a named key). */
export const isPrintableKey = (event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }) =>
  event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
