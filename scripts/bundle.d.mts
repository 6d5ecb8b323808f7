// Types of what scripts/bundle.mjs exports, for the tests that read dist/.
export interface BundleEntry {
  /** dist/<name>/index.js */
  name: string
  /** The TypeScript module that entry runs. */
  entry: string
}
export declare const BUNDLES: BundleEntry[]
export declare const SHARED: string
export declare const STAMP: string
export declare function sourcesDigest(): string
export declare function staleReason(): string | undefined
