import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions } from '../../../electron/main/menu-template';

const actions = (): MenuActions => ({
  openFile: vi.fn(),
  closeFile: vi.fn(),
  undo: vi.fn(),
  redo: vi.fn(),
  navigate: vi.fn(),
  about: vi.fn(),
});

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
const byId = (items: MenuItemConstructorOptions[], id: string) => {
  const found = flatten(items).find((i) => i.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
};
const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('native menu template', () => {
  it('is in Vietnamese by default', () => {
    const menu = buildMenuTemplate({ language: 'vi', hasOpenFile: true, isPackaged: true }, actions());
    expect(menu.map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    expect(byId(menu, 'file.open').label).toBe('Mở tệp…');
    expect(byId(menu, 'file.close').label).toBe('Đóng tệp');
    expect(byId(menu, 'file.quit').label).toBe('Thoát');
    expect(byId(menu, 'edit.undo').label).toBe('Hoàn tác');
    expect(byId(menu, 'edit.redo').label).toBe('Làm lại');
    expect(byId(menu, 'view.overview').label).toBe('Tổng quan');
    expect(byId(menu, 'view.settings').label).toBe('Cài đặt');
    expect(byId(menu, 'view.history').label).toBe('Lịch sử thay đổi');
    expect(byId(menu, 'help.about').label).toBe('Giới thiệu');
  });

  it('is in English when the preference says so', () => {
    const menu = buildMenuTemplate({ language: 'en', hasOpenFile: true, isPackaged: true }, actions());
    expect(menu.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(byId(menu, 'file.open').label).toBe('Open file…');
    expect(byId(menu, 'edit.undo').label).toBe('Undo');
    expect(byId(menu, 'view.history').label).toBe('Change history');
    expect(flatten(menu).map((i) => i.label ?? '').join(' ')).not.toMatch(/[ăâđêôơưĐ]/);
  });

  it('undo and redo call the dispatcher-backed actions, and show but do not steal their keys', () => {
    const a = actions();
    const menu = buildMenuTemplate({ language: 'vi', hasOpenFile: true, isPackaged: true }, a);
    const undo = byId(menu, 'edit.undo');
    const redo = byId(menu, 'edit.redo');
    click(undo);
    expect(a.undo).toHaveBeenCalledOnce();
    expect(a.redo).not.toHaveBeenCalled();
    click(redo);
    expect(a.redo).toHaveBeenCalledOnce();
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(redo).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false });
    expect(undo.role).toBeUndefined();
  });

  it('keeps cut, copy, paste and select-all as roles so text fields work', () => {
    const menu = buildMenuTemplate({ language: 'vi', hasOpenFile: true, isPackaged: true }, actions());
    const roles = flatten(menu).map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'quit']));
    expect(roles).not.toContain('undo');
    expect(roles).not.toContain('redo');
  });

  it('navigates to the three pages and opens, closes and shows About through its actions', () => {
    const a = actions();
    const menu = buildMenuTemplate({ language: 'vi', hasOpenFile: true, isPackaged: true }, a);
    click(byId(menu, 'view.overview'));
    click(byId(menu, 'view.settings'));
    click(byId(menu, 'view.history'));
    expect(vi.mocked(a.navigate).mock.calls).toEqual([['/overview'], ['/settings'], ['/history']]);
    click(byId(menu, 'file.open'));
    click(byId(menu, 'file.close'));
    click(byId(menu, 'help.about'));
    expect(a.openFile).toHaveBeenCalledOnce();
    expect(a.closeFile).toHaveBeenCalledOnce();
    expect(a.about).toHaveBeenCalledOnce();
  });

  it('disables closing, undo and redo when no file is open', () => {
    const menu = buildMenuTemplate({ language: 'vi', hasOpenFile: false, isPackaged: true }, actions());
    expect(byId(menu, 'file.close').enabled).toBe(false);
    expect(byId(menu, 'edit.undo').enabled).toBe(false);
    expect(byId(menu, 'file.open').enabled).not.toBe(false);
  });

  it('offers reload and developer tools only unpackaged', () => {
    const roles = (isPackaged: boolean) =>
      flatten(buildMenuTemplate({ language: 'vi', hasOpenFile: true, isPackaged }, actions())).map((i) => i.role);
    expect(roles(true)).not.toContain('reload');
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});
