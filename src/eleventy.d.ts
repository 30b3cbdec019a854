/** The part of Eleventy's programmatic API that Kiosque uses (Eleventy 3 ships no types). */
declare module '@11ty/eleventy' {
  interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string;
    config?: (config: {
      addGlobalData(name: string, value: unknown): void;
      addTransform(name: string, transform: (content: string) => string): void;
      addPassthroughCopy(path: unknown): unknown;
      ignores: { add(glob: string): void };
    }) => void;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
  }
}
