import 'reflect-metadata';
import { loadSettings, startService } from '@prossimo/platform';
import { ReportsSettings } from './config/reports.env';
import { ReportsModule } from './reports.module';

async function main(): Promise<void> {
  const settings = loadSettings(ReportsSettings);
  await startService(ReportsModule.register(settings), settings, 'reports');
}

main().catch((err: unknown) => {
  process.stderr.write(`reports failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
