export interface ZipItem {
  name: string;
  data: Buffer;
  /** The uncompressed size to declare, when it should lie. */
  declaredSize?: number;
  /** General-purpose flags (bit 0: encrypted). */
  flags?: number;
}

/** A zip file of deflated entries. */
export function zip(items: ZipItem[]): Buffer;
