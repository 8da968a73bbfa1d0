export declare function findChromium(): { path: string; bundled: boolean } | null;
export declare function chromiumLaunchOptions(): {
  executablePath: string | undefined;
  args: string[];
};
