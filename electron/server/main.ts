import { runServerCli } from './cli';

// The entry of `npm run server`; the CLI itself is a function so tests can run it in-process.
runServerCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
