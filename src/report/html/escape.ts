// Text from the data or the pack as inert HTML: markup shown as text, and every character that could
// act instead of being read made visible by the one policy of model/visible.ts (a line break and a
// tab are layout HTML handles itself).
import { visible } from '../../model/visible.js';

const SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return visible(text, '\n\t').replace(/[&<>"']/g, (char) => SPECIAL[char]!);
}
