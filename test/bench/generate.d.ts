/** Types of test/bench/generate.js (plain ESM JavaScript, run by the benchmark on dist/). */
export declare function createRng(seed: number): () => number;
export declare function generateArticle(rng: () => number, options?: { frontMatter?: boolean }): string;
export declare function generateArticles(options?: { seed?: number; bytes?: number }): string[];
export declare function generateCorpus(options?: { seed?: number; bytes?: number }): string;
