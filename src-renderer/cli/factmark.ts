// Entry point of the `factmark` command (built to out/cli/factmark.mjs).
import { runCli } from './run';
import { nodeDeps } from './node-deps';

process.exitCode = await runCli(process.argv.slice(2), nodeDeps());
