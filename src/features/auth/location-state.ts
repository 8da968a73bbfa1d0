import * as z from 'zod/mini';
import { challengeSchema, type Challenge } from '#src/api/auth';

/**
 * The second-factor screen keeps its challenge in history state: it survives a reload, never
 * lands in the URL, and is gone once the tab is closed. History state is input like any other,
 * so it is parsed before use.
 */
const challengeStateSchema = z.object({
  challenge: challengeSchema,
  returnTo: z.nullable(z.string()),
});
export type ChallengeState = { challenge: Challenge; returnTo: string | null };

export function readChallengeState(state: unknown): ChallengeState | null {
  const parsed = challengeStateSchema.safeParse(state);
  return parsed.success ? parsed.data : null;
}
