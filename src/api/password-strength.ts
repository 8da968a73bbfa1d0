import { ZxcvbnFactory, type MatchExtended } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonWords } from '@zxcvbn-ts/language-common';
import { dictionary as englishWords } from '@zxcvbn-ts/language-en';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  normalizePassword,
  passwordLength,
  type PasswordRefusal,
} from './password-rules';

/**
 * The one judge of a new password, for the forms (live feedback) and the simulated backend (the
 * refusal): zxcvbn-ts with its common (breached passwords, keyboard patterns) and English
 * dictionaries, about 1.5 MB, so both load this module lazily, never with the sign-in screen.
 * Feedback comes back as zxcvbn's translation keys (no `translations` given), which the UI words
 * in its own languages.
 */
let estimator: ZxcvbnFactory | undefined;
const zxcvbn = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...commonWords, ...englishWords },
    graphs: adjacencyGraphs,
  }));

/**
 * zxcvbn's score 3: at least 10^8 guesses, "safely unguessable" against an online attack and
 * moderate against a slow offline one. Below it a password is on (or near) a common list, a
 * keyboard walk, a repeat or a date.
 */
const MIN_SCORE = 3;

export type PasswordCheck = {
  /** Null when the password may be used. */
  refusal: PasswordRefusal | null;
  /** 0–4, zxcvbn's scale. */
  score: number;
  /** zxcvbn's warning and suggestion keys (`common`, `userInputs`, `useWords`, …). */
  warning: string | null;
  suggestions: string[];
};

/** What the account's own data gives a guesser: the email, its parts, the name and its parts. */
export function personalInputs(email: string, name: string): string[] {
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  const person = name.toLowerCase();
  const parts = [
    local,
    ...local.split(/[._+-]/),
    ...domain.split('.'),
    person,
    ...person.split(/\s+/),
  ];
  return [...new Set([email.toLowerCase(), domain, ...parts])].filter((part) => part.length >= 3);
}

/**
 * A word of the account's own, whichever list zxcvbn matched it in: "Smith" is also a common
 * last name, and the cheaper match must not hide that it is this person's.
 */
const isPersonal = (inputs: ReadonlySet<string>) => (match: MatchExtended) =>
  match.pattern === 'dictionary' &&
  (match.dictionaryName === 'userInputs' || inputs.has(match.matchedWord.toLowerCase()));

/** How many characters of `password` are one of `inputs`, case aside (UTF-16 units). */
function charactersFrom(password: string, inputs: readonly string[]): number {
  const text = password.toLowerCase();
  const covered = new Array<boolean>(text.length).fill(false);
  for (const input of inputs) {
    for (let at = text.indexOf(input); at !== -1; at = text.indexOf(input, at + 1))
      covered.fill(true, at, at + input.length);
  }
  return covered.filter(Boolean).length;
}

export function checkPassword(password: string, inputs: readonly string[]): PasswordCheck {
  const normalized = normalizePassword(password);
  const length = passwordLength(normalized);
  // The length speaks for itself, and bounds the estimator's work.
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) {
    const refusal = length < PASSWORD_MIN_LENGTH ? 'password_too_short' : 'password_too_long';
    return { refusal, score: 0, warning: null, suggestions: [] };
  }
  const result = zxcvbn().check(normalized, [...inputs]);
  const personal = result.sequence.filter(isPersonal(new Set(inputs)));
  // Built from the account's data: half of it or more, or what makes it guessable. zxcvbn's
  // cheapest reading may call a part of it brute force ("Smith-Alice-99"), so the account's
  // words are also looked for in the text itself.
  const matched = personal.reduce((sum, match) => sum + match.token.length, 0);
  const personalLength = Math.max(matched, charactersFrom(normalized, inputs));
  const refusal: PasswordRefusal | null =
    (personal.length > 0 && result.score < MIN_SCORE) || personalLength * 2 >= length
      ? 'password_personal'
      : result.score < MIN_SCORE
        ? 'password_common'
        : null;
  return {
    refusal,
    score: refusal ? Math.min(result.score, MIN_SCORE - 1) : result.score,
    warning: result.feedback.warning,
    suggestions: result.feedback.suggestions,
  };
}
