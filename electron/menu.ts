import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '@core/settings/options';
import zh from '@core/locales/zh-CN.json';
import en from '@core/locales/en.json';

const labels = { 'zh-CN': zh.menu, en: en.menu } satisfies Record<Language, typeof zh.menu>;

/** Native menu in the UI language; rebuilt when the learner switches language. */
export function setAppMenu(language: Language): void {
  const t = labels[language];
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { label: t.file, submenu: [{ role: 'quit', label: t.quit }] },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      label: t.view,
      submenu: [
        { role: 'resetZoom', label: t.resetZoom },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t.fullscreen },
      ],
    },
    { label: t.window, submenu: [{ role: 'minimize', label: t.minimize }, { role: 'close', label: t.close }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
