/** The marker comment above the README's sample block. */
export const START: string;
/** The marker comment below it. */
export const END: string;
/** The arguments after `node` of the demo command, read from package.json's `demo` script. */
export function demoArgs(): string[];
/** What the demo command prints, without colour, in the default language. */
export function demoOutput(): string;
/** The README with `output` as its sample block. */
export function withSample(readme: string, output: string): string;
