// The part of SaxonJS's API this project uses (the package ships no types).
declare module 'saxon-js' {
  export interface TransformOptions {
    stylesheetText?: string;
    stylesheetInternal?: unknown;
    stylesheetFileName?: string;
    sourceText?: string;
    sourceFileName?: string;
    destination?: 'serialized' | 'raw' | 'document' | 'application';
    stylesheetParams?: Record<string, unknown>;
    stylesheetBaseURI?: string;
    sourceBaseURI?: string;
    deliverMessage?: (message: { textContent?: string | null }, errorCode: unknown) => void;
  }
  export interface TransformResult {
    principalResult: string;
  }
  export function transform(options: TransformOptions, mode: 'sync'): TransformResult;
  export function transform(options: TransformOptions, mode?: 'async'): Promise<TransformResult>;
  const SaxonJS: { transform: typeof transform };
  export default SaxonJS;
}
