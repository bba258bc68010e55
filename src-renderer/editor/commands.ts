// Editor commands other features dispatch (mark the selection as a claim,
// reveal a claim's highlight).
import { createCommand, type LexicalCommand } from 'lexical';

export const MARK_CLAIM_COMMAND: LexicalCommand<void> = createCommand('MARK_CLAIM_COMMAND');
export const REVEAL_CLAIM_COMMAND: LexicalCommand<string> = createCommand('REVEAL_CLAIM_COMMAND');
