// The part of SaxonJS's API this project uses (the package ships no types).
declare module 'saxon-js' {
  export interface TransformOptions {
    stylesheetText?: string;
    stylesheetInternal?: unknown;
    stylesheetFileName?: string;
    sourceText?: string;
    sourceNode?: unknown;
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
  export const XPath: { evaluate(expression: string, contextItem: unknown, options?: { params?: Record<string, unknown> }): unknown };
  const SaxonJS: { transform: typeof transform; XPath: typeof XPath };
  export default SaxonJS;
}
