import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';

/**
 * Said in this gateway instance when sessions end (logout, password change), so what hangs on a
 * session (a live socket) can end at once. Other instances learn it from the identity database.
 *   'session-ended'           (sessionId)
 *   'account-sessions-ended'  (accountId, exceptSessionId?)
 */
@Injectable()
export class SessionSignals extends EventEmitter {}
