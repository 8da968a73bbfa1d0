import type { MailMessage } from '#src/api/mock-control';
import { nowIso } from './clock';
import { randomId } from './crypto';
import type { Store } from './schema';

// Enough for any QA session; older mail falls off so storage stays small.
const MAILBOX_LIMIT = 100;

export function sendMail(store: Store, mail: Omit<MailMessage, 'id' | 'sentAt'>): MailMessage {
  const message: MailMessage = { id: randomId('msg_'), sentAt: nowIso(), ...mail };
  store.mailbox.unshift(message);
  store.mailbox.length = Math.min(store.mailbox.length, MAILBOX_LIMIT);
  return message;
}
