import type { Lang } from '../state/types';
import type { Theme } from '../state/dashboard-state';

/** The theme and language live on <html>: CSS tokens switch on data-theme, fonts on lang. */
export function applyDocumentSettings(root: HTMLElement, theme: Theme, lang: Lang): void {
  root.dataset.theme = theme;
  root.lang = lang === 'zh' ? 'zh-CN' : 'en';
}
