import { jetstream } from '@nats-io/jetstream';
import { eventSubject } from '@prossimo/contracts';
import { FaultSystem } from './fault-system';

/**
 * Puts a message no consumer can apply on the events stream, as the reports service's bus user
 * (the only one allowed to publish report events): a report.submitted.v1 whose payload is not a
 * report. Every consumer of that type must dead-letter it, once.
 */
export async function injectPoison(sys: FaultSystem, label: string): Promise<void> {
  const nc = await sys.connectBus('reports');
  try {
    await jetstream(nc).publish(eventSubject(sys.nats.root, '015077', 'report.submitted.v1'), JSON.stringify({ poison: label }), { msgID: `poison-${label}` });
  } finally {
    await nc.close();
  }
}
