import 'reflect-metadata';
import { loadSettings, startService } from '@prossimo/platform';
import { InsightsSettings } from './config/insights.env';
import { InsightsModule } from './insights.module';

async function main(): Promise<void> {
  const settings = loadSettings(InsightsSettings);
  await startService(InsightsModule.register(settings), settings, 'insights');
}

main().catch((err: unknown) => {
  process.stderr.write(`insights failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
