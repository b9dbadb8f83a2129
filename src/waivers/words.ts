// The waivers' words for a person, in one place.
import type { Waiver } from './load.js';

const target = (w: Waiver): string => `${w.county}${w.year === undefined ? '' : ` ${w.year}`} ${w.rule}`;

export const WAIVER_WORDS = {
  expired: (w: Waiver, asOf: string) => `豁免已于 ${w.expires} 到期（判定日 ${asOf}）：${target(w)} 按原判定计`,
  unused: (w: Waiver) => `豁免未匹配任何未达标、缺数据、数据无效或待到期的判定：${target(w)}`,
};
