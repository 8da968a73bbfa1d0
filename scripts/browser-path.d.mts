export declare function findChromium(): { path: string; bundled: boolean } | null;
