import 'reflect-metadata';
import { loadSettings } from '@prossimo/platform';
import { startGateway } from './bootstrap';
import { GatewaySettings } from './config/gateway.env';

async function main(): Promise<void> {
  const settings = loadSettings(GatewaySettings);
  await startGateway(settings);
}

main().catch((err: unknown) => {
  process.stderr.write(`gateway failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
