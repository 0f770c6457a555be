import 'reflect-metadata';
import { loadSettings, startService } from '@prossimo/platform';
import { AntennasModule } from './antennas.module';
import { AntennasSettings } from './config/antennas.env';

async function main(): Promise<void> {
  const settings = loadSettings(AntennasSettings);
  await startService(AntennasModule.register(settings), settings, 'antennas');
}

main().catch((err: unknown) => {
  process.stderr.write(`antennas failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
